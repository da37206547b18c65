// "What changed": up to three plain sentences on this week's significant movements, for the unit
// (and, for the whole organisation, every unit's stage moves and pillar changes), with the rule they
// were decided by.
import { useMemo } from 'react';
import { useHeadlineMetrics } from '@/api/queries/metrics';
import { usePillarsForUnits } from '@/api/queries/pillars';
import { useStagesForUnits } from '@/api/queries/stages';
import type { Catalog, MetricDefinition } from '@/api/schemas';
import { EmbedButton } from '@/components/embed-button';
import { FamilyRule } from '@/components/family-rule';
import { useI18n } from '@/i18n/use-i18n';
import { addDaysIso, addMonthsIso, quarterStart } from '@/domain/periods';
import { summariseHeadline } from '@/domain/headline';
import { endpointsFailed } from '@/lib/query/query-health';
import { whatChangedSentences } from '@/lib/format/what-changed-words';
import { pillarMonths, pillarMovers, pillarRows } from '@/domain/pillars';
import { stageOf, stageSteps } from '@/domain/stages';
import {
  pillarNewsPeriod,
  stageNewsPeriod,
  whatChanged,
  type PillarNews,
  type StageNews,
} from '@/domain/what-changed';

interface WhatChangedProps {
  catalog: Catalog;
  unitId: string;
  headlines: readonly MetricDefinition[];
  from: string;
  /** Shown inside an embed: no "Embed" action of its own. */
  embedded?: boolean;
  /** The week (its Monday) to report on; default the latest. */
  asOfWeek?: string;
}

export function WhatChanged({
  catalog,
  unitId,
  headlines,
  from,
  embedded = false,
  asOfWeek,
}: WhatChangedProps) {
  const { locale, t } = useI18n();
  const asOf = asOfWeek ? addDaysIso(asOfWeek, 6) : catalog.dataAsOf.slice(0, 10);
  // The same queries as the tiles: answered from the cache, not fetched twice.
  const metricQueries = useHeadlineMetrics(unitId, headlines, from);
  // The whole organisation's summary covers every unit's stage moves and pillar changes; a unit's
  // covers its own.
  const coveredUnits = useMemo(
    () =>
      catalog.units.find((u) => u.id === unitId)?.parentId == null
        ? catalog.units
        : catalog.units.filter((u) => u.id === unitId),
    [catalog.units, unitId],
  );
  const coveredUnitIds = useMemo(() => coveredUnits.map((u) => u.id), [coveredUnits]);
  // The headline numbers come first: what changed asks for stages and pillars once they have
  // arrived (or failed), so its requests do not queue in front of the tiles' on a cold start.
  const headlinesSettled = metricQueries.every((q) => !q.isPending);
  const stageQueries = useStagesForUnits(coveredUnitIds, stageNewsPeriod(asOf), {
    enabled: headlinesSettled,
  });
  const pillarQueries = usePillarsForUnits(coveredUnitIds, pillarNewsPeriod(asOf), {
    enabled: headlinesSettled,
  });

  const pending =
    metricQueries.some((q) => q.isPending) ||
    stageQueries.some((q) => q.isPending) ||
    pillarQueries.some((q) => q.isPending);
  // Counted by endpoint: 60 units' failing stage queries are one source that could not be loaded.
  const failed = new Set([
    ...endpointsFailed('metrics', metricQueries),
    ...endpointsFailed('stages', stageQueries),
    ...endpointsFailed('pillars', pillarQueries),
  ]).size;

  // Kept while no query's result changes, so the sentences are worked out once per result.
  const metricData = useMemo(() => metricQueries.map((q) => q.data), [metricQueries]);
  const stageData = useMemo(() => stageQueries.map((q) => q.data), [stageQueries]);
  const pillarData = useMemo(() => pillarQueries.map((q) => q.data), [pillarQueries]);
  const result = useMemo(() => {
    // Not shown until every answer is in: 60 units' stages arrive one by one on a large organisation.
    if (pending) return null;
    const summaries = headlines.flatMap((m, i) => {
      const points = metricData[i]?.series.find((s) => s.metric === m.id)?.points;
      return points ? [summariseHeadline(m, points, catalog.targets, unitId, asOfWeek)] : [];
    });
    // A stage move is news while it is the latest assessment and its quarter is this one or the last.
    const lastQuarter = quarterStart(addMonthsIso(asOf, -3));
    const stageMoves: StageNews[] = coveredUnits.flatMap((u, i) => {
      const step = stageSteps(
        (stageData[i]?.points ?? []).filter((p) => p.period <= asOf),
        catalog.stages,
      ).at(-1);
      if (!step?.move || step.period < lastQuarter) return [];
      return [
        {
          unitName: u.name,
          step,
          stageName: stageOf(step.stage, catalog.stages)?.name ?? step.stage,
        },
      ];
    });
    // Every pillar of every unit covered, latest month against the one before: one family of tests
    // with the headline metrics, so chance movements among many are not named.
    const pillarMoves: PillarNews[] = coveredUnits.flatMap((u, i) => {
      const data = pillarData[i];
      if (!data) return [];
      const [previous, latest] = pillarMonths(data)
        .filter((m) => m <= asOf)
        .slice(-2);
      if (!previous || !latest) return [];
      return pillarMovers(pillarRows(data, catalog.pillars), previous, latest).map((m) => ({
        ...m,
        unitName: u.name,
        month: latest,
      }));
    });
    const found = whatChanged({ headlines: summaries, stageMoves, pillarMoves });
    return { ...found, sentences: whatChangedSentences(found.items, locale, t) };
  }, [
    pending,
    headlines,
    metricData,
    stageData,
    pillarData,
    coveredUnits,
    catalog,
    unitId,
    asOf,
    asOfWeek,
    locale,
    t,
  ]);

  return (
    <section
      className="panel what-changed"
      aria-labelledby="what-changed-heading"
      aria-busy={pending}
    >
      <h2 id="what-changed-heading" className="section-title">
        {t('components.whatChanged.title')}
      </h2>
      {!embedded && (
        <EmbedButton
          path="/embed/what-changed"
          unitId={unitId}
          what={t('components.whatChanged.title')}
        />
      )}
      {!result ? (
        <p className="widget-state widget-state--loading" role="status">
          {t('components.whatChanged.loading')}
        </p>
      ) : (
        <>
          <ul className="sentences sentences--large">
            {result.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <FamilyRule
            tests={result.tests}
            pillarJudgements={result.pillarJudgements}
            untestedPillars={result.untestedPillars}
          />
        </>
      )}
      {failed > 0 && !pending && (
        <p className="notice" role="status">
          {t('components.whatChanged.failed', { count: failed })}
        </p>
      )}
    </section>
  );
}
