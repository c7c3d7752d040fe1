import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type IncidentFilters } from '../../../src/domain/filter';
import {
  describeExportFilters,
  describeSource,
  shortSourceName,
} from '../../../src/lib/i18n/view-caption';
import { formattersFor, formatUsdCompact } from '../../../src/lib/format';
import { shortCitation } from '../../../src/lib/i18n/citation';
import { MESSAGES } from '../../../src/lib/i18n/i18n';

const filters = (change: Partial<IncidentFilters>): IncidentFilters => ({
  ...EMPTY_FILTERS,
  ...change,
});
const SPAN = { firstDate: '2011-06-13', lastDate: '2026-08-19' };

describe('describeExportFilters: the active filters in words, the period last', () => {
  it.each<[string, Partial<IncidentFilters>, string]>([
    [
      'the DPRK view',
      { from: '2025-01', to: '2025-09', attribution: 'DPRK' },
      'Attributed to DPRK · Jan 2025 – Sep 2025',
    ],
    ['no filters', {}, 'All incidents · All time (Jun 2011 – Aug 2026)'],
    ['one month', { from: '2025-02', to: '2025-02' }, 'All incidents · Feb 2025'],
    ['a start only', { from: '2024-01' }, 'All incidents · From Jan 2024'],
    ['an end only', { to: '2019-12' }, 'All incidents · Until Dec 2019'],
    [
      'unattributed bridges',
      { attribution: 'unattributed', categories: ['bridge'] },
      'Unattributed · Bridge · All time (Jun 2011 – Aug 2026)',
    ],
    [
      'a chain, a technique and a search',
      { chains: ['Ethereum'], technique: 'Phishing', search: ' drain ' },
      // Each value from the data sits between FSI and PDI, so its direction stays its own.
      'Chain: \u2068Ethereum\u2069 · Technique: \u2068Phishing\u2069 · Search: “\u2068drain\u2069” · All time (Jun 2011 – Aug 2026)',
    ],
    [
      'amount bounds',
      { minAmount: 1_000_000, maxAmount: 2e9 },
      `At least ${formatUsdCompact(1e6)} · At most ${formatUsdCompact(2e9)} · All time (Jun 2011 – Aug 2026)`,
    ],
  ])('describes %s', (_case, change, caption) => {
    expect(describeExportFilters(filters(change), SPAN)).toBe(caption);
  });

  it('says "All time" alone when the data span is unknown', () => {
    expect(describeExportFilters(EMPTY_FILTERS)).toBe('All incidents · All time');
    expect(describeExportFilters(EMPTY_FILTERS, { firstDate: null, lastDate: null })).toBe(
      'All incidents · All time',
    );
  });
});

describe('describeSource: the credit line under an image', () => {
  const current = { lastDate: '2026-08-19', version: '2026-12-01' };

  it('opens with the short citation, then names the sources without their brackets, how current the data is and the export day', () => {
    const sources = [
      { name: 'DeFiHackLabs (SunWeb3Sec/DeFiHackLabs)', url: null, incidentCount: 586 },
      {
        name: "T. Monahan's DPRK list (tayvano/lazarus-bluenoroff-research)",
        url: null,
        incidentCount: 260,
      },
      { name: 'Curated press and incident pages', url: null, incidentCount: 54 },
    ];
    expect(describeSource({ sources, ...current }, '2026-12-02')).toBe(
      "Cite as: Crypto Theft Tracker (dataset of 1 Dec 2026) · data: DeFiHackLabs, T. Monahan's DPRK list, Curated press and incident pages · data to 19 Aug 2026, exported 2 Dec 2026",
    );
  });

  it('says the same in French, with the short citation word for word as the Cite dialog gives it', () => {
    const credit = describeSource({ sources: [], ...current }, '2026-12-02', 'fr');
    expect(credit).toBe(
      'Citer : Crypto Theft Tracker (données du 1 déc. 2026) · données jusqu’au 19 août 2026, exporté le 2 déc. 2026',
    );
    expect(credit).toContain(shortCitation(current.version, MESSAGES.fr, formattersFor('fr')));
  });

  it('carries the short citation verbatim and says the dataset date once', () => {
    const credit = describeSource({ sources: [], ...current }, '2026-12-02');
    expect(credit).toContain(shortCitation(current.version, MESSAGES.en, formattersFor('en')));
    expect(credit.match(/1 Dec 2026/g)).toHaveLength(1);
    expect(credit.match(/Crypto Theft Tracker/g)).toHaveLength(1);
  });

  it('leaves out the version when the dataset states none', () => {
    expect(
      describeSource({ sources: [], lastDate: '2026-08-19', version: null }, '2026-12-02'),
    ).toBe('Cite as: Crypto Theft Tracker · data to 19 Aug 2026, exported 2 Dec 2026');
  });

  it('leaves out the data part when the dataset names no source, and says when it was exported when it has no rows', () => {
    expect(describeSource({ sources: [], lastDate: null, version: null }, '2026-01-02')).toBe(
      'Cite as: Crypto Theft Tracker · generated 2 Jan 2026',
    );
  });

  it.each([
    ['rekt.news articles (ohix/rekt.news)', 'rekt.news articles'],
    ['Plain name', 'Plain name'],
    ['(only a bracket)', '(only a bracket)'],
  ])('shortens %j to %j', (name, short) => {
    expect(shortSourceName(name)).toBe(short);
  });
});
