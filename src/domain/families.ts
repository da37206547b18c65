// The contract's four metric families in the order every view shows them. Spelt out here, not read
// from the contract's schema, so the domain needs the contract's types only; a test holds the two
// lists together.
import type { MetricFamily } from '@/api/schemas';

/** Each family once: as a record, a family the contract has and this lacks is a type error. */
const everyFamily: Record<MetricFamily, true> = {
  loyalty: true,
  bonding: true,
  advocacy: true,
  retention: true,
};

/** Loyalty, bonding, advocacy, retention: the order of headlines, navigation and the wall. */
export const FAMILIES = Object.keys(everyFamily) as readonly MetricFamily[];
