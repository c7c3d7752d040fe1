import { describe, expect, it } from 'vitest';
import dataset from '../../../mocks/data/incidents.json';
import { incidentsResponseSchema, metaSchema } from '../../../src/data/incident-schema';
import { incidentsJson } from '../../../src/features/export/incidents-export';
import { makeIncident } from '../../../mocks/fixtures/make-incident';

const meta = metaSchema.parse(dataset.meta);

describe('incidentsJson: the rows as a response of the data contract', () => {
  it('validates against the response schema, with the count and dates of the rows exported', () => {
    const incidents = [
      makeIncident({ id: 'b', date: '2025-03-02', name: 'Evil <script>alert(1)</script>' }),
      makeIncident({ id: 'a', date: '2024-11-30', chains: ['Ethereum'], returnedUsd: 5 }),
      makeIncident({ id: 'c', date: '2025-09-01', attribution: 'DPRK' }),
    ];
    const text = incidentsJson(incidents, meta);
    const parsed = incidentsResponseSchema.parse(JSON.parse(text));
    expect(parsed.incidents).toEqual(incidents); // same rows, same order
    expect(parsed.meta).toEqual({
      count: 3,
      firstDate: '2024-11-30',
      lastDate: '2025-09-01',
      generatedAt: meta.generatedAt,
      version: meta.version,
      sources: meta.sources,
      publishedEstimates: [],
    });
    expect(text).toMatch(/^\{\n {2}"incidents": \[\n/); // pretty-printed
  });

  it('still validates with no rows, with null dates', () => {
    const parsed = incidentsResponseSchema.parse(JSON.parse(incidentsJson([], meta)));
    expect(parsed.incidents).toEqual([]);
    expect(parsed.meta).toMatchObject({ count: 0, firstDate: null, lastDate: null });
  });
});
