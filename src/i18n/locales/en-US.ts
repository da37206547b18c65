// English (United States): US spelling, dates and Sunday-start weeks numbered from 1 January.
import { enUS } from 'date-fns/locale/en-US';
import type { LocaleDefinition } from '../translate';
import type { Messages } from './en-GB';

const messages: Messages = {
  dates: {
    week: 'Wk {week} {year}',
    weekWithDay: '{week} · {day}',
    quarter: 'Q{quarter} {year}',
    ageJustNow: 'just now',
    ageMinutes: '{minutes} min ago',
    ageHours: '{hours} hr ago',
    ageDays: { one: '{count} day ago', other: '{count} days ago' },
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
  app: {},
  // components: shared UI (states, tiles' parts, unit and range pickers, charts, refresh)
  components: {},
  // overview and what changed
  overview: {},
  // stages
  stages: {},
  // pillars
  pillars: {},
  // metrics drill-down
  metrics: {},
  // weekly review
  review: {
    title: 'Weekly review',
    weekRange: '{week} ({from} – {to})',
    week: 'Week',
    print: 'Print or save as PDF',
    weekNotADate: "The link's week “{week}” is not a date YYYY-MM-DD; showing the latest week.",
    weekOutsideRange:
      "The link's week {week} is outside the last {count} weeks; showing the latest week.",
    sections: {
      headlines: 'Headline numbers',
      whatChanged: 'What changed',
      units: 'Units at a glance',
      stageMoves: 'Stage moves this quarter',
      stageMovesShort: 'Stage moves',
      pillars: 'Pillar health',
      annotations: 'What happened: initiatives, incidents, data notes',
      annotationsShort: 'Annotations',
    },
    printFooter: {
      text: 'Weekly customer review · {unit} · {week} · Data as of {asOf}',
      page: 'Page {page} of {pages}',
    },
    families: {
      loyalty: 'Loyalty',
      bonding: 'Bonding',
      advocacy: 'Advocacy',
      retention: 'Retention',
    },
    headlines: {
      significant: 'significant',
      notSignificant: '≈ {delta}, not significant',
      significanceUnknown: '{delta}, significance unknown',
      noComparableData: 'no comparable data',
      loadFailed: 'Could not be loaded.',
      loading: 'Loading…',
      noData: 'No data for this week.',
      lowSample: 'Low sample',
      sparkline: '{metric}, {weeks} weeks to this one',
      vsLastWeek: 'vs. last week',
      vsFourWeekAverage: 'vs. 4-week average',
      vsYearAgo: 'vs. a year ago',
      target: 'Target',
      noTarget: 'none set',
      onTrack: '✓ On track',
      atRisk: '◐ At risk',
      offTrack: '✕ Off track',
      latestData: 'latest data: week of {week}',
    },
    tables: {
      unitsCaption:
        'Units × headline metrics, week of {day}: ▲▼ marks a change vs. last week that is significant at 95%',
      unit: 'Unit',
      lowN: 'low n',
      significantBetter: 'significant, better',
      significantWorse: 'significant, worse',
      stagesCaption: 'Stages in {quarter}: who moved, who is held back',
      stage: 'Stage',
      move: 'Move this quarter',
      score: 'Score',
      why: 'Why',
      promoted: '▲ Promoted',
      demoted: '▼ Demoted',
      noMove: 'No move',
      pillarsLoadFailed: 'Pillar assessments could not be loaded.',
      pillarsLoading: 'Loading pillar assessments…',
      pillarsCaption: 'Pillar health by month: green from {green}, amber from {amber}, red below',
      pillar: 'Pillar',
      health: { red: 'Weak', amber: 'Developing', green: 'Strong' },
      annotationKinds: {
        initiative: 'Initiative',
        incident: 'Incident',
        dataIssue: 'Data issue',
        methodChange: 'Method change',
      },
      annotationsLoadFailed: 'Annotations could not be loaded.',
      annotationsLoading: 'Loading annotations…',
      noAnnotations: 'No initiatives, incidents or data notes since {day}.',
    },
  },
  // wall display
  wall: {
    views: {
      overview: 'Headline metrics',
      stages: 'Stage of each unit',
      pillars: 'Pillar health',
    },
    families: {
      loyalty: 'Loyalty',
      bonding: 'Bonding',
      advocacy: 'Advocacy',
      retention: 'Retention',
    },
    connection: {
      quiet: 'Quiet hours',
      live: 'Live',
      degraded: 'Some sources failing',
      offline: 'No connection to data',
    },
    dataAsOf: 'Data as of {time}',
    updated: 'updated {time}',
    clock: 'Time',
    staleSince: '⚠ Figures not updated since {time} ({age})',
    staleNever: '⚠ Figures not updated yet',
    staleDetail:
      'The data source cannot be reached; the last good figures are shown. Retrying every {interval}.',
    duration: {
      seconds: '{seconds} sec',
      minutes: '{minutes} min',
      hoursMinutes: '{hours} hr {minutes} min',
      days: { one: '{count} day', other: '{count} days' },
    },
    quietUntil: 'Quiet hours until {time}: figures are not refreshed.',
    paused: 'Paused on {view} · press any key or click to resume',
    progress: 'Time until the next view',
    unreachable: '⚠ The data source cannot be reached',
    connecting: 'Connecting to the data source…',
    retryingItself: '{error} Retrying by itself.',
    retrying: 'Retrying: {error}',
    loading: 'Loading…',
    failingRetrying: 'Not available yet: the data source is failing; retrying.',
    overview: {
      lowSample: 'Low sample: no change call',
      changeVsLastWeek: '{arrow} {delta} vs. last week',
      noSignificantChange: '≈ No significant change',
      noComparison: 'No comparison with last week',
      sparkline: '{metric}, last {count} weeks',
      target: 'Target {value} · {status}',
      onTrack: '✓ On track',
      atRisk: '◐ At risk',
      offTrack: '✕ Off track',
      failed: 'Not available: the data source failed',
      noData: 'No data',
    },
    family: {
      failed: 'These figures are not available: the data source failed.',
      chartTitle: '{metric}, last {weeks} weeks',
      chartDescription: 'Weekly values with their 95% interval.',
      chartDescriptionWithTarget: 'Weekly values with their 95% interval and the target.',
      week: 'Week',
      noSignificantChange: '≈ no significant change',
      targetLine: 'Target {value}',
    },
    pillars: {
      failed: 'Pillar scores are not available: the data source failed.',
      noAssessments: 'No pillar assessments yet.',
      caption: 'Latest assessment: {month} · change since {since}',
      health: { red: 'Weak', amber: 'Developing', green: 'Strong' },
    },
    stages: {
      caption: 'Stage of each unit now',
      climbing: '↗ Climbing',
      steady: '→ Steady',
      slipping: '↘ Slipping',
      notAvailable: 'Not available',
      more: { one: 'and {count} more unit', other: 'and {count} more units' },
    },
  },
  // embeds
  embed: {
    notAllowed:
      "This widget cannot be shown here: {site} is not on the dashboard's list of sites allowed to embed it ({setting} in {file}).",
    thisSite: 'this site ({origin})',
    thisPage: 'this page',
    dataWhat: "The dashboard's data",
    widgetWhat: 'the widget',
    openInDashboard: 'Open in the dashboard',
    noFamily: 'There is no metric family “{family}”; expected one of {expected}.',
    params: {
      noUnit: 'Parameter “unit={value}” names no business unit; expected one of {expected}.',
      invalid: 'Parameter “{name}={value}” is not valid: expected one of {expected}.',
    },
  },
};

const locale: LocaleDefinition<Messages> = {
  id: 'en-US',
  name: 'English (US)',
  dateLocale: enUS,
  messages,
};

export default locale;
