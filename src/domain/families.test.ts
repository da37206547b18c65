import { metricFamily } from '@/api/schemas';
import { FAMILIES } from './families';

describe('FAMILIES', () => {
  it("is the contract's families, in the contract's order", () => {
    expect(FAMILIES).toEqual(metricFamily.options);
  });
});
