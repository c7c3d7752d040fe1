import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  GROUP_COLORS,
  TIMELINE_COLORS,
  groupColors,
  timelineColors,
} from '../../../src/components/charts/palette';
import { LIGHT_PALETTE } from '../../../src/features/export/chart-svg';
import { PALETTES, paletteCss } from '../../../src/lib/palette';

const css = paletteCss();
const block = (selector: string) => {
  const start = css.indexOf(selector);
  return css.slice(start, css.indexOf('}', start));
};

describe('the one palette', () => {
  it('writes every colour of each theme as a custom property, dark twice (chosen and system)', () => {
    for (const [name, value] of Object.entries(PALETTES.light)) {
      expect(block(':root {')).toContain(`--${name}: ${value};`);
    }
    for (const [name, value] of Object.entries(PALETTES.dark)) {
      expect(block("[data-theme='dark']")).toContain(`--${name}: ${value};`);
      expect(block(":root:not([data-theme='light'])")).toContain(`--${name}: ${value};`);
    }
  });

  it('gives the charts and the exports the colours CSS paints', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(timelineColors(theme)).toEqual({
        dprk: PALETTES[theme]['chart-dprk'],
        other: PALETTES[theme]['chart-other'],
      });
      expect(groupColors(theme).other).toBe(PALETTES[theme]['chart-group-other']);
    }
    expect(TIMELINE_COLORS).toEqual(timelineColors('light'));
    expect(GROUP_COLORS).toEqual(groupColors('light'));
    expect(LIGHT_PALETTE.text).toBe(PALETTES.light.text);
  });

  it('is not written again in a stylesheet', () => {
    for (const file of ['src/app/styles.css', 'src/components/charts/charts.css']) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/--[a-z-]+:\s*(#|rgb)/);
    }
  });
});
