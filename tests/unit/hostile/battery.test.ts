// @vitest-environment node
// The project's own hostile battery (issue 17): each case with the outcome it must have written
// beside it. "clear message": the load fails with a message that says what to fix; "nothing
// lost": every valid row is shown and each bad one is reported with its reason; "verbatim": text
// is kept exactly as sent (it is drawn as text, never run: the browser suite checks that).
// Cases that need a browser (bidi, overflow, downloads) are in tests/e2e/hostile-battery.test.ts.
import { parseViewInWords } from '../view/view-in-words';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponse, SMALL_ROWS } from '../../../mocks/fixtures/responses';
import { IncidentsError } from '../../../src/data/incidents-error';
import { parseIncidentsResponse } from '../../../src/data/parse-incidents';
import { fitViewToLink, linkToView, MAX_LINK_LENGTH } from '../../../src/domain/link-budget';
import { DEFAULT_VIEW } from '../../../src/domain/view-state';

const bad = (overrides: Record<string, unknown>) => ({
  ...makeIncident({ id: 'bad' }),
  ...overrides,
});
const without = (field: string) =>
  Object.fromEntries(Object.entries(makeIncident({ id: 'bad' })).filter(([key]) => key !== field));
const meta = incidentsResponse(SMALL_ROWS).meta;

/** A body the endpoint might send, and what the client must do with it. */
type BodyOutcome =
  | { readonly fatal: string }
  | {
      /** Valid rows shown (nothing lost). */
      readonly shown: number;
      /** Each skipped row as `field: reason` (a reason a person can act on). */
      readonly skipped?: readonly string[];
      /** The kinds of problem reported about `meta`. */
      readonly meta?: readonly string[];
      /** A name that must come through verbatim. */
      readonly verbatim?: string;
    };

const rows = (...extra: unknown[]) => incidentsResponse([...SMALL_ROWS, ...extra]);
const named = (name: string) => rows(makeIncident({ id: 'strange', name }));

const BODIES: readonly (readonly [string, string, unknown, BodyOutcome])[] = [
  // Endpoint answers: only a body without an incidents list is fatal.
  ['answer', 'a JSON list', [], { fatal: 'the body must be an object' }],
  ['answer', 'JSON null', null, { fatal: 'the body must be an object' }],
  ['answer', 'a number', 42, { fatal: 'the body must be an object' }],
  ['answer', 'incidents as an object', { incidents: {}, meta }, { fatal: 'must be a list' }],
  ['answer', 'no incidents key', { meta }, { fatal: 'incidents: is missing' }],
  ['answer', 'an empty list', incidentsResponse([]), { shown: 0 }],
  // Rows: each bad row is skipped with its field and reason; the rest are shown.
  [
    'row',
    'a missing amount',
    rows(without('amountUsd')),
    { shown: 3, skipped: ['amountUsd: is missing'] },
  ],
  [
    'row',
    'an impossible date',
    rows(bad({ date: '2025-02-30' })),
    { shown: 3, skipped: ['date: is not a real calendar date'] },
  ],
  [
    'row',
    'year 0000',
    rows(bad({ date: '0000-01-01' })),
    { shown: 3, skipped: ['date: is not a real calendar date'] },
  ],
  [
    'row',
    'a negative amount',
    rows(bad({ amountUsd: -1 })),
    { shown: 3, skipped: ['amountUsd: must be greater than zero'] },
  ],
  [
    'row',
    'an amount as text',
    rows(bad({ amountUsd: '1e6' })),
    { shown: 3, skipped: ['amountUsd: must be a number of US dollars'] },
  ],
  [
    'row',
    'an absurd amount',
    rows(bad({ amountUsd: 1e15 })),
    { shown: 3, skipped: ['amountUsd: must not exceed $100,000,000,000'] },
  ],
  [
    'row',
    'more returned than stolen',
    rows(bad({ amountUsd: 39_750_000, returnedUsd: 51e6 })),
    { shown: 3, skipped: ['returnedUsd: must not exceed amountUsd (more returned than stolen)'] },
  ],
  [
    'row',
    'an unknown category',
    rows(bad({ category: 'casino' })),
    {
      shown: 3,
      skipped: [
        'category: must be one of defi-protocol, centralized-exchange, bridge, wallet, gaming, other',
      ],
    },
  ],
  [
    'row',
    'a javascript: source',
    rows(bad({ sourceUrls: [HOSTILE.javascriptUrl] })),
    { shown: 3, skipped: ['sourceUrls.0: must be an http(s) URL'] },
  ],
  [
    'row',
    'a data: source',
    rows(bad({ sourceUrls: [HOSTILE.dataUrl] })),
    { shown: 3, skipped: ['sourceUrls.0: must be an http(s) URL'] },
  ],
  [
    'row',
    'a source with user:pass@',
    rows(bad({ sourceUrls: ['https://user:pass@example.org/'] })),
    {
      shown: 3,
      skipped: [
        'sourceUrls.0: must not carry a user name or password (user:pass@): such a link is refused',
      ],
    },
  ],
  [
    'row',
    'no source',
    rows(bad({ sourceUrls: [] })),
    { shown: 3, skipped: ['sourceUrls: must list at least one source'] },
  ],
  [
    'row',
    'a duplicate id',
    rows(bad({ id: 'alpha' })),
    { shown: 3, skipped: ['id: duplicates an earlier row'] },
  ],
  [
    'row',
    'not an object',
    rows('a row'),
    { shown: 3, skipped: ['(row): is not an incident object'] },
  ],
  [
    'row',
    'a __proto__ key instead of fields',
    rows(JSON.parse('{"id":"p","__proto__":{"amountUsd":5}}')),
    { shown: 3, skipped: ['date: is missing'] },
  ],
  // Identifiers and option values a link can carry.
  [
    'identifier',
    'an id of 10,000 characters',
    rows(bad({ id: 'i'.repeat(10_000) })),
    { shown: 3, skipped: ['id: must be at most 200 characters'] },
  ],
  [
    'identifier',
    'an id with a lone surrogate',
    rows(bad({ id: 'x\uD800' })),
    {
      shown: 3,
      skipped: ['id: must be well-formed Unicode (it holds a lone surrogate, half of a character)'],
    },
  ],
  [
    'identifier',
    'a chain with a lone surrogate',
    rows(bad({ chains: ['\uDFFF'] })),
    {
      shown: 3,
      skipped: [
        'chains.0: must be well-formed Unicode (it holds a lone surrogate, half of a character)',
      ],
    },
  ],
  [
    'identifier',
    'a technique of 201 characters',
    rows(bad({ technique: 't'.repeat(201) })),
    { shown: 3, skipped: ['technique: must be at most 200 characters'] },
  ],
  [
    'identifier',
    'an attribution of zero-width spaces',
    rows(bad({ attribution: '\u200B\u200B' })),
    { shown: 3, skipped: ['attribution: must not be blank (nothing visible in it)'] },
  ],
  // Names: blank ones are skipped; strange but visible ones are kept verbatim.
  [
    'text',
    'a name of zero-width characters only',
    named('\u200B\u200C\u200D\uFEFF'),
    { shown: 3, skipped: ['name: must not be blank (nothing visible in it)'] },
  ],
  [
    'text',
    'a name with a lone surrogate',
    named('Bad\uD83D name'),
    {
      shown: 3,
      skipped: [
        'name: must be well-formed Unicode (it holds a lone surrogate, half of a character)',
      ],
    },
  ],
  ['text', 'a script tag', named(HOSTILE.scriptName), { shown: 4, verbatim: HOSTILE.scriptName }],
  [
    'text',
    'a spreadsheet formula',
    named(HOSTILE.formulaName),
    { shown: 4, verbatim: HOSTILE.formulaName },
  ],
  [
    'text',
    'a right-to-left override',
    named('Evil\u202E Exchange'),
    { shown: 4, verbatim: 'Evil\u202E Exchange' },
  ],
  [
    'text',
    'a 1 MB name',
    named('N'.repeat(1_000_000)),
    { shown: 4, verbatim: 'N'.repeat(1_000_000) },
  ],
  ['text', 'a 300-character word', named('W'.repeat(300)), { shown: 4, verbatim: 'W'.repeat(300) }],
  [
    'text',
    'emoji and combining marks',
    named('Cafe\u0301 😀'),
    { shown: 4, verbatim: 'Cafe\u0301 😀' },
  ],
  // Metadata: a bad description never hides a valid row.
  [
    'meta',
    'an impossible firstDate',
    { incidents: SMALL_ROWS, meta: { ...meta, firstDate: '2025-02-30' } },
    { shown: 3, meta: ['field'] },
  ],
  [
    'meta',
    'publishedEstimates: null',
    { incidents: SMALL_ROWS, meta: { ...meta, publishedEstimates: null } },
    { shown: 3, meta: [] },
  ],
  ['meta', 'no meta at all', { incidents: SMALL_ROWS }, { shown: 3, meta: ['missing'] }],
  [
    'meta',
    '999 announced, 3 sent',
    { incidents: SMALL_ROWS, meta: { ...meta, count: 999 } },
    { shown: 3, meta: ['count'] },
  ],
  [
    'meta',
    'sources that are text',
    { incidents: SMALL_ROWS, meta: { ...meta, sources: 'all' } },
    { shown: 3, meta: ['field'] },
  ],
  [
    'meta',
    'an estimate with a javascript: link',
    {
      incidents: SMALL_ROWS,
      meta: { ...meta, publishedEstimates: [{ publisher: 'X', sourceUrl: HOSTILE.javascriptUrl }] },
    },
    { shown: 3, meta: ['estimate'] },
  ],
];

describe('hostile bodies (unit: the data boundary)', () => {
  it.each(BODIES)('%s: %s', (_category, _name, body, outcome) => {
    if ('fatal' in outcome) {
      expect(() => parseIncidentsResponse(body)).toThrow(IncidentsError);
      expect(() => parseIncidentsResponse(body)).toThrow(outcome.fatal);
      return;
    }
    const result = parseIncidentsResponse(body);
    expect(result.incidents).toHaveLength(outcome.shown);
    expect(result.skipped.map((row) => `${row.field}: ${row.reason}`)).toEqual(
      outcome.skipped ?? [],
    );
    if (outcome.meta) expect(result.metaProblems.map((p) => p.kind)).toEqual(outcome.meta);
    if (outcome.verbatim !== undefined) {
      expect(result.incidents.some((incident) => incident.name === outcome.verbatim)).toBe(true);
    }
  });
});

/** A query string, and the notice (or none) and view it must give. */
const LINKS: readonly (readonly [
  string,
  string,
  RegExp | null,
  (view: typeof DEFAULT_VIEW) => void,
])[] = [
  [
    '?sort=__proto__',
    '?sort=__proto__',
    /Ignored sort=“__proto__”: use one of/,
    (v) => expect(v.sort).toEqual(DEFAULT_VIEW.sort),
  ],
  [
    '?sort=constructor',
    '?sort=constructor',
    /Ignored sort=“constructor”/,
    (v) => expect(v.sort).toEqual(DEFAULT_VIEW.sort),
  ],
  [
    '?mode=__proto__',
    '?mode=__proto__',
    /Ignored mode=“__proto__”/,
    (v) => expect(v.mode).toBe('monthly'),
  ],
  [
    'a __proto__ key',
    '?__proto__=1',
    /unknown parameter “__proto__”/,
    (v) => expect(v).toEqual(DEFAULT_VIEW),
  ],
  [
    'a category of hasOwnProperty',
    '?category=hasOwnProperty',
    /not one of/,
    (v) => expect(v.filters.categories).toEqual([]),
  ],
  [
    'a search of 101 characters',
    `?q=${'s'.repeat(101)}`,
    /longer than 100 characters/,
    (v) => expect(v.filters.search).toBe(''),
  ],
  [
    'an incident id of 201 characters',
    `?incident=${'i'.repeat(201)}`,
    /longer than 200 characters/,
    (v) => expect(v.incident).toBeNull(),
  ],
  [
    '15 chains',
    `?${Array.from({ length: 15 }, (_, i) => `chain=c${i}`).join('&')}`,
    /more than 10 values/,
    (v) => expect(v.filters.chains).toHaveLength(10),
  ],
  [
    'a bidi override in a value',
    '?from=%E2%80%AE2025-01',
    /Ignored from=“2025-01”/,
    (v) => expect(v.filters.from).toBeNull(),
  ],
  [
    'a percent-encoded lone surrogate',
    '?chain=%ED%A0%80',
    null,
    (v) => expect(v.filters.chains).toEqual(['\uFFFD\uFFFD\uFFFD']),
  ],
];

describe('hostile links (unit: the URL parser)', () => {
  it.each(LINKS)('%s', (_name, search, notice, check) => {
    const { view, notices } = parseViewInWords(search);
    if (notice === null) expect(notices).toEqual([]);
    else expect(notices.some((text) => notice.test(text))).toBe(true);
    check(view);
  });

  it('never writes a link over 2,000 characters, even for 100 kB of parameters', () => {
    const junk = Array.from({ length: 10_000 }, (_, i) => `k${i}=v`).join('&');
    const link = linkToView({
      origin: 'https://x.example',
      pathname: '/',
      search: `?${junk}`,
      hash: '',
    });
    expect(link).toBe('https://x.example/');
    const heavy = '語'.repeat(200);
    const view = {
      ...DEFAULT_VIEW,
      filters: {
        ...DEFAULT_VIEW.filters,
        attribution: heavy,
        technique: heavy,
        chains: [heavy, heavy],
      },
    };
    const { query } = fitViewToLink(view, new URLSearchParams(), 'https://x.example/'.length);
    expect('https://x.example/?'.length + query.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
  });
});

describe('the battery', () => {
  it('holds at least 40 cases', () => {
    expect(BODIES.length + LINKS.length + 1).toBeGreaterThanOrEqual(40);
  });
});
