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
    display: 'Anzeige',
    themeInvalid:
      'Das Farbschema „{value}“ aus der Adresse ist nicht verfügbar; angezeigt wird {fallback}.',
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
      whatChanged: 'Veränderungen der Woche',
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
    sampleTooSmall: 'Stichprobe zu klein (n\u00a0=\u00a0{n}\u00a0<\u00a0{min})',
    sampleTooSmallStart: 'Stichprobe zu klein (n\u00a0=\u00a0{n}\u00a0<\u00a0{min})',
    valueSampleTooSmall: '{value}, {tooSmall}',
    noCall: {
      thisWeek: 'keine Aussage zur Veränderung: {tooSmall} in dieser Woche',
      thatWeek: 'keine Aussage zur Veränderung: {tooSmall} in der Vergleichswoche',
      weeksBefore:
        'keine Aussage zur Veränderung: Stichprobe zu klein in {weeks} der 4 Wochen davor (n\u00a0<\u00a0{min})',
    },
    annotationOfUnit: '{title} ({unit})',
    state: {
      loading: 'Wird geladen: {what} …',
      retrying: 'Neuer Versuch nach einem Fehler: {detail}',
      notAnswering: 'Die API antwortet nicht, neuer Versuch läuft ({detail}).',
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
      notAnswering: 'Die API antwortet nicht, neuer Versuch läuft …',
      updating: 'Wird aktualisiert …',
      updated: 'Aktualisiert {time}',
      refreshNow: 'Jetzt aktualisieren',
    },
    freshness: {
      overdue: 'Zahlen überfällig: neueste Woche {latest}, erwartet {expected}',
    },
    stage: {
      unknown: 'Unbekannte Stufe „{id}“',
      step: '· {index} von {total}',
    },
    familyRule: {
      corrected: {
        one: 'Gezeigte Veränderungen sind auf dem 95-%-Niveau signifikant, korrigiert für den {count} durchgeführten Vergleich.',
        other:
          'Gezeigte Veränderungen sind auf dem 95-%-Niveau signifikant, korrigiert für die {count} durchgeführten Vergleiche.',
      },
      noTests: 'Keine Veränderung ließ sich auf Signifikanz prüfen, daher wird keine genannt.',
      pillarsByInterval: 'Veränderungen der Säulen werden am 95-%-Intervall jedes Werts geprüft.',
      pillarsBySeriesNoise:
        'Veränderungen der Säulen werden am eigenen Monat-zu-Monat-Rauschen jeder Säule im vergangenen Jahr geprüft (die API liefert keine Intervalle).',
      pillarsByBoth:
        'Veränderungen der Säulen werden an ihren 95-%-Intervallen geprüft, wo die API keine liefert, am eigenen Monat-zu-Monat-Rauschen der Säule.',
      pillarsUntested: {
        one: '{count} Veränderung einer Säule hat kein Intervall und eine zu kurze Historie für eine Prüfung; sie wird nicht genannt.',
        other:
          '{count} Veränderungen von Säulen haben kein Intervall und eine zu kurze Historie für eine Prüfung; sie werden nicht genannt.',
      },
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
      lowSampleTitle: 'Weniger als {min} Antworten: zu wenige, um eine Veränderung zu bewerten',
      noChangeCall: 'Keine Aussage zur Veränderung {comparedWith}',
      vsLastWeek: 'ggü. Vorwoche',
      change: '{delta} {comparedWith}',
      significantBetter: '· signifikant, besser',
      significantWorse: '· signifikant, schlechter',
      noSignificantChange: 'Keine signifikante Veränderung {comparedWith}',
      withinNoise: '({delta}, im Rauschen)',
      significanceUnknownNote: '· Signifikanz unbekannt (kein Intervall)',
      notComparable: 'Kein Vergleich {comparedWith}: keine Daten für diese Woche',
      notComparableLowSample:
        'Keine Aussage zur Veränderung {comparedWith}: {tooSmall} in der Vergleichswoche',
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
  stages: {
    title: 'Stufenentwicklung',
    standingsHeading: 'Wo jeder Geschäftsbereich steht',
    climbHeading: '{unit}: Aufstieg im Zeitverlauf',
    loadingWhat: 'Stufenbewertungen',
    errorWhat: 'Stufenbewertungen',
    empty: 'Keine Stufenbewertungen für {unit} in diesem Zeitraum.',
    chartBoundary: 'Diagramm der Stufenentwicklung',
    embedWhat: 'Stufenentwicklung',
    whyHeading: 'Begründung',
    outlookHeading: 'Ausblick',
    windowNote:
      'Stufen werden quartalsweise bewertet: Diese Ansicht zeigt die letzten drei Jahre, unabhängig vom Zeitraum der anderen Ansichten.',
    standings: {
      caption:
        'Aktuelle Stufe jedes Geschäftsbereichs, seit wann, Richtung und was die nächste Stufe blockiert',
      unit: 'Geschäftsbereich',
      stageNow: 'Aktuelle Stufe',
      since: 'Seit',
      direction: 'Richtung',
      score: 'Reifegrad',
      blocks: 'Was die nächste Stufe blockiert',
      climbing: 'Steigend',
      steady: 'Stabil',
      slipping: 'Fallend',
      loading: 'Wird geladen…',
      failed: 'Konnte nicht geladen werden',
      none: 'Keine Bewertungen',
      sinceAtLeast: 'spätestens {quarter}',
      atLeastNote:
        '„Spätestens“: Die Bewertungen, die die API vorhält, beginnen erst während der ununterbrochenen Zeit des Bereichs auf seiner Stufe (oder lassen darin ein Quartal aus); er kann die Stufe also schon länger halten.',
      rule: 'Seit: das erste Quartal, seit dem der Bereich ununterbrochen auf seiner Stufe steht. Richtung: der jüngste Auf- oder Abstieg in den letzten vier Quartalen; ohne einen solchen der Trend der letzten vier Werte, sofern er mit 95 % signifikant ist; sonst stabil.',
    },
    chart: {
      title: '{unit}: Reifegrad und Stufe je Quartal',
      description:
        'Reifegrad 0–100 auf den Bändern der {count} Stufen. Jeder Punkt trägt die Farbe der gehaltenen Stufe; Dreiecke markieren Aufstiege (nach oben) und Abstiege (nach unten).',
      quarter: 'Quartal',
      score: 'Reifegrad',
      stageHeld: 'Gehaltene Stufe',
      move: 'Bewegung',
      note: 'Anmerkung',
      unknownStage: 'Unbekannte Stufe „{stage}“',
      promoted: 'Aufgestiegen',
      demoted: 'Abgestiegen',
      seriesName: 'Reifegrad',
      tooltipScore: '{quarter}: Reifegrad {score}',
      tooltipStage: 'Gehaltene Stufe: {stage}',
      tooltipPromoted: '▲ In diesem Quartal aufgestiegen',
      tooltipDemoted: '▼ In diesem Quartal abgestiegen',
    },
    why: {
      quarter: 'Quartal',
      latestOption: '{quarter} (aktuell)',
      held: 'Stufe in {quarter}: {stage} mit einem Reifegrad von {score}.',
      heldPromoted:
        'Stufe in {quarter}: {stage} mit einem Reifegrad von {score} (in diesem Quartal aufgestiegen).',
      heldDemoted:
        'Stufe in {quarter}: {stage} mit einem Reifegrad von {score} (in diesem Quartal abgestiegen).',
      gatesCaption: 'Kriterien, die die Stufe in {quarter} begrenzen',
      pillar: 'Säule',
      scoreThatQuarter: 'Wert im Quartal',
      noGate: 'In diesem Quartal begrenzt kein Kriterium die Stufe.',
    },
    outlook: {
      pace: '{sign}{slope} Punkte pro Quartal',
      paceWithInterval: '{sign}{slope} Punkte pro Quartal (±{half} bei 95 %)',
      notEnoughData: 'Zu wenige Quartalsbewertungen, um einen Trend zu beurteilen.',
      top: 'Bereits auf der höchsten Stufe, {stage}: Jetzt gilt es, sie zu halten.',
      inBandGates:
        'Der Reifegrad liegt bereits im Band von {stage}; vor dem Aufstieg müssen die Kriterien ({gates}) erfüllt sein.',
      inBand:
        'Der Reifegrad liegt bereits im Band von {stage}; der Aufstieg folgt nach einem zweiten qualifizierenden Quartal.',
      notOnTrend:
        '{stage} ist beim aktuellen Trend nicht in Reichweite: Der Reifegrad hat sich in den letzten vier Quartalen um {pace} verändert.',
      uncertain:
        '{stage} ist beim aktuellen Trend nicht in Reichweite: Der Reifegrad hat sich in den letzten vier Quartalen um {pace} verändert – ein Tempo, das ebenso gut null sein könnte; daher lässt sich kein Zeitpunkt nennen.',
      onTrendBetween:
        'Im Tempo der letzten vier Quartale, {pace}, würde das Band von {stage} zwischen {earliest} und {latest} erreicht; der Aufstieg erfordert ein zweites qualifizierendes Quartal und die Kriterien der Stufe.',
      onTrendNoEarlier:
        'Im Tempo der letzten vier Quartale, {pace}, würde das Band von {stage} nicht vor {earliest} erreicht; der Aufstieg erfordert ein zweites qualifizierendes Quartal und die Kriterien der Stufe.',
    },
  },
  // pillars
  pillars: {
    health: { red: 'Schwach', amber: 'In Entwicklung', green: 'Stark' },
    title: 'Zustand der Säulen',
    loadingWhat: 'Säulenbewertungen',
    errorWhat: 'Säulenbewertungen',
    empty: 'Keine Säulenbewertungen für {unit} in diesem Zeitraum.',
    inWords: 'Auf einen Blick',
    overMonths: 'Säulen im Monatsverlauf',
    unitsHeading: 'Geschäftsbereiche im Vergleich',
    unitsLoadingWhat: 'Säulen der Geschäftsbereiche',
    heatmapBoundary: 'Säulen-Heatmap',
    radarBoundary: 'Säulen-Netzdiagramm',
    trendsBoundary: 'Säulentrends',
    summary: {
      weakest: 'Am schwächsten im {month}: {pillars}.',
      movers: 'Signifikante Veränderungen seit {month}: {moves}.',
      moverUp: '{pillar} um {change} Punkte auf {score} gestiegen',
      moverDown: '{pillar} um {change} Punkte auf {score} gesunken',
      noMovers: 'Seit {month} hat sich keine Säule signifikant verändert.',
    },
    trend: {
      title: 'Trend je Säule',
      description:
        'Monatlicher Wert jeder Säule; gestrichelte Linien markieren die Schwellen für Gelb ({amber}) und Grün ({green}). Befragte per Mauszeiger oder in der Tabelle.',
      pillar: 'Säule',
      cell: '{score} ({respondents} Befr.)',
      tooltipLine: '{pillar}: {score} ({respondents} Befragte)',
      amberFrom: 'Gelb ab {value}',
      greenFrom: 'Grün ab {value}',
    },
    heatmap: {
      title: 'Säulen nach Monat, {unit}',
      description:
        'Werte 0–100: rot unter {amber} (schwach), gelb bis {green} (in Entwicklung), grün ab {green} (stark). Jede Zelle zeigt ihren Wert.',
      respondents: { one: '{count} befragte Person', other: '{count} Befragte' },
      tooltipScore: 'Wert {score}: {health}',
    },
    radar: {
      title: 'Heute, vor einem Quartal und vor einem Jahr',
      description:
        'Jede Achse ist eine Säule, von 0 in der Mitte bis 100 am Rand. Durchgezogen: heute; gestrichelt: vor einem Quartal; gepunktet: vor einem Jahr.',
      now: 'Heute ({month})',
      quarterAgo: 'Vor einem Quartal',
      yearAgo: 'Vor einem Jahr',
    },
    units: {
      title: 'Geschäftsbereiche im Vergleich, letzter Monat',
      description:
        'Die letzten Säulenwerte jedes Geschäftsbereichs in Ampelfarben; jede Zelle zeigt ihren Wert.',
    },
  },
  // metrics drill-down
  metrics: {
    noFamily:
      'Die Kennzahlenfamilie „{family}“ gibt es nicht. Wählen Sie eine der folgenden: {families}.',
    annotationsFailed:
      'Ereignisse konnten nicht geladen werden ({error}); die Diagramme zeigen keine Ereignismarken.',
    overTime: 'Im Zeitverlauf',
    unitsCompared: 'Geschäftsbereiche im Vergleich',
    familyMetricsWhat: 'Kennzahlen: {family}',
    unitsLoadingWhat: 'Werte der Geschäftsbereiche',
    unitsFailed: {
      one: '{count} Geschäftsbereich konnte nicht geladen werden und fehlt.',
      other: '{count} Geschäftsbereiche konnten nicht geladen werden und fehlen.',
    },
    embedTrendWhat: 'Trend: {metric}',
    unitsComparedBoundary: '{metric}: Geschäftsbereiche im Vergleich',
    embedNoMetric: 'Der Katalog enthält keine Kennzahl der Familie {family}.',
    interval: 'Konfidenzintervall (95 %)',
    range: '{low} bis {high}',
    trend: {
      title: '{metric}, wöchentlich',
      description: 'Schattiert: Konfidenzintervall (95 %). Gestrichelt: dieselbe Woche im Vorjahr.',
      descriptionTarget: 'Graue Striche: Ziel.',
      descriptionLowSample: {
        one: '{count} Woche mit zu kleiner Stichprobe (n\u00a0<\u00a0{min}) ist hohl dargestellt.',
        other:
          '{count} Wochen mit zu kleiner Stichprobe (n\u00a0<\u00a0{min}) sind hohl dargestellt.',
      },
      eventsLabel: 'Ereignisse im Diagramm {metric}',
      week: 'Woche',
      yearEarlier: 'Vorjahr',
      target: 'Ziel',
      legendYearEarlier: 'Dieselbe Woche im Vorjahr',
      tooltipNoData: 'keine Daten',
      tooltipInterval: 'Konfidenzintervall (95 %): {low} bis {high}',
      tooltipYearEarlier: 'Vorjahr: {value}',
      tooltipTarget: 'Ziel: {value}',
    },
    comparison: {
      title: '{metric}: Geschäftsbereiche im Vergleich',
      description:
        'Letzte Woche je Geschäftsbereich, bester zuerst, mit Konfidenzintervall (95 %) als Fehlerbalken. Überlappende Balken: womöglich kein echter Unterschied.',
      unit: 'Geschäftsbereich',
      target: 'Ziel {value}',
    },
  },
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
    headlines: {
      significant: 'signifikant',
      notSignificant: '≈ {delta}, nicht signifikant',
      significanceUnknown: '{delta}, Signifikanz unbekannt',
      noComparableData: 'keine vergleichbaren Daten',
      loadFailed: 'Konnte nicht geladen werden.',
      loading: 'Wird geladen …',
      noData: 'Keine Daten für diese Woche.',
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
    connection: {
      connected: 'Verbunden',
      notAnswering: 'API antwortet nicht, neuer Versuch',
      quiet: 'Ruhezeit',
      live: 'Live',
      degraded: 'Einige Quellen gestört',
      offline: 'Keine Verbindung zu den Daten',
    },
    overdue: 'Daten überfällig',
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
      lowSample: 'Keine Aussage zur Veränderung: {tooSmall}',
      changeVsLastWeek: '{arrow} {delta} ggü. Vorwoche',
      noSignificantChange: '≈ Keine signifikante Veränderung',
      noComparison: 'Kein Vergleich mit der Vorwoche',
      noComparisonLowSample: 'Keine Aussage zur Veränderung: {tooSmall} in der Vorwoche',
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
      noComparison: 'kein Vergleich mit der Vorwoche',
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
    noWidget: 'Unter dieser Adresse gibt es kein Widget; docs/embed.md listet alle auf.',
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
