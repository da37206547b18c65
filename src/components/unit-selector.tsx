// The business-unit picker, listing the catalog's units as a tree under the organisation.
import type { BusinessUnit } from '@/api/schemas';
import { useI18n } from '@/i18n/use-i18n';

/** Units in tree order (parents before children) with their depth, roots first. */
export function unitTree(units: readonly BusinessUnit[]): { unit: BusinessUnit; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, BusinessUnit[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { unit: BusinessUnit; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue; // guards against cycles in a bad catalog
      seen.add(unit.id);
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

interface UnitSelectorProps {
  units: readonly BusinessUnit[];
  value: string;
  onChange: (id: string) => void;
}

export function UnitSelector({ units, value, onChange }: UnitSelectorProps) {
  const { t } = useI18n();
  return (
    <label className="unit-selector">
      <span className="unit-selector__label">{t('components.unit.label')}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {unitTree(units).map(({ unit, depth }) => (
          <option key={unit.id} value={unit.id}>
            {'\u2003'.repeat(depth)}
            {unit.name}
          </option>
        ))}
      </select>
    </label>
  );
}
