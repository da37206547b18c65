import { annotationUnitName } from './annotations';

describe('annotationUnitName', () => {
  const units = [
    { id: 'all', name: 'Acme' },
    { id: 'cc-north', name: 'Contact centre North' },
  ];
  it("names the unit of another unit's event by its catalog name", () => {
    expect(annotationUnitName({ unit: 'cc-north' }, 'all', units)).toBe('Contact centre North');
  });
  it("gives no unit for the viewed unit's own events and those of every unit", () => {
    expect(annotationUnitName({ unit: 'cc-north' }, 'cc-north', units)).toBeNull();
    expect(annotationUnitName({ unit: null }, 'cc-north', units)).toBeNull();
  });
  it('falls back to the id of a unit the catalog does not know', () => {
    expect(annotationUnitName({ unit: 'atlantis' }, 'all', units)).toBe('atlantis');
  });
});
