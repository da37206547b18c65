// The colours charts take from the active theme, read from the CSS variables once per render.
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

const fallback: ChartTheme = {
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
};

/** The active theme's chart colours (a fixed light theme outside a browser). */
export function readChartTheme(
  root: HTMLElement | null = typeof document === 'undefined' ? null : document.documentElement,
): ChartTheme {
  if (!root) return fallback;
  const css = getComputedStyle(root);
  const v = (name: string, dflt: string) => css.getPropertyValue(name).trim() || dflt;
  const attr = root.closest<HTMLElement>('[data-theme]')?.dataset.theme;
  const dark =
    attr === 'dark' ||
    (attr === 'auto' &&
      typeof matchMedia !== 'undefined' &&
      matchMedia('(prefers-color-scheme: dark)').matches);
  const name: ThemeName = attr === 'high-contrast' ? 'high-contrast' : dark ? 'dark' : 'light';
  return {
    name,
    text: v('--text', fallback.text),
    muted: v('--text-muted', fallback.muted),
    grid: v('--border', fallback.grid),
    surface: v('--surface', fallback.surface),
    line: v('--line', fallback.line),
    band: v('--band', fallback.band),
    good: v('--good', fallback.good),
    bad: v('--bad', fallback.bad),
    target: v('--target', fallback.target),
    fontSize:
      Number.parseFloat(v('--chart-font-size', String(fallback.fontSize))) || fallback.fontSize,
  };
}

export const lightChartTheme = fallback;
