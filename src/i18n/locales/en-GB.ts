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

export type Messages = typeof messages;

const locale: LocaleDefinition<Messages> = {
  id: 'en-GB',
  name: 'English (UK)',
  dateLocale: enGB,
  messages,
};

export default locale;
