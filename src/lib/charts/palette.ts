// Colours that mean the same everywhere: stages, pillars, health and good/bad, per theme.
import type { Health } from '@/domain/pillars';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** Stage colours by the stage's position in the ladder (awareness first). */
const stageColours: Record<ThemeName, string[]> = {
  light: ['#8a94a6', '#c77700', '#1f6fd1', '#15803d', '#7c3aed'],
  dark: ['#a3adbd', '#f5a524', '#6ea8fe', '#4ade80', '#c4a5ff'],
  'high-contrast': ['#ffffff', '#ffd400', '#00d0ff', '#00ff7f', '#ff80ff'],
};

/**
 * Series colours, one per pillar in catalog order: Okabe–Ito based, moved until every pair stays apart
 * (CIEDE2000) for normal vision and simulated protan, deutan and tritan vision, and each keeps 3:1
 * against the theme's backgrounds; palette.test.ts holds the thresholds.
 */
export const seriesColours: Record<ThemeName, readonly string[]> = {
  light: ['#00548b', '#9a8454', '#009a7f', '#c26ba3', '#0088fe', '#d65f03', '#545a00', '#383a39'],
  dark: ['#1896d3', '#e69f00', '#23d19e', '#dca0c7', '#a8e0ff', '#d96f3d', '#f0e544', '#e5e1d4'],
  'high-contrast': [
    '#0ec7f5',
    '#ffb000',
    '#00ff9f',
    '#ff7acc',
    '#fcfeff',
    '#f17129',
    '#ffff00',
    '#a4a2a2',
  ],
};

const healthColours: Record<ThemeName, Record<Health, string>> = {
  light: { red: '#c9372c', amber: '#e8a317', green: '#2e8b57' },
  dark: { red: '#e5534b', amber: '#d4a72c', green: '#3fb950' },
  'high-contrast': { red: '#ff4d4d', amber: '#ffd400', green: '#00ff7f' },
};

export function stageColour(index: number, theme: ThemeName): string {
  const colours = stageColours[theme];
  return colours[Math.min(Math.max(index, 0), colours.length - 1)]!;
}

export function pillarColour(index: number, theme: ThemeName): string {
  const colours = seriesColours[theme];
  return colours[index % colours.length]!;
}

export function healthColour(health: Health, theme: ThemeName): string {
  return healthColours[theme][health];
}

/** Text that reads on a health colour. */
export function healthTextColour(health: Health, theme: ThemeName): string {
  if (theme === 'high-contrast') return '#000000';
  return health === 'amber' ? '#1a1a1a' : '#ffffff';
}
