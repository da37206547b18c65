// Annotations: the story events as the contract lists them, dated relative to the latest week.
import type { Annotation } from '@/api/schemas';
import { addDaysTo } from './calendar';
import type { StoryEvent } from './organisation';
import { eventDay } from './timeline';

export function buildAnnotations(events: readonly StoryEvent[], latestWeek: string): Annotation[] {
  return [...events]
    .sort((a, b) => eventDay(a) - eventDay(b) || a.title.localeCompare(b.title))
    .map((event, i) => ({
      id: `a-${i + 1}`,
      date: addDaysTo(latestWeek, eventDay(event)),
      unit: event.unit,
      metric: event.metric,
      kind: event.kind,
      title: event.title,
    }));
}
