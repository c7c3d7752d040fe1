// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { incidentSchema, incidentsResponseSchema } from '../../../src/data/incident-schema';
import dataset from '../../../mocks/data/incidents.json';

/** The embedded dataset, as the app receives it. Figures are checked against the source CSV. */
const data = incidentsResponseSchema.parse(dataset);
const { incidents, meta } = data;

/** Sums in whole cents: some amounts have cents, and float sums of them drift. */
function totalCents(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0);
}

const isDprk = (attribution: string | null) => attribution?.startsWith('DPRK') ?? false;

describe('the embedded incident dataset', () => {
  it('passes the incident schema row by row', () => {
    const failures = dataset.incidents.flatMap((row, index) => {
      const result = incidentSchema.safeParse(row);
      return result.success ? [] : [`row ${index + 1}: ${result.error.issues[0]?.message}`];
    });
    expect(failures).toEqual([]);
  });

  it('passes the whole-response schema', () => {
    expect(incidentsResponseSchema.safeParse(dataset).success).toBe(true);
  });

  it('holds 956 incidents with unique ids, and says so in meta', () => {
    expect(incidents).toHaveLength(956);
    expect(meta.count).toBe(956);
    expect(new Set(incidents.map((incident) => incident.id)).size).toBe(956);
  });

  it('runs from 2011-06-13 to 2026-08-19, sorted by date then id', () => {
    expect(incidents.at(0)?.date).toBe('2011-06-13');
    expect(incidents.at(-1)?.date).toBe('2026-08-19');
    expect(meta.firstDate).toBe('2011-06-13');
    expect(meta.lastDate).toBe('2026-08-19');
    const keys = incidents.map((incident) => `${incident.date} ${incident.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('has the Bybit theft at exactly $1,460,000,000, attributed to the DPRK', () => {
    const bybit = incidents.filter(
      (incident) => incident.date === '2025-02-21' && incident.name.includes('Bybit'),
    );
    expect(bybit).toHaveLength(1);
    expect(bybit[0]?.amountUsd).toBe(1_460_000_000);
    expect(bybit[0]?.attribution).toMatch(/^DPRK/);
  });

  it('sums 68 DPRK-attributed thefts to $2,031,411,144 for January to September 2025', () => {
    const dprk = incidents.filter(
      (incident) =>
        isDprk(incident.attribution) &&
        incident.date >= '2025-01-01' &&
        incident.date <= '2025-09-30',
    );
    expect(dprk).toHaveLength(68);
    expect(totalCents(dprk.map((incident) => incident.amountUsd))).toBe(203_141_114_400);
  });

  it('sums 12 thefts to $1,535,175,330 in February 2025', () => {
    const february = incidents.filter((incident) => incident.date.startsWith('2025-02'));
    expect(february).toHaveLength(12);
    expect(totalCents(february.map((incident) => incident.amountUsd))).toBe(153_517_533_000);
  });

  it('keeps amounts with cents as the source states them', () => {
    const withCents = incidents.filter((incident) => !Number.isInteger(incident.amountUsd));
    expect(withCents.length).toBeGreaterThan(0);
    for (const incident of withCents) {
      expect(Math.round(incident.amountUsd * 100) / 100).toBe(incident.amountUsd);
    }
  });

  it('links every incident only to http(s) sources', () => {
    const badUrls = incidents
      .flatMap((incident) => incident.sourceUrls)
      .filter((url) => !/^https?:\/\//.test(url) || !URL.canParse(url));
    expect(badUrls).toEqual([]);
  });

  it('credits every incident to exactly one source', () => {
    expect(meta.sources.length).toBeGreaterThan(0);
    expect(meta.sources.reduce((sum, source) => sum + source.incidentCount, 0)).toBe(956);
  });

  it('carries 58 published estimates, including MSMT’s $1.65B for January to September 2025', () => {
    expect(meta.publishedEstimates).toHaveLength(58);
    const msmt = meta.publishedEstimates.filter(
      (estimate) =>
        estimate.publisher.startsWith('MSMT') &&
        estimate.metric === 'DPRK stolen' &&
        estimate.periodStart === '2025-01-01' &&
        estimate.periodEnd === '2025-09-30',
    );
    expect(msmt.map((estimate) => estimate.amountUsd)).toEqual([1_650_000_000]);
  });
});
