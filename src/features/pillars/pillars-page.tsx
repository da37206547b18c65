// Pillar health: the seven pillars over months, now vs a quarter and a year ago, movers in words,
// and the units compared.
import { useMemo } from 'react';
import { useCatalog } from '@/api/queries/catalog';
import { usePillars, usePillarsForUnits } from '@/api/queries/pillars';
import type { Catalog, PillarsResponse } from '@/api/schemas';
import { Chart } from '@/components/chart';
import { EmbedButton } from '@/components/embed-button';
import { FamilyRule } from '@/components/family-rule';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { DataQualityNotice, ErrorState, LoadingState, StaleNotice } from '@/components/query-state';
import { useConfig } from '@/config/config-context';
import type { T } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';
import { addMonthsIso, formatMonth } from '@/lib/format/dates';
import { formatNumber } from '@/lib/format/format';
import {
  healthOf,
  healthWord,
  monthsInRange,
  pillarMonths,
  pillarMovers,
  pillarRows,
  scoreAtOrBefore,
  weakestPillars,
  type HealthThresholds,
  type PillarRow,
} from '@/domain/pillars';
import { useChartTheme } from '@/lib/charts/use-chart-theme';
import { benjaminiHochberg } from '@/domain/stats';
import { useViewState } from '@/lib/url-state';
import { buildHealthHeatmapOption } from './charts/build-health-heatmap-option';
import { buildPillarRadarOption } from './charts/build-pillar-radar-option';
import { buildPillarTrendOption } from './charts/build-pillar-trend-option';
import './pillars.css';
import { comparedUnits, pillarsViewPeriods } from './view-queries';

function PillarSummary({
  rows,
  latest,
  locale,
  t,
}: {
  rows: readonly PillarRow[];
  latest: string;
  locale: string;
  t: T;
}) {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const weakest = weakestPillars(rows, latest).slice(0, 2);
  const quarterAgo = addMonthsIso(latest, -3);
  // The seven pillars' changes are one family of tests: only discoveries at q = 0.05 are movers.
  const changes = pillarMovers(rows, quarterAgo, latest);
  const discovered = benjaminiHochberg(changes.map((m) => m.p));
  const movers = changes.filter((m, i) => discovered[i] && m.significant).slice(0, 2);
  return (
    <>
      <ul className="sentences">
        {weakest.length > 0 && (
          <li>
            {t('pillars.summary.weakest', {
              month: formatMonth(latest, locale),
              pillars: list.format(
                weakest.map((w) => `${w.pillar.name} (${formatNumber(w.score, locale)})`),
              ),
            })}
          </li>
        )}
        <li>
          {movers.length
            ? t('pillars.summary.movers', {
                month: formatMonth(quarterAgo, locale),
                moves: movers
                  .map((m) =>
                    t(m.change > 0 ? 'pillars.summary.moverUp' : 'pillars.summary.moverDown', {
                      pillar: m.pillar.name,
                      change: formatNumber(Math.abs(m.change), locale),
                      score: formatNumber(m.to, locale),
                    }),
                  )
                  .join('; '),
              })
            : t('pillars.summary.noMovers', { month: formatMonth(quarterAgo, locale) })}
        </li>
      </ul>
      <FamilyRule
        tests={changes.filter((m) => m.p != null).length}
        pillarJudgements={new Set(changes.flatMap((m) => m.judgedBy ?? []))}
        untestedPillars={changes.filter((m) => m.judgedBy == null).length}
      />
    </>
  );
}

function PillarsView({ catalog }: { catalog: Catalog }) {
  const { pillarHealth } = useConfig();
  const { locale, t } = useI18n();
  const theme = useChartTheme();
  const { unit, range } = useViewState(catalog);
  // The same periods its route asked for while this code loaded.
  const periods = pillarsViewPeriods({ unit: unit.id, from: range.from, to: range.to });
  const pillars = usePillars(periods.unit);
  const childUnits = useMemo(() => comparedUnits(catalog), [catalog]);
  const perUnit = usePillarsForUnits(
    childUnits.map((u) => u.id),
    periods.compared,
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
        t,
      }),
    [model, pillarHealth, theme, locale, t],
  );

  return (
    <div className="page">
      <h2 className="page-title">
        {t('pillars.title')} <span className="page-title__unit">· {unitName}</span>
      </h2>
      {pillars.isError && pillars.data && (
        <StaleNotice updatedAt={pillars.dataUpdatedAt} error={pillars.error} locale={locale} />
      )}
      <DataQualityNotice issues={pillars.data?.dataQuality} />
      {pillars.isPending ? (
        <LoadingState what={t('pillars.loadingWhat')} failure={pillars.failureReason} />
      ) : !model ? (
        <ErrorState
          what={t('pillars.errorWhat')}
          error={pillars.error}
          onRetry={() => void pillars.refetch()}
        />
      ) : !model.latest ? (
        <p className="widget-state widget-state--empty">{t('pillars.empty', { unit: unitName })}</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="pillar-summary-heading">
            <h3 id="pillar-summary-heading" className="section-title">
              {t('pillars.inWords')}
            </h3>
            <PillarSummary rows={model.rows} latest={model.latest} locale={locale} t={t} />
          </section>
          <section className="panel" aria-labelledby="pillar-heatmap-heading">
            <h3 id="pillar-heatmap-heading" className="visually-hidden">
              {t('pillars.overMonths')}
            </h3>
            <div className="two-column two-column--wide-left">
              <WidgetErrorBoundary name={t('pillars.heatmapBoundary')} resetKey={unit.id}>
                <PillarHeatmap
                  actions={
                    <EmbedButton
                      path="/embed/pillars-heatmap"
                      unitId={unit.id}
                      what={t('pillars.heatmapBoundary')}
                    />
                  }
                  rows={model.rows}
                  months={model.months}
                  thresholds={pillarHealth}
                  locale={locale}
                  unitName={unitName}
                />
              </WidgetErrorBoundary>
              <WidgetErrorBoundary name={t('pillars.radarBoundary')} resetKey={unit.id}>
                <PillarRadar rows={model.rows} latest={model.latest} locale={locale} />
              </WidgetErrorBoundary>
            </div>
          </section>
          <section className="panel" aria-labelledby="pillar-trend-heading">
            <h3 id="pillar-trend-heading" className="visually-hidden">
              {t('pillars.trend.title')}
            </h3>
            <WidgetErrorBoundary name={t('pillars.trendsBoundary')} resetKey={unit.id}>
              <Chart
                title={t('pillars.trend.title')}
                description={t('pillars.trend.description', {
                  amber: pillarHealth.amber,
                  green: pillarHealth.green,
                })}
                option={trendOption!}
                height={340}
                table={{
                  columns: [
                    t('pillars.trend.pillar'),
                    ...model.months.map((m) => formatMonth(m, locale)),
                  ],
                  rows: model.rows.map((r) => [
                    r.pillar.name,
                    ...model.months.map((m) =>
                      t('pillars.trend.cell', {
                        score: formatNumber(r.scores.get(m), locale),
                        respondents: r.respondents.get(m) ?? 0,
                      }),
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
          {t('pillars.unitsHeading')}
        </h3>
        {perUnit.some((q) => q.isPending) ? (
          <LoadingState what={t('pillars.unitsLoadingWhat')} />
        ) : (
          <WidgetErrorBoundary name={t('pillars.unitsHeading')}>
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
  const { t } = useI18n();
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
        t,
        detail: (r, c) =>
          t('pillars.heatmap.respondents', { count: rows[r]?.respondents.get(months[c]!) ?? 0 }),
      }),
    [rows, months, thresholds, theme, locale, t],
  );
  return (
    <Chart
      title={t('pillars.heatmap.title', { unit: unitName })}
      description={t('pillars.heatmap.description', {
        amber: thresholds.amber,
        green: thresholds.green,
      })}
      option={option}
      actions={actions}
      height={340}
      table={{
        columns: [t('pillars.trend.pillar'), ...months.map((m) => formatMonth(m, locale))],
        rows: rows.map((r) => [
          r.pillar.name,
          ...months.map((m) => {
            const s = r.scores.get(m);
            return s == null
              ? '–'
              : `${formatNumber(s, locale)} (${healthWord(healthOf(s, thresholds), t)})`;
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
  const { t } = useI18n();
  const theme = useChartTheme();
  const snapshots = useMemo(
    () =>
      [
        { label: t('pillars.radar.now', { month: formatMonth(latest, locale) }), month: latest },
        { label: t('pillars.radar.quarterAgo'), month: addMonthsIso(latest, -3) },
        { label: t('pillars.radar.yearAgo'), month: addMonthsIso(latest, -12) },
      ].map((s) => ({
        label: s.label,
        scores: rows.map((r) => scoreAtOrBefore(r, s.month)?.score ?? null),
      })),
    [rows, latest, locale, t],
  );
  const option = useMemo(
    () => buildPillarRadarOption({ pillars: rows.map((r) => r.pillar.name), snapshots, theme }),
    [rows, snapshots, theme],
  );
  return (
    <Chart
      title={t('pillars.radar.title')}
      description={t('pillars.radar.description')}
      option={option}
      height={340}
      table={{
        columns: [t('pillars.trend.pillar'), ...snapshots.map((s) => s.label)],
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
  const { t } = useI18n();
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
        t,
      }),
    [catalog.pillars, units, cells, thresholds, theme, locale, t],
  );
  return (
    <Chart
      title={t('pillars.units.title')}
      description={t('pillars.units.description')}
      option={option}
      height={340}
      table={{
        columns: [t('pillars.trend.pillar'), ...units],
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
