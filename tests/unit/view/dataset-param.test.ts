import { describe, expect, it } from 'vitest';
import { fitViewToLink, linkToView } from '../../../src/domain/link-budget';
import { DEFAULT_VIEW } from '../../../src/domain/view-state';
import { parseViewParams, serializeViewParams } from '../../../src/domain/view-url';
import { liveViewUrl } from '../../../src/features/pinned/pinned-notice';
import { fr } from '../../../src/lib/i18n/messages-fr';
import { parseViewInWords } from './view-in-words';

const at = (search: string, hash = '') => ({
  origin: 'https://tracker.example',
  pathname: '/',
  search,
  hash,
});

describe('dataset= in a link', () => {
  it('reads the version a link is pinned to, with no notice', () => {
    const parsed = parseViewParams('?dataset=2026-11-29&from=2025-01');
    expect(parsed.dataset).toBe('2026-11-29');
    expect(parsed.notices).toEqual([]);
    expect(parsed.view.filters.from).toBe('2025-01');
  });

  it('is the live data when absent or empty', () => {
    expect(parseViewParams('').dataset).toBeNull();
    expect(parseViewParams('?dataset=').dataset).toBeNull();
    expect(parseViewParams('?dataset=').notices).toEqual([]);
  });

  it('reads a version typed with spaces around it', () => {
    expect(parseViewParams('?dataset=%202026-11-29%20').dataset).toBe('2026-11-29');
  });

  it.each(['latest', '2026-11', '29-11-2026', '2026-11-29x', '2026/11/29'])(
    'ignores dataset=%s, saying how a version is written',
    (value) => {
      const { notices } = parseViewInWords(`?dataset=${encodeURIComponent(value)}`);
      expect(parseViewParams(`?dataset=${encodeURIComponent(value)}`).dataset).toBeNull();
      expect(notices).toEqual([
        `Ignored dataset=“${value}”: not a dataset version written YYYY-MM-DD, such as 2026-11-29.`,
      ]);
    },
  );

  it('says it in French', () => {
    expect(parseViewInWords('?dataset=latest', fr).notices).toEqual([
      'dataset=« latest » ignoré : pas une version du jeu de données écrite AAAA-MM-JJ, comme 2026-11-29.',
    ]);
  });

  it('uses the first of two, and says so', () => {
    const parsed = parseViewInWords('?dataset=2026-11-29&dataset=2026-12-01');
    expect(parseViewParams('?dataset=2026-11-29&dataset=2026-12-01').dataset).toBe('2026-11-29');
    expect(parsed.notices).toHaveLength(1);
    expect(parsed.notices[0]).toContain('dataset');
  });
});

describe('writing a pinned link', () => {
  it('keeps the pin of the link being changed, after the view and before the language', () => {
    const keep = new URLSearchParams('dataset=2026-11-29&lang=fr&from=2020-01');
    const view = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, from: '2025-01' } };
    expect(serializeViewParams(view, keep)).toBe('from=2025-01&dataset=2026-11-29&lang=fr');
  });

  it('leaves out a value that is not a version', () => {
    expect(serializeViewParams(DEFAULT_VIEW, new URLSearchParams('dataset=latest'))).toBe('');
  });

  it('writes no pin for a view of its own (no link to keep one from)', () => {
    expect(serializeViewParams(DEFAULT_VIEW)).toBe('');
  });

  it('keeps the pin in the link "Copy link" and the citation give', () => {
    expect(linkToView(at('?attribution=DPRK&dataset=2026-11-29'))).toBe(
      'https://tracker.example/?attribution=DPRK&dataset=2026-11-29',
    );
  });

  it('keeps the pin when a long link is cut to fit', () => {
    const search = 'x'.repeat(100);
    const view = {
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_VIEW.filters, search, technique: '漢'.repeat(200) },
    };
    const fitted = fitViewToLink(view, new URLSearchParams('dataset=2026-11-29'), 1_000);
    expect(fitted.cuts.length).toBeGreaterThan(0);
    expect(new URLSearchParams(fitted.query).get('dataset')).toBe('2026-11-29');
  });

  it('links to the live view: the same link without its pin', () => {
    expect(liveViewUrl(at('?from=2025-01&dataset=2026-11-29&lang=fr', '#table'))).toBe(
      'https://tracker.example/?from=2025-01&lang=fr#table',
    );
    expect(liveViewUrl(at('?dataset=2026-11-29'))).toBe('https://tracker.example/');
  });
});
