// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../../../mocks/fixtures/hostile-incidents';
import { DEFAULT_SORT, type ViewState } from '../../../src/domain/view-state';
import { parseViewInWords } from '../view/view-in-words';

const LONG = 'x'.repeat(5_000);
const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

/**
 * A link, what the notice says about it, and what the view holds instead. The page shows these
 * notices (tests/component/errors/query-strings.test.tsx renders one case); the cases live here.
 * The parts that depend on the data (an attribution, chain or incident no row has) stay there.
 */
const LINKS: [string, string, string, (view: ViewState, notices: readonly string[]) => void][] = [
  ['garbage', '?%%%&&==&=x&%E0%A4%A=1', 'Ignored the unknown parameter “%%%”', () => {}],
  [
    'a month 13',
    '?from=2025-13&to=2025-02',
    'Ignored from=“2025-13”: not a month written YYYY-MM.',
    (view) => {
      expect(view.filters.from).toBeNull();
      expect(view.filters.to).toBe('2025-02');
    },
  ],
  [
    'a reversed range',
    '?from=2025-03&to=2025-01',
    'The month range was reversed (2025-03 after 2025-01); it was swapped.',
    (view) => {
      expect(view.filters.from).toBe('2025-01');
      expect(view.filters.to).toBe('2025-03');
    },
  ],
  [
    'a very long value',
    `?q=${LONG}`,
    'Ignored q=“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”: longer than 100 characters.',
    (view) => expect(view.filters.search).toBe(''),
  ],
  [
    'unknown keys',
    '?utm_source=news&colour=red',
    'Ignored the unknown parameter “colour”.',
    (_view, notices) => expect(notices).toContain('Ignored the unknown parameter “utm_source”.'),
  ],
  [
    'a repeated key',
    '?attribution=DPRK&attribution=Nobody',
    '“attribution” was given more than once; the first value was used.',
    (view) => expect(view.filters.attribution).toBe('DPRK'),
  ],
  [
    'an unknown category',
    '?category=casino',
    'Ignored category=“casino”: not one of',
    (view) => expect(view.filters.categories).toEqual([]),
  ],
  [
    'a negative amount',
    '?min=-5&max=1e400',
    'Ignored min=“-5”: not an amount of US dollars.',
    (view, notices) => {
      expect(notices.some((notice) => notice.startsWith('Ignored max=“1e400”'))).toBe(true);
      expect(view.filters.minAmount).toBeNull();
      expect(view.filters.maxAmount).toBeNull();
    },
  ],
  [
    'a bad mode and sort',
    '?mode=3d&sort=drop%20table',
    'Ignored mode=“3d”: use monthly, quarterly or yearly.',
    (view, notices) => {
      expect(notices.some((notice) => notice.startsWith('Ignored sort=“drop table”'))).toBe(true);
      expect(view.mode).toBe('monthly');
      expect(view.sort).toEqual(DEFAULT_SORT);
    },
  ],
  [
    'a script tag as a key',
    q({ [HOSTILE.scriptName]: '1' }),
    `Ignored the unknown parameter “${HOSTILE.scriptName}”.`,
    () => {},
  ],
];

describe('parseViewParams (worded as the page words it) on a link with bad parts', () => {
  it.each(LINKS)('ignores %s with a notice and keeps the rest', (_what, search, notice, check) => {
    const { view, notices } = parseViewInWords(search);
    expect(notices.some((text) => text.includes(notice))).toBe(true);
    check(view, notices);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__-asc'])(
    'ignores ?sort=%s with a notice and keeps the newest first',
    (sort) => {
      const { view, notices } = parseViewInWords(`?sort=${sort}`);
      expect(notices).toEqual([
        expect.stringContaining(`Ignored sort=“${sort}”: use one of date-desc`),
      ]);
      expect(view.sort).toEqual(DEFAULT_SORT);
    },
  );
});
