// Names of the contract's four metric families, for headings and navigation.
import type { MetricFamily } from '@/api/schemas';

export const familyNames: Record<MetricFamily, string> = {
  loyalty: 'Loyalty',
  bonding: 'Bonding',
  advocacy: 'Advocacy',
  retention: 'Retention',
};
