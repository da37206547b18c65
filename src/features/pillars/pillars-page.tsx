// Pillar health: the seven pillars over months, now vs a quarter and a year ago, movers in words,
// and the units compared.
import { useMemo } from 'react';
import { useCatalog } from '@/api/queries/catalog';
import { usePillars, usePillarsForUnits } from '@/api/queries/pillars';
import type { Catalog, PillarsResponse } from '@/api/schemas';
import { Chart } from '@/components/chart';
import { EmbedButton } from '@/components/embed-button';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { DataQualityNotice, ErrorState, LoadingState, StaleNotice } from '@/components/query-state';
import { useConfig } from '@/config/config-context';
import { addMonthsIso, formatMonth } from '@/lib/dates';
import { formatNumber } from '@/lib/format';
import {
  healthLabel,
  healthOf,
  monthsInRange,
  NOTABLE_PILLAR_CHANGE,
  pillarMonths,
  pillarMovers,
  pillarRows,
  scoreAtOrBefore,
  weakestPillars,
  type HealthThresholds,
  type PillarRow,
} from '@/lib/pillars';
import { useChartTheme } from '@/lib/use-chart-theme';
import { useViewState } from '@/lib/url-state';
import { buildHealthHeatmapOption } from './charts/build-health-heatmap-option';
import { buildPillarRadarOption } from './charts/build-pillar-radar-option';
import { buildPillarTrendOption } from './charts/build-pillar-trend-option';

function PillarSummary({
  rows,
  latest,
  locale,
}: {
  rows: readonly PillarRow[];
  latest: string;
  locale: string;
}) {
  const weakest = weakestPillars(rows, latest).slice(0, 2);
  const quarterAgo = addMonthsIso(latest, -3);
  const movers = pillarMovers(rows, quarterAgo, latest)
    .filter((m) => Math.abs(m.change) >= NOTABLE_PILLAR_CHANGE)
    .slice(0, 2);
  return (
    <ul className="sentences">
      {weakest.length > 0 && (
        <li>
          Weakest in {formatMonth(latest, locale)}:{' '}
          {weakest.map((w) => `${w.pillar.name} (${formatNumber(w.score, locale)})`).join(' and ')}.
        </li>
      )}
      <li>
        {movers.length
          ? `Biggest movers since ${formatMonth(quarterAgo, locale)}: ${movers
              .map(
                (m) =>
                  `${m.pillar.name} ${m.change > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(m.change), locale)} points to ${formatNumber(m.to, locale)}`,
              )
              .join('; ')}.`
          : `No pillar moved by ${NOTABLE_PILLAR_CHANGE} points or more since ${formatMonth(quarterAgo, locale)}.`}
      </li>
    </ul>
  );
}

function PillarsView({ catalog }: { catalog: Catalog }) {
  const { locale, pillarHealth } = useConfig();
  const theme = useChartTheme();
  const { unit, range } = useViewState(catalog);
  // Always a year and a quarter back as well, for the radar's comparison.
  const fetchFrom = addMonthsIso(range.from, -13);
  const pillars = usePillars({ unit: unit.id, from: fetchFrom, to: range.to });
  const childUnits = useMemo(
    () => catalog.units.filter((u) => u.parentId != null),
    [catalog.units],
  );
  const latestFrom = addMonthsIso(range.to, -2);
  const perUnit = usePillarsForUnits(
    childUnits.map((u) => u.id),
    { from: latestFrom, to: range.to },
  );
  // Kept while no unit's result changes, so the heatmap is worked out once per result.
  const perUnitData = useMemo(() => perUnit.map((q) => q.data), [perUnit]);
  const childNames = useMemo(() => childUnits.map((u) => u.name), [childUnits]);
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;

  const model = useMemo(() => {
    if (!pillars.data) return null;
    const rows = pillarRows(pillars.data, catalog.pillars);
    const allMonths = pillarMonths(pillars.data);
    const months = monthsInRange(allMonths, range.from, range.to);
    const latest = allMonths.at(-1) ?? null;
    return { rows, months, latest };
  }, [pillars.data, catalog.pillars, range.from, range.to]);
  // Built once per result: the page re-renders as each unit's figures arrive (60 on a large organisation).
  const trendOption = useMemo(
    () =>
      model &&
      buildPillarTrendOption({
        rows: model.rows,
        months: model.months,
        thresholds: pillarHealth,
        theme,
        locale,
      }),
    [model, pillarHealth, theme, locale],
  );

  return (
    <div className="page">
      <h2 className="page-title">
        Pillar health <span className="page-title__unit">· {unitName}</span>
      </h2>
      {pillars.isError && pillars.data && (
        <StaleNotice updatedAt={pillars.dataUpdatedAt} error={pillars.error} locale={locale} />
      )}
      <DataQualityNotice issues={pillars.data?.dataQuality} />
      {pillars.isPending ? (
        <LoadingState what="pillar assessments" failure={pillars.failureReason} />
      ) : !model ? (
        <ErrorState
          what="Pillar assessments"
          error={pillars.error}
          onRetry={() => void pillars.refetch()}
        />
      ) : !model.latest ? (
        <p className="widget-state widget-state--empty">
          No pillar assessments for {unitName} in this period.
        </p>
      ) : (
        <>
          <section className="panel" aria-labelledby="pillar-summary-heading">
            <h3 id="pillar-summary-heading" className="section-title">
              In words
            </h3>
            <PillarSummary rows={model.rows} latest={model.latest} locale={locale} />
          </section>
          <section className="panel" aria-labelledby="pillar-heatmap-heading">
            <h3 id="pillar-heatmap-heading" className="visually-hidden">
              Pillars over months
            </h3>
            <div className="two-column two-column--wide-left">
              <WidgetErrorBoundary name="Pillar heatmap" resetKey={unit.id}>
                <PillarHeatmap
                  actions={
                    <EmbedButton
                      path="/embed/pillars-heatmap"
                      unitId={unit.id}
                      what="Pillar heatmap"
                    />
                  }
                  rows={model.rows}
                  months={model.months}
                  thresholds={pillarHealth}
                  locale={locale}
                  unitName={unitName}
                />
              </WidgetErrorBoundary>
              <WidgetErrorBoundary name="Pillar radar" resetKey={unit.id}>
                <PillarRadar rows={model.rows} latest={model.latest} locale={locale} />
              </WidgetErrorBoundary>
            </div>
          </section>
          <section className="panel" aria-labelledby="pillar-trend-heading">
            <h3 id="pillar-trend-heading" className="visually-hidden">
              Each pillar's trend
            </h3>
            <WidgetErrorBoundary name="Pillar trends" resetKey={unit.id}>
              <Chart
                title="Each pillar's trend"
                description={`Monthly score of each pillar; dashed lines mark the amber (${pillarHealth.amber}) and green (${pillarHealth.green}) thresholds. Hover or use the table for respondents.`}
                option={trendOption!}
                height={340}
                table={{
                  columns: ['Pillar', ...model.months.map((m) => formatMonth(m, locale))],
                  rows: model.rows.map((r) => [
                    r.pillar.name,
                    ...model.months.map(
                      (m) =>
                        `${formatNumber(r.scores.get(m), locale)} (${r.respondents.get(m) ?? 0} resp.)`,
                    ),
                  ]),
                }}
              />
            </WidgetErrorBoundary>
          </section>
        </>
      )}
      <section className="panel" aria-labelledby="pillar-units-heading">
        <h3 id="pillar-units-heading" className="visually-hidden">
          Units compared
        </h3>
        {perUnit.some((q) => q.isPending) ? (
          <LoadingState what="the units' pillars" />
        ) : (
          <WidgetErrorBoundary name="Units compared">
            <UnitsHeatmap
              catalog={catalog}
              units={childNames}
              responses={perUnitData}
              thresholds={pillarHealth}
              locale={locale}
            />
          </WidgetErrorBoundary>
        )}
      </section>
    </div>
  );
}

export function PillarHeatmap({
  rows,
  months,
  thresholds,
  locale,
  unitName,
  actions,
}: {
  actions?: React.ReactNode;
  rows: readonly PillarRow[];
  months: readonly string[];
  thresholds: HealthThresholds;
  locale: string;
  unitName: string;
}) {
  const theme = useChartTheme();
  const option = useMemo(
    () =>
      buildHealthHeatmapOption({
        rows: rows.map((r) => r.pillar.name),
        columns: months.map((m) => formatMonth(m, locale)),
        cells: rows.map((r) => months.map((m) => r.scores.get(m) ?? null)),
        thresholds,
        theme,
        locale,
        detail: (r, c) => `${rows[r]?.respondents.get(months[c]!) ?? 0} respondents`,
      }),
    [rows, months, thresholds, theme, locale],
  );
  return (
    <Chart
      title={`Pillars by month, ${unitName}`}
      description={`Scores 0–100: red below ${thresholds.amber} (weak), amber up to ${thresholds.green} (developing), green from ${thresholds.green} (strong). Each cell shows its score.`}
      option={option}
      actions={actions}
      height={340}
      table={{
        columns: ['Pillar', ...months.map((m) => formatMonth(m, locale))],
        rows: rows.map((r) => [
          r.pillar.name,
          ...months.map((m) => {
            const s = r.scores.get(m);
            return s == null
              ? '–'
              : `${formatNumber(s, locale)} (${healthLabel[healthOf(s, thresholds)]})`;
          }),
        ]),
      }}
    />
  );
}

function PillarRadar({
  rows,
  latest,
  locale,
}: {
  rows: readonly PillarRow[];
  latest: string;
  locale: string;
}) {
  const theme = useChartTheme();
  const snapshots = useMemo(
    () =>
      [
        { label: `Now (${formatMonth(latest, locale)})`, month: latest },
        { label: 'A quarter ago', month: addMonthsIso(latest, -3) },
        { label: 'A year ago', month: addMonthsIso(latest, -12) },
      ].map((s) => ({
        label: s.label,
        scores: rows.map((r) => scoreAtOrBefore(r, s.month)?.score ?? null),
      })),
    [rows, latest, locale],
  );
  const option = useMemo(
    () => buildPillarRadarOption({ pillars: rows.map((r) => r.pillar.name), snapshots, theme }),
    [rows, snapshots, theme],
  );
  return (
    <Chart
      title="Now vs a quarter ago vs a year ago"
      description="Each spoke is a pillar, 0 at the centre to 100 at the rim. Solid: now; dashed: a quarter ago; dotted: a year ago."
      option={option}
      height={340}
      table={{
        columns: ['Pillar', ...snapshots.map((s) => s.label)],
        rows: rows.map((r, i) => [
          r.pillar.name,
          ...snapshots.map((s) => formatNumber(s.scores[i], locale)),
        ]),
      }}
    />
  );
}

function UnitsHeatmap({
  catalog,
  units,
  responses,
  thresholds,
  locale,
}: {
  catalog: Catalog;
  units: readonly string[];
  responses: readonly (PillarsResponse | undefined)[];
  thresholds: HealthThresholds;
  locale: string;
}) {
  const theme = useChartTheme();
  const cells = useMemo(
    () =>
      catalog.pillars.map((p) =>
        responses.map((r) => {
          const points = r?.series.find((s) => s.pillar === p.id)?.points ?? [];
          return [...points].reverse().find((pt) => pt.score != null)?.score ?? null;
        }),
      ),
    [catalog.pillars, responses],
  );
  const option = useMemo(
    () =>
      buildHealthHeatmapOption({
        rows: catalog.pillars.map((p) => p.name),
        columns: units,
        cells,
        thresholds,
        theme,
        locale,
      }),
    [catalog.pillars, units, cells, thresholds, theme, locale],
  );
  return (
    <Chart
      title="Units compared, latest month"
      description="Each unit's latest pillar scores in health colours; each cell shows its score."
      option={option}
      height={340}
      table={{
        columns: ['Pillar', ...units],
        rows: catalog.pillars.map((p, i) => [
          p.name,
          ...cells[i]!.map((s) => formatNumber(s, locale)),
        ]),
      }}
    />
  );
}

export function PillarsPage() {
  const catalog = useCatalog();
  if (!catalog.data) return null;
  return <PillarsView catalog={catalog.data} />;
}
