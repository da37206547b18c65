// The review's tables: units × headline metrics with significant changes marked, stage moves this
// quarter, pillar health by month, and the period's annotations. Plain tables print sharp.
import { useMemo } from 'react';
import { useAnnotations } from '@/api/queries/annotations';
import { useMetricsForUnits } from '@/api/queries/metrics';
import { usePillars } from '@/api/queries/pillars';
import { useStagesForUnits } from '@/api/queries/stages';
import type { Catalog, MetricDefinition } from '@/api/schemas';
import { StageChip } from '@/components/stage-chip';
import { Verdict } from '@/components/verdict';
import { useConfig } from '@/config/config-context';
import { useI18n } from '@/i18n/use-i18n';
import { formatDay, formatMonth, formatQuarter } from '@/lib/format/dates';
import { quarterStart } from '@/domain/periods';
import { addWeeksIso } from '@/domain/periods';
import { addMonthsIso } from '@/domain/periods';
import { addDaysIso } from '@/domain/periods';
import { formatNumber, formatValue } from '@/lib/format/format';
import { healthOf, type Health } from '@/domain/pillars';
import { toPillarHealthModel } from '@/domain/pillar-health';
import { stageSteps } from '@/domain/stages';
import { pillarNewsPeriod, stageNewsPeriod } from '@/domain/what-changed';
import { annotationUnitName } from '@/domain/annotations';
import { sampleTooSmall } from '@/lib/format/sample-words';
import { comparePoints, controlFamily } from '@/domain/stats';
import { FamilyRule } from '@/components/family-rule';

/** A shape per health, so colour is never the only signal (the same marks as target status). */
const healthMark: Record<Health, string> = { green: '✓', amber: '◐', red: '✕' };

export function UnitsByMetricsTable({
  catalog,
  week,
  headlines,
}: {
  catalog: Catalog;
  week: string;
  headlines: readonly MetricDefinition[];
}) {
  const { t, locale } = useI18n();
  const units = catalog.units;
  const queries = useMetricsForUnits(
    units.map((u) => u.id),
    { metrics: headlines.map((m) => m.id), from: addWeeksIso(week, -1), to: addDaysIso(week, 6) },
  );
  // Every unit × metric change is one family of tests: a cell is marked only when its change is a
  // false-discovery-controlled discovery among all of them. Worked out once per answer (the list of
  // queries keeps its identity until one changes), not on every render.
  const { cells, family } = useMemo(() => {
    const cells = units.flatMap((_, i) =>
      headlines.map((m) => {
        const points = queries[i]?.data?.series.find((s) => s.metric === m.id)?.points ?? [];
        const current = points.find((p) => p.period === week);
        const previous = points.find((p) => p.period === addWeeksIso(week, -1));
        return {
          current,
          change: comparePoints(current, previous, m.direction, m.minReportableN),
        };
      }),
    );
    return { cells, family: controlFamily(cells.map((c) => c.change)) };
  }, [units, headlines, queries, week]);
  return (
    <>
      <table className="data-table review-table">
        <caption>{t('review.tables.unitsCaption', { day: formatDay(week, locale) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.tables.unit')}</th>
            {headlines.map((m) => (
              <th key={m.id} scope="col">
                {m.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u, i) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              {headlines.map((m, j) => {
                const { current } = cells[i * headlines.length + j]!;
                const change = family.changes[i * headlines.length + j]!;
                const marked = change.verdict === 'better' || change.verdict === 'worse';
                return (
                  <td
                    key={m.id}
                    className={
                      marked ? `review-cell review-cell--${change.verdict}` : 'review-cell'
                    }
                  >
                    {queries[i]?.isPending ? '…' : formatValue(current?.value, m, locale)}
                    {current && current.value != null && current.n < m.minReportableN && (
                      <span className="review-cell__note">
                        {' '}
                        {sampleTooSmall(current.n, m.minReportableN, t)}
                      </span>
                    )}
                    {marked && (
                      <span className="review-cell__change">
                        {' '}
                        <Verdict form="cell" change={change} metric={m} />
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <FamilyRule tests={family.tests} />
    </>
  );
}

export function StageMovesTable({ catalog, week }: { catalog: Catalog; week: string }) {
  const { t, locale } = useI18n();
  const quarter = quarterStart(week);
  // The same periods as what changed above: one answer per unit serves both.
  const queries = useStagesForUnits(
    catalog.units.map((u) => u.id),
    stageNewsPeriod(addDaysIso(week, 6)),
  );
  return (
    <table className="data-table review-table">
      <caption>
        {t('review.tables.stagesCaption', { quarter: formatQuarter(quarter, locale) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('review.tables.unit')}</th>
          <th scope="col">{t('review.tables.stage')}</th>
          <th scope="col">{t('review.tables.move')}</th>
          <th scope="col">{t('review.tables.score')}</th>
          <th scope="col">{t('review.tables.why')}</th>
        </tr>
      </thead>
      <tbody>
        {catalog.units.map((u, i) => {
          const steps = stageSteps(queries[i]?.data?.points ?? [], catalog.stages);
          const step = steps.find((s) => s.period === quarter) ?? steps.at(-1);
          return (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>
                {step ? (
                  <StageChip stageId={step.stage} stages={catalog.stages} />
                ) : queries[i]?.isPending ? (
                  '…'
                ) : (
                  '–'
                )}
              </td>
              <td>
                {step?.move === 'promotion'
                  ? t('review.tables.promoted')
                  : step?.move === 'demotion'
                    ? t('review.tables.demoted')
                    : step
                      ? t('review.tables.noMove')
                      : ''}
              </td>
              <td>{step ? formatNumber(step.score, locale) : ''}</td>
              <td>{step?.note ?? ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function PillarHealthTable({
  catalog,
  unitId,
  week,
}: {
  catalog: Catalog;
  unitId: string;
  week: string;
}) {
  const { t, locale } = useI18n();
  const { pillarHealth } = useConfig();
  const query = usePillars({ unit: unitId, ...pillarNewsPeriod(addDaysIso(week, 6)) });
  if (!query.data)
    return (
      <p>
        {query.isError ? t('review.tables.pillarsLoadFailed') : t('review.tables.pillarsLoading')}
      </p>
    );
  const { months, rows } = toPillarHealthModel(query.data, catalog);
  return (
    <table className="data-table review-table review-pillars">
      <caption>
        {t('review.tables.pillarsCaption', {
          green: pillarHealth.green,
          amber: pillarHealth.amber,
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('review.tables.pillar')}</th>
          {months.map((m) => (
            <th key={m} scope="col">
              {formatMonth(m, locale)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.pillar.id}>
            <th scope="row">{r.pillar.name}</th>
            {months.map((m) => {
              const score = r.scores.get(m);
              const health = score == null ? null : healthOf(score, pillarHealth);
              return (
                <td key={m} className={health ? `health-cell health-cell--${health}` : ''}>
                  {health && <span aria-hidden="true">{healthMark[health]} </span>}
                  {formatNumber(score, locale)}
                  {health && (
                    <span className="visually-hidden"> {t(`review.tables.health.${health}`)}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const kindKeys = {
  initiative: 'review.tables.annotationKinds.initiative',
  incident: 'review.tables.annotationKinds.incident',
  'data-issue': 'review.tables.annotationKinds.dataIssue',
  'method-change': 'review.tables.annotationKinds.methodChange',
} as const;

export function AnnotationsList({
  catalog,
  unitId,
  week,
}: {
  catalog: Catalog;
  unitId: string;
  week: string;
}) {
  const { t, locale } = useI18n();
  const from = addMonthsIso(week, -3);
  const query = useAnnotations({ unit: unitId, from, to: addDaysIso(week, 6) });
  const items = [...(query.data?.annotations ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  if (!query.data)
    return (
      <p>
        {query.isError
          ? t('review.tables.annotationsLoadFailed')
          : t('review.tables.annotationsLoading')}
      </p>
    );
  if (!items.length)
    return <p>{t('review.tables.noAnnotations', { day: formatDay(from, locale) })}</p>;
  return (
    <ul className="review-annotations">
      {items.map((a) => {
        const unit = annotationUnitName(a, unitId, catalog.units);
        return (
          <li key={a.id}>
            <time dateTime={a.date}>{formatDay(a.date, locale)}</time> ·{' '}
            <strong>{t(kindKeys[a.kind])}</strong>
            {unit ? ` · ${unit}` : ''}
            {a.metric
              ? ` · ${catalog.metrics.find((m) => m.id === a.metric)?.name ?? a.metric}`
              : ''}
            : {a.title}
          </li>
        );
      })}
    </ul>
  );
}
