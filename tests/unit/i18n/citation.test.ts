import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../../src/lib/format';
import { buildCitation, shortCitation } from '../../../src/lib/i18n/citation';
import { en } from '../../../src/lib/i18n/messages-en';
import { fr } from '../../../src/lib/i18n/messages-fr';

const input = {
  view: ['Jan 2025 – Sep 2025', 'Attributed to DPRK'],
  version: '2026-12-01',
  lastDate: '2026-08-19',
  url: 'https://tracker.example/?from=2025-01&to=2025-09&attribution=DPRK',
  retrieved: '2026-12-02',
};

describe('the citation of a view', () => {
  it('gives the short form for a caption, with the dataset version', () => {
    expect(shortCitation('2026-12-01', en, formattersFor('en'))).toBe(
      'Crypto Theft Tracker (dataset of 1 Dec 2026)',
    );
    expect(shortCitation(null, en, formattersFor('en'))).toBe('Crypto Theft Tracker');
  });

  it('gives the full form: the view in words, version, cut-off, permalink, retrieval day', () => {
    const { full } = buildCitation(input, en, formattersFor('en'));
    expect(full).toBe(
      'Jan 2025 – Sep 2025; Attributed to DPRK. Crypto Theft Tracker, dataset of 1 Dec 2026, incidents to 19 Aug 2026. https://tracker.example/?from=2025-01&to=2025-09&attribution=DPRK (retrieved 2 Dec 2026).',
    );
  });

  it('says in French what it says in English', () => {
    const { short, full } = buildCitation(input, fr, formattersFor('fr'));
    expect(short).toMatch(/^Crypto Theft Tracker \(données du 1 déc\. 2026\)$/);
    expect(full).toContain('consulté le 2 déc. 2026');
    expect(full).toContain(input.url);
  });

  it('names the unfiltered view', () => {
    expect(buildCitation({ ...input, view: [] }, en, formattersFor('en')).full).toMatch(
      /^All incidents\. /,
    );
  });

  it('writes a BibTeX entry a reference manager reads, special characters escaped', () => {
    const { bibtex } = buildCitation(
      { ...input, view: ['Search: 50% & more_{x}'] },
      en,
      formattersFor('en'),
    );
    expect(bibtex).toMatch(/^@misc\{cryptothefttracker20261201,\n/);
    expect(bibtex).toContain('title = {Crypto Theft Tracker: Search: 50\\% \\& more\\_\\{x\\}},');
    expect(bibtex).toContain(`howpublished = {\\url{${input.url}}},`);
    expect(bibtex).toContain('urldate = {2026-12-02}');
    expect(bibtex.match(/\{/g)?.length).toBe(bibtex.match(/\}/g)?.length);
  });

  it('writes an RIS record, one field per CRLF line, ending with ER', () => {
    const { ris } = buildCitation({ ...input, view: ['a\nb'] }, en, formattersFor('en'));
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - DATA');
    expect(lines).toContain('TI  - Crypto Theft Tracker: a b');
    expect(lines).toContain(`UR  - ${input.url}`);
    expect(lines).toContain('Y2  - 2026/12/02');
    expect(lines).toContain('ER  - ');
    for (const line of lines.filter((l) => l !== '')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });
});
