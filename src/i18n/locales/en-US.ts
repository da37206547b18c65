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
  stages: {
    title: 'Stage progression',
    standingsHeading: 'Where each unit stands',
    climbHeading: '{unit}: climb over time',
    loadingWhat: 'stage assessments',
    errorWhat: 'Stage assessments',
    empty: 'No stage assessments for {unit} in this period.',
    chartBoundary: 'Stage progression chart',
    embedWhat: 'Stage progression',
    whyHeading: 'Why',
    outlookHeading: 'Outlook',
    standings: {
      caption: 'Stage of every unit now, since when, direction and what blocks the next stage',
      unit: 'Unit',
      stageNow: 'Stage now',
      since: 'Since',
      direction: 'Direction',
      score: 'Score',
      blocks: 'What blocks the next stage',
      climbing: 'Climbing',
      steady: 'Steady',
      slipping: 'Slipping',
      loading: 'Loading…',
      failed: 'Could not be loaded',
      none: 'No assessments',
    },
    chart: {
      title: '{unit}: maturity score and stage by quarter',
      description:
        'Score 0–100 on the bands of the {count} stages. Each point is colored by the stage held; triangles mark promotions (up) and demotions (down).',
      quarter: 'Quarter',
      score: 'Score',
      stageHeld: 'Stage held',
      move: 'Move',
      note: 'Note',
      unknownStage: 'Unknown stage “{stage}”',
      promoted: 'Promoted',
      demoted: 'Demoted',
      seriesName: 'Maturity score',
      tooltipScore: '{quarter}: score {score}',
      tooltipStage: 'Stage held: {stage}',
      tooltipPromoted: '▲ Promoted this quarter',
      tooltipDemoted: '▼ Demoted this quarter',
    },
    why: {
      quarter: 'Quarter',
      latestOption: '{quarter} (latest)',
      held: 'Held in {quarter}: {stage} with a score of {score}.',
      heldPromoted: 'Held in {quarter}: {stage} with a score of {score} (promoted this quarter).',
      heldDemoted: 'Held in {quarter}: {stage} with a score of {score} (demoted this quarter).',
      gatesCaption: 'Gates that cap the stage in {quarter}',
      pillar: 'Pillar',
      scoreThatQuarter: 'Score that quarter',
      noGate: 'No gate caps the stage this quarter.',
    },
    outlook: {
      pace: '{sign}{slope} points a quarter',
      paceWithInterval: '{sign}{slope} points a quarter (±{half} at 95%)',
      notEnoughData: 'Too few quarterly assessments to judge a trend.',
      top: 'Already at the top stage, {stage}: the task is to hold it.',
      inBandGates:
        'The score is already in the {stage} band; the gates ({gates}) must be met before promotion.',
      inBand:
        'The score is already in the {stage} band; promotion follows a second qualifying quarter.',
      notOnTrend:
        '{stage} is not on the current trend: the score moved {pace} over the last four quarters.',
      uncertain:
        '{stage} is not on the current trend: the score moved {pace} over the last four quarters, a pace that could as well be flat, so no date can be given.',
      onTrendBetween:
        "At the pace of the last four quarters, {pace}, {stage}'s band would be reached between {earliest} and {latest}; promotion needs a second qualifying quarter and the stage's gates.",
      onTrendNoEarlier:
        "At the pace of the last four quarters, {pace}, {stage}'s band would be reached no earlier than {earliest}; promotion needs a second qualifying quarter and the stage's gates.",
    },
  },
  // pillars
  pillars: {
    health: { red: 'Weak', amber: 'Developing', green: 'Strong' },
    title: 'Pillar health',
    loadingWhat: 'pillar assessments',
    errorWhat: 'Pillar assessments',
    empty: 'No pillar assessments for {unit} in this period.',
    inWords: 'In words',
    overMonths: 'Pillars over months',
    unitsHeading: 'Units compared',
    unitsLoadingWhat: "the units' pillars",
    heatmapBoundary: 'Pillar heatmap',
    radarBoundary: 'Pillar radar',
    trendsBoundary: 'Pillar trends',
    summary: {
      weakest: 'Weakest in {month}: {pillars}.',
      movers: 'Biggest movers since {month}: {moves}.',
      moverUp: '{pillar} up {change} points to {score}',
      moverDown: '{pillar} down {change} points to {score}',
      noMovers: 'No pillar moved by {points} points or more since {month}.',
    },
    trend: {
      title: "Each pillar's trend",
      description:
        'Monthly score of each pillar; dashed lines mark the amber ({amber}) and green ({green}) thresholds. Hover or use the table for respondents.',
      pillar: 'Pillar',
      cell: '{score} ({respondents} resp.)',
      tooltipLine: '{pillar}: {score} ({respondents} respondents)',
      amberFrom: 'Amber from {value}',
      greenFrom: 'Green from {value}',
    },
    heatmap: {
      title: 'Pillars by month, {unit}',
      description:
        'Scores 0–100: red below {amber} (weak), amber up to {green} (developing), green from {green} (strong). Each cell shows its score.',
      respondents: { one: '{count} respondent', other: '{count} respondents' },
      tooltipScore: 'Score {score}: {health}',
    },
    radar: {
      title: 'Now vs. a quarter ago vs. a year ago',
      description:
        'Each spoke is a pillar, 0 at the center to 100 at the rim. Solid: now; dashed: a quarter ago; dotted: a year ago.',
      now: 'Now ({month})',
      quarterAgo: 'A quarter ago',
      yearAgo: 'A year ago',
    },
    units: {
      title: 'Units compared, latest month',
      description: "Each unit's latest pillar scores in health colors; each cell shows its score.",
    },
  },
  // metrics drill-down
  metrics: {
    noFamily: 'There is no metric family “{family}”. Choose one of: {families}.',
    annotationsFailed:
      'Annotations could not be loaded ({error}); the charts show no event markers.',
    overTime: 'Over time',
    unitsCompared: 'Units compared',
    familyMetricsWhat: '{family} metrics',
    unitsLoadingWhat: "the units' figures",
    unitsFailed: {
      one: '{count} unit could not be loaded and is left out.',
      other: '{count} units could not be loaded and are left out.',
    },
    embedTrendWhat: '{metric} trend',
    unitsComparedBoundary: '{metric}: units compared',
    embedNoMetric: 'The catalog has no {family} metric.',
    interval: '95% interval',
    range: '{low} to {high}',
    lowSampleValue: '{value} (low sample)',
    trend: {
      title: '{metric}, weekly',
      description: 'Shaded: 95% interval. Dashed: the same week a year earlier.',
      descriptionTarget: 'Gray dashes: target.',
      descriptionLowSample: {
        one: '{count} low-sample week is drawn hollow.',
        other: '{count} low-sample weeks are drawn hollow.',
      },
      eventsLabel: 'Events on the {metric} chart',
      week: 'Week',
      yearEarlier: 'A year earlier',
      target: 'Target',
      legendYearEarlier: 'Same week a year earlier',
      tooltipLowSample: '{sample}, low sample',
      tooltipNoData: 'no data',
      tooltipInterval: '95% interval: {low} to {high}',
      tooltipYearEarlier: 'A year earlier: {value}',
      tooltipTarget: 'Target: {value}',
    },
    comparison: {
      title: '{metric}: units compared',
      description:
        "Each unit's latest week, best first, with its 95% interval as a whisker. Overlapping whiskers mean the units may not really differ.",
      unit: 'Unit',
      target: 'Target {value}',
    },
  },
  // weekly review
  review: {},
  // wall display
  wall: {},
  // embeds
  embed: {},
};

const locale: LocaleDefinition<Messages> = {
  id: 'en-US',
  name: 'English (US)',
  dateLocale: enUS,
  messages,
};

export default locale;
