// The pillar widget an intranet page can embed: the pillar heatmap of a unit over a range.
import { useMemo } from 'react';
import { usePillars } from '@/api/queries/pillars';
import type { Catalog } from '@/api/schemas';
import { ErrorState, LoadingState } from '@/components/query-state';
import { useConfig } from '@/config/config-context';
import { useI18n } from '@/i18n/use-i18n';
import { monthsInRange, pillarMonths, pillarRows } from '@/domain/pillars';
import type { TimeRange } from '@/domain/time-range';
import { PillarHeatmap } from './pillars-page';
import './pillars.css';

export function PillarHeatmapEmbed({
  catalog,
  unitId,
  range,
}: {
  catalog: Catalog;
  unitId: string;
  range: TimeRange;
}) {
  const { pillarHealth } = useConfig();
  const { locale, t } = useI18n();
  const query = usePillars({ unit: unitId, from: range.from, to: range.to });
  const model = useMemo(() => {
    if (!query.data) return null;
    const months = monthsInRange(pillarMonths(query.data), range.from, range.to);
    return { rows: pillarRows(query.data, catalog.pillars), months };
  }, [query.data, catalog.pillars, range.from, range.to]);
  const unitName = catalog.units.find((u) => u.id === unitId)?.name ?? unitId;
  if (query.isPending)
    return <LoadingState what={t('pillars.loadingWhat')} failure={query.failureReason} />;
  if (!model)
    return (
      <ErrorState
        what={t('pillars.errorWhat')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  return (
    <PillarHeatmap
      rows={model.rows}
      months={model.months}
      thresholds={pillarHealth}
      locale={locale}
      unitName={unitName}
    />
  );
}
