import { describe, expect, it } from 'vitest';
import { fullViewUrl, periodViewUrl, readEmbedParams } from '../../../src/embed/embed-links';

describe('readEmbedParams: the chart and theme an embed link asks for', () => {
  it.each([
    [
      '?chart=largest&theme=dark',
      { chart: 'largest', theme: 'dark', badChart: null, badTheme: null },
    ],
    ['', { chart: 'timeline', theme: 'auto', badChart: null, badTheme: null }],
    [
      '?chart=pie&theme=pink',
      { chart: 'timeline', theme: 'auto', badChart: 'pie', badTheme: 'pink' },
    ],
  ])('%s', (search, expected) => {
    expect(readEmbedParams(search)).toEqual(expected);
  });
});

describe('the links back to the full view', () => {
  const EMBED =
    'https://ctt.example/tracker/embed.html?chart=timeline&from=2024-01&mode=quarterly&dataset=2026-12-01&lang=fr&theme=auto';

  it('open the dashboard in the same folder with every parameter but the chart', () => {
    expect(fullViewUrl(EMBED)).toBe(
      'https://ctt.example/tracker/?from=2024-01&mode=quarterly&dataset=2026-12-01&lang=fr',
    );
  });

  it.each([
    ['2025-02', '2025-02', '2025-02'],
    ['2025-Q3', '2025-07', '2025-09'],
    ['2024', '2024-01', '2024-12'],
  ])('narrow the view to the bar chosen, %s, month by month', (period, from, to) => {
    const url = new URL(periodViewUrl(EMBED, period));
    expect(url.searchParams.get('from')).toBe(from);
    expect(url.searchParams.get('to')).toBe(to);
    expect(url.searchParams.has('mode')).toBe(false);
    expect(url.searchParams.get('dataset')).toBe('2026-12-01');
  });
});
