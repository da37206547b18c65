// Deutsch (Deutschland): ISO-Kalenderwochen (KW), Wochenbeginn Montag.
import { de } from 'date-fns/locale/de';
import type { LocaleDefinition } from '../translate';
import type { Messages } from './en-GB';

const messages: Messages = {
  dates: {
    week: 'KW {week}/{year}',
    weekWithDay: '{week} · {day}',
    quarter: 'Q{quarter} {year}',
    ageJustNow: 'gerade eben',
    ageMinutes: 'vor {minutes} Min.',
    ageHours: 'vor {hours} Std.',
    ageDays: { one: 'vor {count} Tag', other: 'vor {count} Tagen' },
  },
  settings: {
    language: 'Sprache',
    theme: 'Farbschema',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    themeHighContrast: 'Hoher Kontrast',
    themeAuto: 'System',
    localeInvalid:
      'Die Sprache „{value}“ aus der Adresse ist nicht verfügbar; angezeigt wird {fallback}.',
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
    title: 'Wochenbericht',
    weekRange: '{week} ({from} – {to})',
    week: 'Woche',
    print: 'Drucken oder als PDF speichern',
    weekNotADate:
      'Die Woche „{week}“ im Link ist kein Datum im Format JJJJ-MM-TT; angezeigt wird die neueste Woche.',
    weekOutsideRange:
      'Die Woche {week} im Link liegt außerhalb der letzten {count} Wochen; angezeigt wird die neueste Woche.',
    sections: {
      headlines: 'Leitkennzahlen',
      whatChanged: 'Was sich geändert hat',
      units: 'Geschäftsbereiche im Überblick',
      stageMoves: 'Stufenwechsel in diesem Quartal',
      stageMovesShort: 'Stufenwechsel',
      pillars: 'Zustand der Säulen',
      annotations: 'Was geschah: Initiativen, Vorfälle, Datenhinweise',
      annotationsShort: 'Ereignisse',
    },
    printFooter: {
      text: 'Wöchentlicher Kundenbericht · {unit} · {week} · Datenstand {asOf}',
      page: 'Seite {page} von {pages}',
    },
    families: {
      loyalty: 'Loyalität',
      bonding: 'Verbundenheit',
      advocacy: 'Weiterempfehlung',
      retention: 'Kundenerhalt',
    },
    headlines: {
      significant: 'signifikant',
      notSignificant: '≈ {delta}, nicht signifikant',
      significanceUnknown: '{delta}, Signifikanz unbekannt',
      noComparableData: 'keine vergleichbaren Daten',
      loadFailed: 'Konnte nicht geladen werden.',
      loading: 'Wird geladen …',
      noData: 'Keine Daten für diese Woche.',
      lowSample: 'Kleine Stichprobe',
      sparkline: '{metric}, die {weeks} Wochen bis zu dieser',
      vsLastWeek: 'ggü. Vorwoche',
      vsFourWeekAverage: 'ggü. 4-Wochen-Mittel',
      vsYearAgo: 'ggü. Vorjahr',
      target: 'Ziel',
      noTarget: 'keines festgelegt',
      onTrack: '✓ Im Plan',
      atRisk: '◐ Gefährdet',
      offTrack: '✕ Verfehlt',
      latestData: 'neueste Daten: Woche vom {week}',
    },
    tables: {
      unitsCaption:
        'Geschäftsbereiche × Leitkennzahlen, Woche vom {day}: ▲▼ markiert eine Veränderung ggü. der Vorwoche, die mit 95 % signifikant ist',
      unit: 'Geschäftsbereich',
      lowN: 'kleines n',
      significantBetter: 'signifikant, besser',
      significantWorse: 'signifikant, schlechter',
      stagesCaption: 'Stufen im {quarter}: wer gewechselt hat, wer zurückgehalten wird',
      stage: 'Stufe',
      move: 'Wechsel im Quartal',
      score: 'Wert',
      why: 'Begründung',
      promoted: '▲ Aufgestiegen',
      demoted: '▼ Abgestiegen',
      noMove: 'Kein Wechsel',
      pillarsLoadFailed: 'Die Bewertungen der Säulen konnten nicht geladen werden.',
      pillarsLoading: 'Bewertungen der Säulen werden geladen …',
      pillarsCaption:
        'Zustand der Säulen nach Monat: grün ab {green}, gelb ab {amber}, rot darunter',
      pillar: 'Säule',
      health: { red: 'Schwach', amber: 'In Entwicklung', green: 'Stark' },
      annotationKinds: {
        initiative: 'Maßnahme',
        incident: 'Störung',
        dataIssue: 'Datenproblem',
        methodChange: 'Methodenänderung',
      },
      annotationsLoadFailed: 'Die Ereignisse konnten nicht geladen werden.',
      annotationsLoading: 'Ereignisse werden geladen …',
      noAnnotations: 'Keine Maßnahmen, Störungen oder Datenhinweise seit {day}.',
    },
  },
  // wall display
  wall: {
    views: {
      overview: 'Leitkennzahlen',
      stages: 'Stufe je Geschäftsbereich',
      pillars: 'Zustand der Säulen',
    },
    families: {
      loyalty: 'Loyalität',
      bonding: 'Verbundenheit',
      advocacy: 'Weiterempfehlung',
      retention: 'Kundenerhalt',
    },
    connection: {
      quiet: 'Ruhezeit',
      live: 'Live',
      degraded: 'Einige Quellen gestört',
      offline: 'Keine Verbindung zu den Daten',
    },
    dataAsOf: 'Datenstand {time}',
    updated: 'aktualisiert {time}',
    clock: 'Uhrzeit',
    staleSince: '⚠ Zahlen nicht aktualisiert seit {time} ({age})',
    staleNever: '⚠ Zahlen noch nicht aktualisiert',
    staleDetail:
      'Die Datenquelle ist nicht erreichbar; angezeigt werden die letzten gültigen Zahlen. Neuer Versuch alle {interval}.',
    duration: {
      seconds: '{seconds} Sek.',
      minutes: '{minutes} Min.',
      hoursMinutes: '{hours} Std. {minutes} Min.',
      days: { one: '{count} Tag', other: '{count} Tage' },
    },
    quietUntil: 'Ruhezeit bis {time}: Die Zahlen werden nicht aktualisiert.',
    paused: 'Pausiert bei „{view}“ · weiter mit beliebiger Taste oder Klick',
    progress: 'Zeit bis zur nächsten Ansicht',
    unreachable: '⚠ Die Datenquelle ist nicht erreichbar',
    connecting: 'Verbindung zur Datenquelle wird hergestellt …',
    retryingItself: '{error} Neuer Versuch erfolgt automatisch.',
    retrying: 'Neuer Versuch: {error}',
    loading: 'Wird geladen …',
    failingRetrying: 'Noch nicht verfügbar: Die Datenquelle ist gestört; neuer Versuch läuft.',
    overview: {
      lowSample: 'Kleine Stichprobe: keine Aussage zur Veränderung',
      changeVsLastWeek: '{arrow} {delta} ggü. Vorwoche',
      noSignificantChange: '≈ Keine signifikante Veränderung',
      noComparison: 'Kein Vergleich mit der Vorwoche',
      sparkline: '{metric}, letzte {count} Wochen',
      target: 'Ziel {value} · {status}',
      onTrack: '✓ Im Plan',
      atRisk: '◐ Gefährdet',
      offTrack: '✕ Verfehlt',
      failed: 'Nicht verfügbar: Die Datenquelle ist ausgefallen',
      noData: 'Keine Daten',
    },
    family: {
      failed: 'Diese Zahlen sind nicht verfügbar: Die Datenquelle ist ausgefallen.',
      chartTitle: '{metric}, letzte {weeks} Wochen',
      chartDescription: 'Wochenwerte mit ihrem 95-%-Konfidenzintervall.',
      chartDescriptionWithTarget: 'Wochenwerte mit ihrem 95-%-Konfidenzintervall und dem Ziel.',
      week: 'Woche',
      noSignificantChange: '≈ keine signifikante Veränderung',
      targetLine: 'Ziel {value}',
    },
    pillars: {
      failed: 'Die Werte der Säulen sind nicht verfügbar: Die Datenquelle ist ausgefallen.',
      noAssessments: 'Noch keine Bewertungen der Säulen.',
      caption: 'Letzte Bewertung: {month} · Veränderung seit {since}',
      health: { red: 'Schwach', amber: 'In Entwicklung', green: 'Stark' },
    },
    stages: {
      caption: 'Aktuelle Stufe je Geschäftsbereich',
      climbing: '↗ Steigend',
      steady: '→ Stabil',
      slipping: '↘ Fallend',
      notAvailable: 'Nicht verfügbar',
      more: {
        one: 'und {count} weiterer Geschäftsbereich',
        other: 'und {count} weitere Geschäftsbereiche',
      },
    },
  },
  // embeds
  embed: {
    notAllowed:
      'Dieses Widget kann hier nicht angezeigt werden: {site} steht nicht auf der Liste der Websites, die es einbetten dürfen ({setting} in {file}).',
    thisSite: 'diese Website ({origin})',
    thisPage: 'diese Seite',
    dataWhat: 'Die Daten des Dashboards',
    widgetWhat: 'das Widget',
    openInDashboard: 'Im Dashboard öffnen',
    noFamily: 'Es gibt keine Kennzahlenfamilie „{family}“; erwartet wird eine von: {expected}.',
    params: {
      noUnit:
        'Der Parameter „unit={value}“ nennt keinen Geschäftsbereich; erwartet wird einer von: {expected}.',
      invalid: 'Der Parameter „{name}={value}“ ist ungültig; erwartet wird einer von: {expected}.',
    },
  },
};

const locale: LocaleDefinition<Messages> = {
  id: 'de-DE',
  name: 'Deutsch',
  dateLocale: de,
  messages,
};

export default locale;
