import { describe, expect, it } from 'vitest';
import { buildChartSvg, type ChartImage } from '../../../src/features/export/chart-svg';
import { estimateText, wrapText } from '../../../src/features/export/text-layout';

const SVG_NS = 'http://www.w3.org/2000/svg';

function drawnChart(width: number, height: number) {
  const node = document.createElementNS(SVG_NS, 'svg');
  node.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const bar = document.createElementNS(SVG_NS, 'path');
  bar.setAttribute('class', 'recharts-bar-rectangle');
  node.append(bar);
  return { node, width, height, cropTop: 0 };
}

const IMAGE: ChartImage = {
  title: 'Largest incidents',
  caption: 'Search: “<script>alert(1)</script>” · All time',
  legend: [{ label: 'A & B <b>', color: '#b4233c', shape: 'bar' }],
  description: 'What the chart shows.',
  source: 'Cite as: Crypto Theft Tracker · data: DeFiHackLabs · generated 2026-11-29',
  chart: drawnChart(600, 300),
  width: 600,
  emptyMessage: 'No incidents match these filters.',
};

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('buildChartSvg', () => {
  it('is a standalone SVG document: namespace, viewBox, width and height, font family', () => {
    const svg = buildChartSvg(IMAGE, estimateText);
    const root = parseSvg(svg.text).documentElement;
    expect(svg.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(root.getAttribute('xmlns')).toBe(SVG_NS);
    expect(root.getAttribute('width')).toBe(String(svg.width));
    expect(root.getAttribute('height')).toBe(String(svg.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${svg.width} ${svg.height}`);
    expect(root.getAttribute('font-family')).toMatch(/sans-serif$/);
    expect(svg.width).toBe(600 + 48);
    expect(svg.height).toBeGreaterThan(300);
  });

  it('keeps hostile text as text: markup in a caption or label is escaped, never parsed', () => {
    const svg = buildChartSvg(IMAGE, estimateText);
    expect(svg.text).not.toContain('<script>');
    expect(svg.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const doc = parseSvg(svg.text);
    expect(doc.querySelector('script, b')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).toContain('Search: “<script>alert(1)</script>” · All time');
    expect(texts).toContain('A & B <b>');
    expect(texts).toContain('Largest incidents');
    expect(texts).toContain(
      'Cite as: Crypto Theft Tracker · data: DeFiHackLabs · generated 2026-11-29',
    );
  });

  it('drops characters that XML cannot hold', () => {
    const svg = buildChartSvg({ ...IMAGE, title: 'Bad\u0000\u0008name' }, estimateText);
    expect(parseSvg(svg.text).querySelector('title')?.textContent).toBe('Badname');
  });

  it('carries the chart title as its <title> and the sentence of what it shows as its <desc>', () => {
    const root = parseSvg(buildChartSvg(IMAGE, estimateText).text).documentElement;
    expect(root.querySelector(':scope > title')?.textContent).toBe('Largest incidents');
    expect(root.querySelector(':scope > desc')?.textContent).toBe('What the chart shows.');
  });

  it('has a background unless it is made transparent', () => {
    const rect = (image: ChartImage) =>
      parseSvg(buildChartSvg(image, estimateText).text).querySelector(':root > rect');
    expect(rect(IMAGE)?.getAttribute('width')).toBe(String(600 + 48));
    expect(rect({ ...IMAGE, isTransparent: true })).toBeNull();
  });

  it.each([
    ['a web box', 960, 540],
    ['a square box', 540, 540],
  ])(
    'fits a tall chart into %s: the exact size, the chart laid smaller, every line kept',
    (_, width, height) => {
      const image = { ...IMAGE, chart: drawnChart(912, 900), frame: { width, height } };
      const svg = buildChartSvg(image, estimateText);
      expect(svg).toMatchObject({ width, height });
      const doc = parseSvg(svg.text);
      const inner = doc.documentElement.querySelector('svg');
      const bottom = Number(inner?.getAttribute('y')) + Number(inner?.getAttribute('height'));
      expect(bottom).toBeLessThan(height);
      expect(Number(inner?.getAttribute('width'))).toBeLessThanOrEqual(width - 48);
      const texts = [...doc.querySelectorAll('text')].map((text) => text.textContent);
      expect(texts).toEqual(expect.arrayContaining(['Largest incidents', IMAGE.source]));
      for (const text of doc.querySelectorAll('text')) {
        expect(Number(text.getAttribute('y'))).toBeLessThanOrEqual(height);
      }
    },
  );

  it('is as tall as its content at a preset with no fixed height (print)', () => {
    const svg = buildChartSvg({ ...IMAGE, frame: { width: 794, height: null } }, estimateText);
    expect(svg.width).toBe(794);
    expect(svg.height).toBeGreaterThan(300);
  });

  it('draws the chart inside, below the title, caption and legend', () => {
    const doc = parseSvg(
      buildChartSvg({ ...IMAGE, chart: drawnChart(700, 200) }, estimateText).text,
    );
    const inner = doc.documentElement.querySelector('svg');
    expect(inner?.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(1);
    expect(Number(inner?.getAttribute('y'))).toBeGreaterThan(80);
  });

  it('says that no incidents match when there is no chart', () => {
    const svg = buildChartSvg({ ...IMAGE, chart: null, legend: [] }, estimateText);
    const doc = parseSvg(svg.text);
    expect(doc.documentElement.querySelector('svg')).toBeNull();
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toContain(
      'No incidents match these filters.',
    );
  });
});

describe('wrapText', () => {
  const measure = (text: string) => text.length; // one unit per character

  it('keeps " · " parts together where they fit and breaks between them', () => {
    expect(
      wrapText('Crypto Theft Tracker · data: A, B · generated 2026-11-29', 36, 1, measure),
    ).toEqual(['Crypto Theft Tracker · data: A, B ·', 'generated 2026-11-29']);
  });

  it('flows a part too long for any line on from where the line is', () => {
    expect(wrapText('App · data: one, two, three, four · day 1', 20, 1, measure)).toEqual([
      'App · data: one,',
      'two, three, four ·',
      'day 1',
    ]);
  });

  it('breaks a part that is too long at spaces', () => {
    expect(wrapText('one two three four', 9, 1, measure)).toEqual(['one two', 'three', 'four']);
  });

  it('gives a word longer than a line a line of its own', () => {
    expect(wrapText('a verylongword b', 5, 1, measure)).toEqual(['a', 'verylongword', 'b']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('', 10, 1, measure)).toEqual([]);
  });
});
