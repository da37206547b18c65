// Where each unit stands (stage, since when, direction), true whatever window a view fetches: a
// unit whose run at its stage reaches back to the window's first quarter has its earlier history
// looked up; the others cost nothing more than the window.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { StageDefinition, StagePoint } from '../schemas';
import {
  earlierStagesNeeded,
  firstQuarterFrom,
  quarterStartOf,
  stageStanding,
  type StageStanding,
} from '@/domain/stages';
import { slimResults } from './slim-results';
import { stageHistoryQueryOptions, useStagesForUnits, useStagesRead } from './stages';
import { useSameIds } from './use-same-ids';

export interface UnitStanding {
  standing: StageStanding | null;
  isPending: boolean;
  isError: boolean;
  /**
   * The history before the window is still being looked up: `standing.since` (and, rarely, the
   * direction) may still move back.
   */
  isTracing: boolean;
}

export function useStageStandings(
  units: readonly string[],
  period: { from: string; to?: string },
  stages: readonly StageDefinition[],
  { forSince = true }: { forSince?: boolean } = {},
): UnitStanding[] {
  const { from, to } = period;
  const windows = useStagesForUnits(units, { from, to });
  const before = quarterStartOf(firstQuarterFrom(from));
  // The callers build `units` anew on every render: what it holds is the key.
  const unitsKey = units.join('\u0000');
  // Per unit, the stage whose run is traced back, where one is: its query is keyed by both.
  const tracing = useMemo(
    () =>
      windows.map((w) =>
        w.data ? earlierStagesNeeded(w.data.points, stages, from, { forSince }) : null,
      ),
    [windows, stages, from, forSince],
  );
  const ids = useSameIds(
    splitKey(unitsKey).flatMap((unit, i) =>
      tracing[i] == null ? [] : [JSON.stringify([unit, tracing[i]])],
    ),
  );
  const read = useStagesRead();
  const historyQueries = useMemo(
    () =>
      ids.map((id) => {
        const [unit, stage] = JSON.parse(id) as [string, string];
        return stageHistoryQueryOptions(read, { unit, before, stage });
      }),
    [ids, read, before],
  );
  const histories = useQueries({
    queries: historyQueries,
    combine: slimResults<StagePoint[]>,
  });
  return useMemo(() => {
    const historyOf = new Map(ids.map((id, i) => [id, histories[i]]));
    return splitKey(unitsKey).map((unit, i): UnitStanding => {
      const window = windows[i];
      const stage = tracing[i];
      const history = stage == null ? undefined : historyOf.get(JSON.stringify([unit, stage]));
      const earlier = history?.data ?? [];
      return {
        standing: window?.data ? stageStanding([...earlier, ...window.data.points], stages) : null,
        isPending: window?.isPending ?? true,
        isError: window?.isError ?? false,
        isTracing: history?.isPending ?? false,
      };
    });
  }, [windows, histories, tracing, stages, unitsKey, ids]);
}

const splitKey = (key: string) => (key === '' ? [] : key.split('\u0000'));
