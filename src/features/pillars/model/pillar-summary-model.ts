// The pillars in words: the weakest now, and the movers over the last quarter among the seven
// pillars' changes held as one family of tests.
import {
  pillarMovers,
  weakestPillars,
  type PillarJudgement,
  type PillarMove,
} from '@/domain/pillars';
import { benjaminiHochberg } from '@/domain/stats';
import { addMonthsIso } from '@/domain/periods';
import type { PillarHealthModel } from '@/domain/pillar-health';

export interface PillarSummaryModel {
  latest: string;
  quarterAgo: string;
  /** The two weakest pillars at the latest month. */
  weakest: { name: string; score: number }[];
  /** Up to two discoveries at q = 0.05 among the seven changes, biggest first. */
  movers: PillarMove[];
  tests: number;
  judgements: Set<PillarJudgement>;
  untested: number;
}

export function toPillarSummaryModel(
  health: Pick<PillarHealthModel, 'rows'>,
  latest: string,
): PillarSummaryModel {
  const quarterAgo = addMonthsIso(latest, -3);
  const changes = pillarMovers(health.rows, quarterAgo, latest);
  const discovered = benjaminiHochberg(changes.map((m) => m.p));
  return {
    latest,
    quarterAgo,
    weakest: weakestPillars(health.rows, latest)
      .slice(0, 2)
      .map((w) => ({ name: w.pillar.name, score: w.score })),
    movers: changes.filter((m, i) => discovered[i] && m.significant).slice(0, 2),
    tests: changes.filter((m) => m.p != null).length,
    judgements: new Set(changes.flatMap((m) => m.judgedBy ?? [])),
    untested: changes.filter((m) => m.judgedBy == null).length,
  };
}
