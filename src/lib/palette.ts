// Colours that mean the same everywhere: stages, pillars, health and good/bad, per theme.
import type { Health } from './pillars';

export type ThemeName = 'light' | 'dark' | 'high-contrast';

/** Stage colours by the stage's position in the ladder (awareness first). */
const stageColours: Record<ThemeName, string[]> = {
  light: ['#8a94a6', '#c77700', '#1f6fd1', '#15803d', '#7c3aed'],
  dark: ['#a3adbd', '#f5a524', '#6ea8fe', '#4ade80', '#c4a5ff'],
  'high-contrast': ['#ffffff', '#ffd400', '#00d0ff', '#00ff7f', '#ff80ff'],
};

/** Okabe–Ito based, safe for the common colour-vision deficiencies; one per pillar in catalog order. */
const pillarColours: Record<ThemeName, string[]> = {
  light: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#8a7a00', '#444444'],
  dark: ['#56B4E9', '#E69F00', '#2fd3a0', '#e8a0c8', '#9fd6f5', '#ff8c42', '#f0e442', '#cccccc'],
  'high-contrast': [
    '#00d0ff',
    '#ffb000',
    '#00ff9f',
    '#ff9ee0',
    '#ffffff',
    '#ff7a30',
    '#ffff00',
    '#bbbbbb',
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
  const colours = pillarColours[theme];
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
