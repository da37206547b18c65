// English (United States): the source catalog (en-GB) with US spelling, punctuation and date
// patterns laid over it, and date-fns' US locale (Sunday-start weeks numbered from 1 January). Only
// the messages that differ are written here; TypeScript refuses a key the source does not have.
import { enUS } from 'date-fns/locale/en-US';
import { withOverrides, type LocaleDefinition, type MessageOverrides } from '../translate';
import source, { type Messages } from './en-GB';

export const overrides: MessageOverrides<Messages> = {
  dates: {
    week: 'Wk {week} {year}',
    ageHours: '{hours} hr ago',
    dayMonthPattern: 'MMM d',
  },
  components: {
    deltaUnit: {
      percentagePoints: 'pct. pts',
    },
    embed: {
      panelLabel: 'Embed {what} on another page',
    },
    whatChanged: {
      metricRose: '{metric} rose significantly to {value} ({change} vs. last week).',
      metricFell: '{metric} fell significantly to {value} ({change} vs. last week).',
      metricRoseBetter:
        '{metric} rose significantly to {value} ({change} vs. last week, an improvement).',
      metricRoseWorse:
        '{metric} rose significantly to {value} ({change} vs. last week, a deterioration).',
      metricFellBetter:
        '{metric} fell significantly to {value} ({change} vs. last week, an improvement).',
      metricFellWorse:
        '{metric} fell significantly to {value} ({change} vs. last week, a deterioration).',
    },
  },
  overview: {
    tile: {
      vsLastWeek: 'vs. last week',
    },
  },
  stages: {
    chart: {
      description:
        'Score 0–100 on the bands of the {count} stages. Each point is colored by the stage held; triangles mark promotions (up) and demotions (down).',
    },
  },
  pillars: {
    radar: {
      title: 'Now vs. a quarter ago vs. a year ago',
      description:
        'Each spoke is a pillar, 0 at the center to 100 at the rim. Solid: now; dashed: a quarter ago; dotted: a year ago.',
    },
    units: {
      description: "Each unit's latest pillar scores in health colors; each cell shows its score.",
    },
  },
  metrics: {
    trend: {
      descriptionTarget: 'Gray dashes: target.',
    },
  },
  review: {
    headlines: {
      vsLastWeek: 'vs. last week',
      vsFourWeekAverage: 'vs. 4-week average',
      vsYearAgo: 'vs. a year ago',
    },
    tables: {
      unitsCaption:
        'Units × headline metrics, week of {day}: ▲▼ marks a change vs. last week that is significant at 95%',
    },
  },
  wall: {
    duration: {
      seconds: '{seconds} sec',
      hoursMinutes: '{hours} hr {minutes} min',
    },
    overview: {
      changeVsLastWeek: '{arrow} {delta} vs. last week',
    },
  },
};

const locale: LocaleDefinition<Messages> = {
  id: 'en-US',
  name: 'English (US)',
  dateLocale: enUS,
  messages: withOverrides(source.messages, overrides),
};

export default locale;
