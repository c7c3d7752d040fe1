import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeView } from '../../../src/domain/engine/summarize-view';
import { filtersArb, incidentsArb } from '../domain/incident-arbitrary';

// Random incidents, random filters and one incident of those the filters keep, left out.
const caseArb = fc
  .tuple(incidentsArb(40, 1), filtersArb)
  .chain(([incidents, filters]) => {
    const kept = summarizeView(incidents, filters).summary.incidents;
    return fc.record({
      incidents: fc.constant(incidents),
      filters: fc.constant(filters),
      excluded: kept.length === 0 ? fc.constant(null) : fc.constantFrom(...kept),
    });
  })
  .filter((c) => c.excluded !== null);

describe('excluding an incident of the view', () => {
  it('lowers the total by exactly its amount and the count by one', () => {
    fc.assert(
      fc.property(caseArb, ({ incidents, filters, excluded }) => {
        if (excluded === null) return;
        const before = summarizeView(incidents, filters).summary;
        const after = summarizeView(incidents, {
          ...filters,
          exclude: [...filters.exclude, excluded.id],
        }).summary;
        expect(after.totals.totalUsd).toBe(before.totals.totalUsd - excluded.amountUsd);
        expect(after.totals.count).toBe(before.totals.count - 1);
        expect(after.incidents).toEqual(before.incidents.filter((i) => i !== excluded));
        expect(after.largest).not.toContain(excluded);
      }),
    );
  });

  it('lowers the options of the other filters by exactly its amount where it counted', () => {
    fc.assert(
      fc.property(caseArb, ({ incidents, filters, excluded }) => {
        if (excluded === null) return;
        const before = summarizeView(incidents, filters).optionCounts.category;
        const after = summarizeView(incidents, {
          ...filters,
          exclude: [...filters.exclude, excluded.id],
        }).optionCounts.category;
        const was = before.get(excluded.category);
        const now = after.get(excluded.category);
        expect(now?.count ?? 0).toBe((was?.count ?? 0) - 1);
        expect(now?.totalUsd ?? 0).toBe((was?.totalUsd ?? 0) - excluded.amountUsd);
      }),
    );
  });

  it('changes nothing when the id is of no incident', () => {
    fc.assert(
      fc.property(incidentsArb(30), filtersArb, (incidents, filters) => {
        const before = summarizeView(incidents, filters).summary.totals;
        const after = summarizeView(incidents, {
          ...filters,
          exclude: [...filters.exclude, 'no-such-id'],
        }).summary.totals;
        expect(after).toEqual(before);
      }),
    );
  });
});
