// Names of the contract's four metric families, for headings and navigation, in the locale.
import type { MetricFamily } from '@/api/schemas';
import type { T } from '@/i18n/registry';

/** A family's name in the locale: "Loyalty", "Loyalität". */
export function familyName(family: MetricFamily, t: T): string {
  return t(`components.family.${family}`);
}
