// English (United Kingdom): the source catalog. Every other locale must have the same keys.
import { enGB } from 'date-fns/locale/en-GB';
import type { LocaleDefinition } from '../translate';

const messages = {
  dates: {
    /** A week label: ISO week number and its week-year. */
    week: 'W{week} {year}',
    /** A week with the day it starts: "W46 · 9 Nov 2026". */
    weekWithDay: '{week} · {day}',
    quarter: 'Q{quarter} {year}',
    ageJustNow: 'just now',
    ageMinutes: '{minutes} min ago',
    ageHours: '{hours} h ago',
    ageDays: { one: '{count} day ago', other: '{count} days ago' },
    /** date-fns pattern of a day without its year, e.g. "18 Nov". */
    dayMonthPattern: 'd MMM',
    /** A day and time of day: "18 Nov, 09:40". */
    dayTime: '{day}, {time}',
  },
  settings: {
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeHighContrast: 'High contrast',
    themeAuto: 'System',
    localeInvalid: 'The language “{value}” in the address is not available; showing {fallback}.',
  },
  // app: layout, header, navigation, pages without a feature
  app: {
    skipLink: 'Skip to content',
    orgFallback: 'Customer experience',
    product: 'Customer experience dashboard',
    dataAsOf: 'Data as of',
    nav: {
      label: 'Views',
      overview: 'Overview',
      stages: 'Stages',
      pillars: 'Pillars',
      review: 'Weekly review',
    },
    unitRejected:
      'The link asked for a business unit “{value}” that does not exist; showing {fallback} instead.',
    /** `what` of the loading state: "Loading {what}…". */
    catalogLoading: 'the catalog of units and metrics',
    /** `what` of the error state: "{what} could not be loaded". */
    catalogError: 'The catalog of units and metrics',
    notFound: 'There is no page at this address.',
    notFoundLink: 'Go to the overview',
    /** What a lazily loaded part is, for "Loading {what}…". */
    lazy: {
      view: 'this view',
      wall: 'the wall display',
      stages: 'stage progression',
      pillars: 'pillar health',
      review: 'the weekly review',
      metrics: 'the metric drill-down',
    },
    configError: {
      title: 'The dashboard cannot start: its configuration needs attention',
      file: 'File',
      key: 'Key',
      problem: 'Problem',
      help: 'Fix the file on the web server (no rebuild is needed) and reload this page. Every key, its type and its default are described in the README under “Configuration”.',
      reload: 'Reload',
    },
  },
  // components: shared UI (states, tiles' parts, unit and range pickers, charts, refresh)
  components: {
    /** The four metric families of the contract, for headings and navigation. */
    family: {
      loyalty: 'Loyalty',
      bonding: 'Bonding',
      advocacy: 'Advocacy',
      retention: 'Retention',
    },
    /** Units of a change: a change of a percentage is in percentage points. */
    deltaUnit: {
      percentagePoints: 'pp',
      points: 'pts',
    },
    sampleSize: 'n\u00a0=\u00a0{n}',
    state: {
      /** `what` is a noun phrase, e.g. "the catalog of units and metrics". */
      loading: 'Loading {what}…',
      retrying: 'Retrying after a failure: {detail}',
      /** `what` is a noun phrase, e.g. "The catalog of units and metrics". */
      couldNotLoad: '{what} could not be loaded',
      retry: 'Retry',
      couldNotShow: '{name} could not be shown',
      tryAgain: 'Try again',
      accessExpired: 'Access expired or missing ({detail}).',
      accessDenied: 'Access not allowed ({detail}).',
      contract: 'The API sent data that breaks the contract: {detail}',
      stale: 'Stale',
      staleSentence: 'Figures from {time} — updates failing, retrying.',
      staleSentenceSince: 'Figures from {time} — updates failing since {since}, retrying.',
      dataQuality: {
        one: "{count} point was left out: not a finite number or outside the metric's range",
        other: "{count} points were left out: not a finite number or outside the metric's range",
      },
      dataQualityItem: '{series}, {period}: {problem}',
    },
    chart: {
      downloadCsv: 'Download {title} as CSV',
      downloadPng: 'Download {title} as PNG',
      csv: 'CSV',
      png: 'PNG',
      showTable: 'Show as table',
      showChart: 'Show as chart',
      tableRegion: '{title}, table',
    },
    embed: {
      button: 'Embed',
      buttonLabel: 'Embed {what}',
      panelLabel: 'Embed {what} in another page',
      instructions:
        'Paste this into an intranet page (its site must be listed in embed.allowedOrigins):',
      copy: 'Copy snippet',
      copied: 'Copied',
      close: 'Close',
    },
    unit: {
      label: 'Business unit',
    },
    range: {
      label: 'Time range',
      w13: '13 weeks',
      w26: '26 weeks',
      w52: '52 weeks',
      ytd: 'Year to date',
      custom: 'Custom',
      from: 'From',
      to: 'To',
      apply: 'Apply',
      /** A range in the address that cannot be used, then what is shown instead. */
      fallback: '{problem}; showing {range}.',
      problemSentence: '{problem}.',
      unknown: "The link's time range “{value}” is not one of {options}",
      customDates:
        "The link's custom range needs “from” and “to” as dates YYYY-MM-DD (got “{from}” to “{to}”)",
      reversed: "The link's custom range starts ({from}) after it ends ({to})",
    },
    refresh: {
      failing: { one: '{count} source is failing', other: '{count} sources are failing' },
      updating: 'Updating…',
      updated: 'Updated {time}',
      refreshNow: 'Refresh now',
    },
    stage: {
      unknown: 'Unknown stage “{id}”',
      step: '· {index} of {total}',
    },
    whatChanged: {
      title: 'What changed',
      loading: 'Looking for significant movements…',
      failed: {
        one: '{count} source(s) could not be loaded, so this summary may miss a movement.',
        other: '{count} source(s) could not be loaded, so this summary may miss a movement.',
      },
      noChange: 'No significant changes this week.',
      metricRose: '{metric} rose significantly to {value} ({change} vs last week).',
      metricFell: '{metric} fell significantly to {value} ({change} vs last week).',
      metricRoseBetter:
        '{metric} rose significantly to {value} ({change} vs last week, an improvement).',
      metricRoseWorse:
        '{metric} rose significantly to {value} ({change} vs last week, a deterioration).',
      metricFellBetter:
        '{metric} fell significantly to {value} ({change} vs last week, an improvement).',
      metricFellWorse:
        '{metric} fell significantly to {value} ({change} vs last week, a deterioration).',
      stageUp: '{unit} moved up to {stage} in {quarter}.',
      stageDown: '{unit} slipped back to {stage} in {quarter}.',
      pillarRose: '{pillar} ({unit}) rose {change} points to {score} in {month}.',
      pillarFell: '{pillar} ({unit}) fell {change} points to {score} in {month}.',
    },
  },
  // overview and what changed
  overview: {
    headlineTitle: 'Headline metrics',
    noHeadlines: 'The catalog names no headline metrics.',
    noHeadlineFor: 'The catalog names no headline metric for {family}.',
    tile: {
      about: 'About {metric}',
      lowerIsBetter: 'Lower is better.',
      higherIsBetter: 'Higher is better.',
      significantOnly: 'Changes count only when significant at 95%.',
      noSeries: 'The API returned no series for {metric}.',
      noValues: 'No values for this unit in the last year.',
      lowSample: 'Low sample',
      lowSampleTitle: 'Fewer than {min} responses: too few to call a change',
      noChangeCall: 'No change call: {sample} is below {min}',
      vsLastWeek: 'vs last week',
      change: '{delta} {comparedWith}',
      significantBetter: '· significant, better',
      significantWorse: '· significant, worse',
      noSignificantChange: 'No significant change {comparedWith}',
      withinNoise: '({delta}, within noise)',
      significanceUnknownNote: '· significance unknown (no interval)',
      notComparable: 'No comparison {comparedWith} (missing or low-sample week)',
      compactSignificant: '{delta}, significant',
      compactNotSignificant: '{delta}, not significant',
      compactUnknown: '{delta}, significance unknown',
      compactNotComparable: 'no comparable week',
      sparkline: '{metric}, last {weeks} weeks, from {from} to {to}',
      target: 'Target',
      noTarget: 'No target set',
      onTrack: 'On track',
      atRisk: 'At risk',
      offTrack: 'Off track',
      yearAgo: 'Year ago',
      sample: 'Sample',
      ci: '95% CI {low} to {high}',
      latestWithData: 'Latest week with data:',
      /** Before the week the tile reports: "Week W47 2026 · 16 Nov 2026". */
      periodWeek: 'Week',
      week: 'Week',
      tableCaption: '{metric}, last {weeks} weeks',
      value: 'Value',
      n: 'n',
      interval: '95% interval',
      range: '{low} to {high}',
    },
  },
  // stages
  stages: {},
  // pillars
  pillars: {},
  // metrics drill-down
  metrics: {},
  // weekly review
  review: {},
  // wall display
  wall: {},
  // embeds
  embed: {},
};

export type Messages = typeof messages;

const locale: LocaleDefinition<Messages> = {
  id: 'en-GB',
  name: 'English (UK)',
  dateLocale: enGB,
  messages,
};

export default locale;
