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
    dayMonthPattern: 'd. MMM',
    dayTime: '{day}, {time}',
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
  app: {
    skipLink: 'Zum Inhalt springen',
    orgFallback: 'Kundenerlebnis',
    product: 'Dashboard Kundenerlebnis',
    dataAsOf: 'Datenstand',
    nav: {
      label: 'Ansichten',
      overview: 'Überblick',
      stages: 'Stufen',
      pillars: 'Säulen',
      review: 'Wochenbericht',
    },
    unitRejected:
      'Der Link nennt einen Geschäftsbereich „{value}“, den es nicht gibt; angezeigt wird stattdessen {fallback}.',
    catalogLoading: 'Katalog der Geschäftsbereiche und Kennzahlen',
    catalogError: 'Katalog der Geschäftsbereiche und Kennzahlen',
    notFound: 'Unter dieser Adresse gibt es keine Seite.',
    notFoundLink: 'Zum Überblick',
    lazy: {
      view: 'Ansicht',
      wall: 'Wandanzeige',
      stages: 'Stufenentwicklung',
      pillars: 'Zustand der Säulen',
      review: 'Wochenbericht',
      metrics: 'Kennzahlen im Detail',
    },
    configError: {
      title: 'Das Dashboard kann nicht starten: Die Konfiguration muss geprüft werden',
      file: 'Datei',
      key: 'Schlüssel',
      problem: 'Problem',
      help: 'Korrigieren Sie die Datei auf dem Webserver (kein Neubau nötig) und laden Sie diese Seite neu. Jeder Schlüssel, sein Typ und sein Standardwert sind in der README unter „Configuration“ beschrieben.',
      reload: 'Neu laden',
    },
  },
  // components: shared UI (states, tiles' parts, unit and range pickers, charts, refresh)
  components: {
    family: {
      loyalty: 'Loyalität',
      bonding: 'Bindung',
      advocacy: 'Empfehlung',
      retention: 'Kundenerhalt',
    },
    deltaUnit: {
      percentagePoints: 'Pp.',
      points: 'Pkt.',
    },
    sampleSize: 'n\u00a0=\u00a0{n}',
    state: {
      loading: 'Wird geladen: {what} …',
      retrying: 'Neuer Versuch nach einem Fehler: {detail}',
      couldNotLoad: 'Laden fehlgeschlagen: {what}',
      retry: 'Erneut versuchen',
      couldNotShow: 'Anzeige fehlgeschlagen: {name}',
      tryAgain: 'Erneut versuchen',
      accessExpired: 'Zugang abgelaufen oder fehlend ({detail}).',
      accessDenied: 'Zugriff nicht erlaubt ({detail}).',
      contract: 'Die API hat Daten gesendet, die den Vertrag verletzen: {detail}',
      stale: 'Veraltet',
      staleSentence: 'Zahlen von {time} – Aktualisierung schlägt fehl, neuer Versuch läuft.',
      staleSentenceSince:
        'Zahlen von {time} – Aktualisierung schlägt seit {since} fehl, neuer Versuch läuft.',
      dataQuality: {
        one: '{count} Wert wurde ausgelassen: keine endliche Zahl oder außerhalb des Wertebereichs der Kennzahl',
        other:
          '{count} Werte wurden ausgelassen: keine endliche Zahl oder außerhalb des Wertebereichs der Kennzahl',
      },
      dataQualityItem: '{series}, {period}: {problem}',
    },
    chart: {
      downloadCsv: '{title} als CSV herunterladen',
      downloadPng: '{title} als PNG herunterladen',
      csv: 'CSV',
      png: 'PNG',
      showTable: 'Als Tabelle',
      showChart: 'Als Diagramm',
      tableRegion: '{title}, Tabelle',
    },
    embed: {
      button: 'Einbetten',
      buttonLabel: '{what} einbetten',
      panelLabel: '{what} in eine andere Seite einbetten',
      instructions:
        'Fügen Sie dies in eine Intranetseite ein (deren Website muss in embed.allowedOrigins eingetragen sein):',
      copy: 'Code kopieren',
      copied: 'Kopiert',
      close: 'Schließen',
    },
    unit: {
      label: 'Geschäftsbereich',
    },
    range: {
      label: 'Zeitraum',
      w13: '13 Wochen',
      w26: '26 Wochen',
      w52: '52 Wochen',
      ytd: 'Seit Jahresbeginn',
      custom: 'Eigener',
      from: 'Von',
      to: 'Bis',
      apply: 'Anwenden',
      fallback: '{problem}; angezeigt werden {range}.',
      problemSentence: '{problem}.',
      unknown: 'Der Zeitraum „{value}“ im Link ist keiner von {options}',
      customDates:
        'Der eigene Zeitraum im Link braucht „from“ und „to“ als Datum JJJJ-MM-TT (erhalten: „{from}“ bis „{to}“)',
      reversed: 'Der eigene Zeitraum im Link beginnt ({from}) nach seinem Ende ({to})',
    },
    refresh: {
      failing: { one: '{count} Quelle fällt aus', other: '{count} Quellen fallen aus' },
      updating: 'Wird aktualisiert …',
      updated: 'Aktualisiert {time}',
      refreshNow: 'Jetzt aktualisieren',
    },
    stage: {
      unknown: 'Unbekannte Stufe „{id}“',
      step: '· {index} von {total}',
    },
    whatChanged: {
      title: 'Was sich geändert hat',
      loading: 'Suche nach signifikanten Veränderungen …',
      failed: {
        one: '{count} Quelle konnte nicht geladen werden; dieser Zusammenfassung fehlt womöglich eine Veränderung.',
        other:
          '{count} Quellen konnten nicht geladen werden; dieser Zusammenfassung fehlt womöglich eine Veränderung.',
      },
      noChange: 'Keine signifikanten Veränderungen in dieser Woche.',
      metricRose: '{metric} stieg signifikant auf {value} ({change} ggü. Vorwoche).',
      metricFell: '{metric} sank signifikant auf {value} ({change} ggü. Vorwoche).',
      metricRoseBetter:
        '{metric} stieg signifikant auf {value} ({change} ggü. Vorwoche, eine Verbesserung).',
      metricRoseWorse:
        '{metric} stieg signifikant auf {value} ({change} ggü. Vorwoche, eine Verschlechterung).',
      metricFellBetter:
        '{metric} sank signifikant auf {value} ({change} ggü. Vorwoche, eine Verbesserung).',
      metricFellWorse:
        '{metric} sank signifikant auf {value} ({change} ggü. Vorwoche, eine Verschlechterung).',
      stageUp: '{unit} ist im {quarter} auf {stage} aufgestiegen.',
      stageDown: '{unit} ist im {quarter} auf {stage} zurückgefallen.',
      pillarRose: '{pillar} ({unit}) stieg im {month} um {change} Punkte auf {score}.',
      pillarFell: '{pillar} ({unit}) sank im {month} um {change} Punkte auf {score}.',
    },
  },
  // overview and what changed
  overview: {
    headlineTitle: 'Kernkennzahlen',
    noHeadlines: 'Der Katalog nennt keine Kernkennzahlen.',
    noHeadlineFor: 'Der Katalog nennt keine Kernkennzahl für {family}.',
    tile: {
      about: 'Über {metric}',
      lowerIsBetter: 'Niedriger ist besser.',
      higherIsBetter: 'Höher ist besser.',
      significantOnly: 'Veränderungen zählen nur, wenn sie auf dem 95-%-Niveau signifikant sind.',
      noSeries: 'Die API hat keine Zeitreihe für {metric} geliefert.',
      noValues: 'Keine Werte für diesen Geschäftsbereich im letzten Jahr.',
      lowSample: 'Kleine Stichprobe',
      lowSampleTitle: 'Weniger als {min} Antworten: zu wenige, um eine Veränderung zu bewerten',
      noChangeCall: 'Keine Bewertung: {sample} liegt unter {min}',
      vsLastWeek: 'ggü. Vorwoche',
      change: '{delta} {comparedWith}',
      significantBetter: '· signifikant, besser',
      significantWorse: '· signifikant, schlechter',
      noSignificantChange: 'Keine signifikante Veränderung {comparedWith}',
      withinNoise: '({delta}, im Rauschen)',
      significanceUnknownNote: '· Signifikanz unbekannt (kein Intervall)',
      notComparable: 'Kein Vergleich {comparedWith} (Woche fehlt oder Stichprobe zu klein)',
      compactSignificant: '{delta}, signifikant',
      compactNotSignificant: '{delta}, nicht signifikant',
      compactUnknown: '{delta}, Signifikanz unbekannt',
      compactNotComparable: 'keine vergleichbare Woche',
      sparkline: '{metric}, letzte {weeks} Wochen, von {from} auf {to}',
      target: 'Ziel',
      noTarget: 'Kein Ziel festgelegt',
      onTrack: 'Im Plan',
      atRisk: 'Gefährdet',
      offTrack: 'Verfehlt',
      yearAgo: 'Vorjahr',
      sample: 'Stichprobe',
      ci: '95-%-KI {low} bis {high}',
      latestWithData: 'Letzte Woche mit Daten:',
      periodWeek: 'Berichtswoche',
      week: 'Woche',
      tableCaption: '{metric}, letzte {weeks} Wochen',
      value: 'Wert',
      n: 'n',
      interval: '95-%-Intervall',
      range: '{low} bis {high}',
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

const locale: LocaleDefinition<Messages> = {
  id: 'de-DE',
  name: 'Deutsch',
  dateLocale: de,
  messages,
};

export default locale;
