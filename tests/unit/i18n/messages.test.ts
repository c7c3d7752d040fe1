import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../../../src/lib/i18n/i18n';
import { en } from '../../../src/lib/i18n/messages-en';
import { fr } from '../../../src/lib/i18n/messages-fr';

type Tree = { readonly [key: string]: unknown };

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every leaf as `path: kind`, kinds being string, function or array of n strings. */
function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (isTree(value)) return shape(value, `${path}.`);
    if (Array.isArray(value)) return [`${path}: array of ${value.length}`];
    return [`${path}: ${typeof value}`];
  });
}

/** Every leaf's text; functions are called with sample parameters. */
function texts(tree: Tree, prefix = ''): [string, string][] {
  const sample = {
    n: '2',
    count: 2,
    total: '3',
    label: 'x',
    value: 'x',
    month: 'x',
    from: 'x',
    to: 'x',
    raw: 'x',
    amount: 'x',
    usd: 'x',
    tool: 'x',
    view: 'x',
    retrieved: 'x',
    lastDate: 'x',
    share: 'x',
    url: 'x',
    status: 500,
    title: 'x',
    name: 'x',
    period: 'x',
    reason: 'x',
    publisher: 'x',
    ours: 'x',
    group: 'x',
    year: 'x',
    date: 'x',
    other: 'x',
    clickable: true,
    range: 'x',
    at: 'x',
    names: 'x',
    metric: 'x',
    version: 'x',
    on: 'x',
    duration: 'x',
    issue: 'x',
    file: 'x',
    key: 'x',
    why: 'x',
    max: 200,
    values: 'x',
    first: 'x',
    last: 'x',
    stack: 'dprk',
    mode: 'monthly',
    measure: 'net',
    rank: 1,
    attempt: 2,
    field: 'x',
    derived: 'x',
    stated: 'x',
    isLast: true,
    index: 1,
    announced: 'x',
    received: 'x',
    row: 4,
    credentials: true,
    id: ' (x)',
    citation: 'x',
    change: '+5%',
  };
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = `${prefix}${key}`;
    if (isTree(value)) return texts(value, `${path}.`);
    if (Array.isArray(value)) return value.map((item, at) => [`${path}.${at}`, String(item)]);
    if (typeof value === 'function') return [[path, String(value(sample))]];
    return [[path, String(value)]];
  });
}

describe('the message dictionaries', () => {
  it('have the same keys, kinds and list lengths in English and French', () => {
    expect(shape(fr)).toEqual(shape(en));
  });

  it('have no empty French string and no unfilled parameter', () => {
    for (const [path, value] of texts(fr)) {
      expect(value.trim(), path).not.toBe('');
      expect(value, path).not.toContain('undefined');
    }
  });
});

describe('resolveLocale: the link, then the browser, then English', () => {
  it.each<[string | null, string | undefined, 'en' | 'fr']>([
    ['fr', 'en-US', 'fr'],
    ['en', 'fr-FR', 'en'],
    [null, 'fr-CA', 'fr'],
    [null, 'de-DE', 'en'],
    [null, undefined, 'en'],
    ['xx', 'fr', 'fr'],
    ['xx', 'en-GB', 'en'],
  ])('lang=%s with a %s browser reads in %s', (lang, browser, expected) => {
    expect(resolveLocale(lang, browser)).toBe(expected);
  });
});
