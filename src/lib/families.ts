// Names of the contract's four metric families, for headings and navigation, in the locale.
import type { MetricFamily } from '@/api/schemas';
import type { T } from '@/i18n/registry';

/** A family's name in the locale: "Loyalty", "Loyalität". */
export function familyName(family: MetricFamily, t: T): string {
  return t(`components.family.${family}`);
}

/**
 * English (en-GB) names.
 * @deprecated Use `familyName(family, t)`, which follows the locale.
 */
export const familyNames: Record<MetricFamily, string> = {
  loyalty: 'Loyalty',
  bonding: 'Bonding',
  advocacy: 'Advocacy',
  retention: 'Retention',
};
