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

const locale: LocaleDefinition<Messages> = {
  id: 'en-US',
  name: 'English (US)',
  dateLocale: enUS,
  messages,
};

export default locale;
