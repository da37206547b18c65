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
    display: 'Display',
    themeInvalid: 'The theme “{value}” in the address is not available; showing {fallback}.',
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
      whatChanged: 'what changed this week',
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
    /** A sample below the metric's minimum reportable size: "sample too small (n = 37 < 60)". */
    sampleTooSmall: 'sample too small (n\u00a0=\u00a0{n}\u00a0<\u00a0{min})',
    sampleTooSmallStart: 'Sample too small (n\u00a0=\u00a0{n}\u00a0<\u00a0{min})',
    /** A value whose sample is too small: "41.0, sample too small (n = 37 < 60)". */
    valueSampleTooSmall: '{value}, {tooSmall}',
    /** Why a comparison makes no call when a sample is too small. */
    noCall: {
      thisWeek: 'no change call: {tooSmall} this week',
      thatWeek: 'no change call: {tooSmall} that week',
      weeksBefore:
        'no change call: sample too small in {weeks} of the 4 weeks before (n\u00a0<\u00a0{min})',
    },
    /** An event of another unit on this unit's chart: "Outage (Contact centre North)". */
    annotationOfUnit: '{title} ({unit})',
    state: {
      /** `what` is a noun phrase, e.g. "the catalog of units and metrics". */
      loading: 'Loading {what}…',
      retrying: 'Retrying after a failure: {detail}',
      notAnswering: 'The API is not answering, retrying ({detail}).',
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
      notAnswering: 'The API is not answering, retrying…',
      updating: 'Updating…',
      updated: 'Updated {time}',
      refreshNow: 'Refresh now',
    },
    freshness: {
      overdue: 'Figures overdue: latest week {latest}, expected {expected}',
    },
    stage: {
      unknown: 'Unknown stage “{id}”',
      step: '· {index} of {total}',
    },
    familyRule: {
      corrected: {
        one: 'Changes shown are significant at 95%, corrected for the {count} comparison made.',
        other: 'Changes shown are significant at 95%, corrected for the {count} comparisons made.',
      },
      noTests: 'No change could be tested for significance, so none is called.',
      pillarsByInterval: "Pillar changes are tested against each score's 95% interval.",
      pillarsBySeriesNoise:
        "Pillar changes are tested against each pillar's own month-to-month noise over the past year (the API sends no intervals).",
      pillarsByBoth:
        "Pillar changes are tested against their 95% intervals, or where the API sends none, against each pillar's own month-to-month noise.",
      pillarsUntested: {
        one: '{count} pillar change has no interval and too short a history to be tested; it is not called.',
        other:
          '{count} pillar changes have no interval and too short a history to be tested; they are not called.',
      },
    },
    whatChanged: {
      title: 'What changed',
      loading: 'Looking for significant movements…',
      failed: {
        one: '{count} source could not be loaded, so this summary may miss a movement.',
        other: '{count} sources could not be loaded, so this summary may miss a movement.',
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
      lowSampleTitle: 'Fewer than {min} responses: too few to call a change',
      noChangeCall: 'No change call {comparedWith}',
      vsLastWeek: 'vs last week',
      change: '{delta} {comparedWith}',
      significantBetter: '· significant, better',
      significantWorse: '· significant, worse',
      noSignificantChange: 'No significant change {comparedWith}',
      withinNoise: '({delta}, within noise)',
      significanceUnknownNote: '· significance unknown (no interval)',
      notComparable: 'No comparison {comparedWith}: no data for that week',
      notComparableLowSample: 'No change call {comparedWith}: {tooSmall} in that week',
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
      /** Before the week the tile reports: "Reporting week W47 2026 · 16 Nov 2026". */
      periodWeek: 'Reporting week',
      week: 'Week',
      tableCaption: '{metric}, last {weeks} weeks',
      value: 'Value',
      n: 'n',
      interval: '95% interval',
      range: '{low} to {high}',
    },
  },
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
    windowNote:
      'Stages are assessed quarterly: this view shows the last three years, whatever range the other views use.',
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
      sinceAtLeast: 'at least {quarter}',
      atLeastNote:
        '“At least”: the assessments the API holds begin inside the unit’s run at its stage (or miss a quarter of it), so it may have held the stage for longer.',
      rule: 'Since: the first quarter of the unit’s current unbroken run at its stage. Direction: the latest promotion or demotion within the last four quarters; without one, the trend of the last four scores where it is significant at 95%; otherwise steady.',
    },
    chart: {
      title: '{unit}: maturity score and stage by quarter',
      description:
        'Score 0–100 on the bands of the {count} stages. Each point is coloured by the stage held; triangles mark promotions (up) and demotions (down).',
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
      movers: 'Significant movers since {month}: {moves}.',
      moverUp: '{pillar} up {change} points to {score}',
      moverDown: '{pillar} down {change} points to {score}',
      noMovers: 'No pillar moved significantly since {month}.',
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
      title: 'Now vs a quarter ago vs a year ago',
      description:
        'Each spoke is a pillar, 0 at the centre to 100 at the rim. Solid: now; dashed: a quarter ago; dotted: a year ago.',
      now: 'Now ({month})',
      quarterAgo: 'A quarter ago',
      yearAgo: 'A year ago',
    },
    units: {
      title: 'Units compared, latest month',
      description: "Each unit's latest pillar scores in health colours; each cell shows its score.",
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
    trend: {
      title: '{metric}, weekly',
      description: 'Shaded: 95% interval. Dashed: the same week a year earlier.',
      descriptionTarget: 'Grey dashes: target.',
      descriptionLowSample: {
        one: '{count} week with a sample too small (n\u00a0<\u00a0{min}) is drawn hollow.',
        other: '{count} weeks with a sample too small (n\u00a0<\u00a0{min}) are drawn hollow.',
      },
      eventsLabel: 'Events on the {metric} chart',
      week: 'Week',
      yearEarlier: 'A year earlier',
      target: 'Target',
      legendYearEarlier: 'Same week a year earlier',
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
  review: {
    title: 'Weekly review',
    /** The week and its days: "W47 2026 (16 Nov 2026 – 22 Nov 2026)". */
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
    /** The printed pack's page footers. */
    printFooter: {
      text: 'Weekly customer review · {unit} · {week} · Data as of {asOf}',
      page: 'Page {page} of {pages}',
    },
    headlines: {
      significant: 'significant',
      notSignificant: '≈ {delta}, not significant',
      significanceUnknown: '{delta}, significance unknown',
      noComparableData: 'no comparable data',
      loadFailed: 'Could not be loaded.',
      loading: 'Loading…',
      noData: 'No data for this week.',
      sparkline: '{metric}, {weeks} weeks to this one',
      vsLastWeek: 'vs last week',
      vsFourWeekAverage: 'vs 4-week average',
      vsYearAgo: 'vs a year ago',
      target: 'Target',
      noTarget: 'none set',
      onTrack: '✓ On track',
      atRisk: '◐ At risk',
      offTrack: '✕ Off track',
      latestData: 'latest data: week of {week}',
    },
    tables: {
      unitsCaption:
        'Units × headline metrics, week of {day}: ▲▼ marks a change vs last week that is significant at 95%',
      unit: 'Unit',
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
    connection: {
      connected: 'Connected',
      notAnswering: 'API not answering, retrying',
      quiet: 'Quiet hours',
      live: 'Live',
      degraded: 'Some sources failing',
      offline: 'No connection to data',
    },
    overdue: 'Data overdue',
    dataAsOf: 'Data as of {time}',
    updated: 'updated {time}',
    clock: 'Time',
    staleSince: '⚠ Figures not updated since {time} ({age})',
    staleNever: '⚠ Figures not updated yet',
    staleDetail:
      'The data source cannot be reached; the last good figures are shown. Retrying every {interval}.',
    /** Durations: how long figures have been stale, how often the wall retries. */
    duration: {
      seconds: '{seconds} s',
      minutes: '{minutes} min',
      hoursMinutes: '{hours} h {minutes} min',
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
      lowSample: 'No change call: {tooSmall}',
      changeVsLastWeek: '{arrow} {delta} vs last week',
      noSignificantChange: '≈ No significant change',
      noComparison: 'No comparison with last week',
      noComparisonLowSample: 'No change call: {tooSmall} last week',
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
      noComparison: 'no comparison with last week',
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
    /** `what` of the shared loading and error states. */
    dataWhat: "The dashboard's data",
    widgetWhat: 'the widget',
    openInDashboard: 'Open in the dashboard',
    noFamily: 'There is no metric family “{family}”; expected one of {expected}.',
    noWidget: 'There is no widget at this address; docs/embed.md lists them.',
    params: {
      noUnit: 'Parameter “unit={value}” names no business unit; expected one of {expected}.',
      invalid: 'Parameter “{name}={value}” is not valid: expected one of {expected}.',
    },
  },
};

export type Messages = typeof messages;

const locale: LocaleDefinition<Messages> = {
  id: 'en-GB',
  name: 'English (UK)',
  dateLocale: enGB,
  messages,
};

export default locale;
