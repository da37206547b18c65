// The colours charts use in each theme; the same values as the CSS variables in src/styles/theme.css,
// kept here so a chart's option is a pure function of the theme's name.
import type { ThemeName } from './palette';

export interface ChartTheme {
  name: ThemeName;
  text: string;
  muted: string;
  grid: string;
  surface: string;
  line: string;
  band: string;
  good: string;
  bad: string;
  target: string;
  fontSize: number;
}

export const chartThemes: Record<ThemeName, ChartTheme> = {
  light: {
    name: 'light',
    text: '#142033',
    muted: '#4a5568',
    grid: '#d5dbe3',
    surface: '#ffffff',
    line: '#1f4e8c',
    band: 'rgba(31, 78, 140, 0.14)',
    good: '#0f7b3f',
    bad: '#b3261e',
    target: '#6b7280',
    fontSize: 13,
  },
  dark: {
    name: 'dark',
    text: '#e8edf4',
    muted: '#a9b4c4',
    grid: '#2d3b50',
    surface: '#17212f',
    line: '#8ab4f8',
    band: 'rgba(138, 180, 248, 0.2)',
    good: '#5fd08a',
    bad: '#ff8a80',
    target: '#a9b4c4',
    fontSize: 13,
  },
  'high-contrast': {
    name: 'high-contrast',
    text: '#ffffff',
    muted: '#e6e6e6',
    grid: '#8c8c8c',
    surface: '#000000',
    line: '#ffffff',
    band: 'rgba(255, 255, 255, 0.25)',
    good: '#00ff7f',
    bad: '#ff6b6b',
    target: '#ffff00',
    fontSize: 13,
  },
};

export const lightChartTheme = chartThemes.light;

/** The operating system's dark mode, which `auto` follows. */
export const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/**
 * The theme a setting resolves to: `auto` follows the operating system. Components take it from
 * `useResolvedTheme`, which re-renders them when the system switches; this reads the system once.
 */
export function resolveTheme(
  setting: string,
  systemDark = typeof matchMedia !== 'undefined' && matchMedia(SYSTEM_DARK).matches,
): ThemeName {
  if (setting === 'dark' || setting === 'high-contrast' || setting === 'light') return setting;
  return systemDark ? 'dark' : 'light';
}
