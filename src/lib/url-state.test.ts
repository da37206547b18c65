import { resolveUnit } from './url-state';

describe('resolveUnit', () => {
  const catalog = {
    units: [
      { id: 'all', name: 'Acme', parentId: null },
      { id: 'retail', name: 'Retail', parentId: 'all' },
    ],
  };
  it('takes a unit the catalog knows and defaults to the whole organisation', () => {
    expect(resolveUnit('retail', catalog)).toEqual({ id: 'retail', rejected: null });
    expect(resolveUnit(null, catalog)).toEqual({ id: 'all', rejected: null });
  });
  it('falls back from an unknown unit and says which was rejected', () => {
    expect(resolveUnit('atlantis', catalog)).toEqual({ id: 'all', rejected: 'atlantis' });
  });
  it('trusts the URL until the catalog is there', () => {
    expect(resolveUnit('retail', undefined)).toEqual({ id: 'retail', rejected: null });
  });
});
