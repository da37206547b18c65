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
    display: 'Anzeige',
    themeInvalid:
      'Das Farbschema „{value}“ aus der Adresse ist nicht verfügbar; angezeigt wird {fallback}.',
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
