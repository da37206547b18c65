import { describe, expect, it } from 'vitest';
import { chartThemes } from './chart-theme';
import { contrastRatio, minPairwiseDeltaE, type Vision } from './colour-vision';
import { seriesColours, type ThemeName } from './palette';

/** Pairwise CIEDE2000 each series colour keeps from every other: clearly different at a glance. */
const MIN_DELTA_E_NORMAL = 20;
/** The same after simulating a dichromacy (Machado et al. 2009, severity 1.0): still told apart. */
const MIN_DELTA_E_CVD = 10;
/** Graphical objects against what they are drawn on (WCAG 1.4.11). */
const MIN_CONTRAST = 3;

/** What charts sit on in each theme: the panel's surface and the page (embeds), as in theme.css. */
const backgrounds: Record<ThemeName, string[]> = {
  light: [chartThemes.light.surface, '#eef1f5'],
  dark: [chartThemes.dark.surface, '#0f1722'],
  'high-contrast': [chartThemes['high-contrast'].surface],
};

const visions: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
const themes = Object.keys(seriesColours) as ThemeName[];

describe('series palette', () => {
  for (const theme of themes) {
    const palette = seriesColours[theme];
    for (const vision of visions) {
      const threshold = vision === 'normal' ? MIN_DELTA_E_NORMAL : MIN_DELTA_E_CVD;
      it(`${theme}: every pair differs by ΔE2000 ≥ ${threshold} (${vision})`, () => {
        const { deltaE, pair } = minPairwiseDeltaE(palette, vision);
        expect(deltaE, `${pair.join(' vs ')} under ${vision}`).toBeGreaterThanOrEqual(threshold);
      });
    }

    it(`${theme}: every series colour keeps ${MIN_CONTRAST}:1 against the background`, () => {
      for (const colour of palette)
        for (const bg of backgrounds[theme])
          expect(contrastRatio(colour, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(
            MIN_CONTRAST,
          );
    });
  }
});
