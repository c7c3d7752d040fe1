import { makeIncident } from '../../../mocks/fixtures/make-incident';
import { incidentsResponseSchema } from '../../../src/data/incident-schema';
import type { DatasetMeta, Incident } from '../../../src/domain/incident';
import { EMPTY_FILTERS } from '../../../src/domain/filter';
import { summarizeView } from '../../../src/domain/engine/summarize-view';
import { figuresOf } from '../../support/figures';

/**
 * The dataset every component test renders (tests/setup.ts serves it at /api/incidents): a few
 * fictional incidents, written by hand, that between them hold what the tests look for (DPRK
 * clusters, a plain "DPRK", a suspected one, every category, more than eight technique classes,
 * amounts over $1B, several incidents in February 2025, a year with a single month) and nothing
 * from the shipped data, so that a re-import of mocks/data changes no component test.
 */
export const fixtureIncidents: readonly Incident[] = [
  makeIncident({
    id: 'example-wallet-2014',
    date: '2014-03-05',
    name: 'Example Wallet Service',
    amountUsd: 450_000,
    category: 'wallet',
    technique: null,
    techniqueClass: 'not-stated',
    chains: ['Bitcoin'],
  }),
  makeIncident({
    id: 'sample-exchange-2016',
    date: '2016-08-02',
    name: 'Sample Exchange',
    amountUsd: 72_000_000,
    category: 'centralized-exchange',
    technique: 'hot wallet server breach',
    techniqueClass: 'infrastructure',
    chains: ['Bitcoin'],
    returnedUsd: 10_000_000,
  }),
  makeIncident({
    id: 'demo-exchange-2019',
    date: '2019-11-27',
    name: 'Demo Exchange',
    amountUsd: 48_500_000,
    category: 'centralized-exchange',
    technique: 'insider moved the funds',
    techniqueClass: 'insider',
    chains: ['Ethereum'],
    attribution: 'DPRK (Lazarus Group)',
  }),
  makeIncident({
    id: 'placeholder-bridge-2021',
    date: '2021-08-10',
    name: 'Placeholder Bridge',
    amountUsd: 611_000_000,
    category: 'bridge',
    technique: 'forged cross-chain message',
    techniqueClass: 'bridge-verification',
    chains: ['Ethereum', 'BSC'],
    returnedUsd: 610_000_000,
  }),
  makeIncident({
    id: 'example-game-2022',
    date: '2022-03-23',
    name: 'Example Game Sidechain',
    amountUsd: 625_000_000,
    category: 'gaming',
    technique: 'validator keys stolen',
    techniqueClass: 'key-compromise',
    chains: ['Ethereum'],
    attribution: 'DPRK (Lazarus Group)',
  }),
  makeIncident({
    id: 'mock-wallet-2023',
    date: '2023-06-03',
    name: 'Mock Wallet Provider',
    amountUsd: 100_000_000,
    category: 'wallet',
    technique: 'malicious dependency in the wallet app',
    techniqueClass: 'supply-chain',
    chains: ['Ethereum', 'Tron'],
    attribution: 'DPRK (Lazarus Group)',
  }),
  makeIncident({
    id: 'illustrative-exchange-2024',
    date: '2024-05-31',
    name: 'Illustrative Exchange',
    amountUsd: 305_000_000,
    category: 'centralized-exchange',
    technique: 'fake recruiter sent malware',
    techniqueClass: 'social-engineering',
    chains: ['Bitcoin'],
    attribution: 'DPRK (TraderTraitor)',
  }),
  makeIncident({
    id: 'example-bridge-2024',
    date: '2024-07-18',
    name: 'Example Bridge',
    amountUsd: 235_000_000,
    category: 'bridge',
    technique: 'admin role left open',
    techniqueClass: 'access-control',
    chains: ['Ethereum'],
    attribution: 'DPRK',
  }),
  makeIncident({
    id: 'sample-lending-2024',
    date: '2024-10-16',
    name: 'Sample Lending Protocol',
    amountUsd: 50_000_000,
    category: 'defi-protocol',
    technique: 'reentrancy in withdraw',
    techniqueClass: 'reentrancy',
    chains: ['Ethereum'],
  }),
  makeIncident({
    id: 'demo-exchange-two-2025',
    date: '2025-01-23',
    name: 'Demo Exchange Two',
    amountUsd: 85_000_000,
    category: 'centralized-exchange',
    technique: 'hot wallet keys stolen',
    techniqueClass: 'key-compromise',
    chains: ['Ethereum'],
    attribution: 'DPRK (Lazarus Group)',
  }),
  makeIncident({
    id: 'fictional-exchange-2025',
    date: '2025-02-21',
    name: 'Fictional Exchange',
    amountUsd: 1_250_000_000,
    category: 'centralized-exchange',
    technique: 'signing interface served tampered code',
    techniqueClass: 'supply-chain',
    chains: ['Ethereum'],
    attribution: 'DPRK (TraderTraitor / Lazarus Group)',
    sourceUrls: ['https://example.org/fictional-exchange', 'https://example.com/analysis'],
  }),
  makeIncident({
    id: 'example-dex-2025',
    date: '2025-02-24',
    name: 'Example DEX',
    amountUsd: 49_500_000,
    category: 'defi-protocol',
    technique: 'price oracle manipulation',
    techniqueClass: 'price-manipulation',
    chains: ['BSC'],
  }),
  makeIncident({
    id: 'sample-staking-2025',
    date: '2025-02-28',
    name: 'Sample Staking Pool',
    amountUsd: 3_250_000.55,
    category: 'defi-protocol',
    technique: 'rounding error in rewards',
    techniqueClass: 'logic-flaw',
    chains: ['Ethereum'],
    attribution: 'suspected: DPRK (Lazarus Group)',
  }),
  makeIncident({
    id: 'example-whale-2025',
    date: '2025-05-22',
    name: 'Example Whale Wallet',
    amountUsd: 330_000_000,
    category: 'other',
    technique: 'impersonated support call',
    techniqueClass: 'social-engineering',
    chains: ['Bitcoin'],
    attribution: 'DPRK (Lazarus Group)',
  }),
  makeIncident({
    id: 'test-perpetuals-2025',
    date: '2025-11-05',
    name: 'Test Perpetuals Exchange',
    amountUsd: 128_000_000,
    category: 'defi-protocol',
    technique: 'arbitrary call in router',
    techniqueClass: 'arbitrary-call',
    chains: ['Arbitrum'],
  }),
  makeIncident({
    id: 'demo-bridge-two-2026',
    date: '2026-01-12',
    name: 'Demo Bridge Two',
    amountUsd: 1_100_000_000,
    category: 'bridge',
    technique: 'flash loan drained the pool',
    techniqueClass: 'flash-loan',
    chains: ['Ethereum', 'Base'],
    attribution: 'DPRK (TraderTraitor)',
  }),
  makeIncident({
    id: 'placeholder-protocol-2026',
    date: '2026-03-15',
    name: 'Placeholder Protocol',
    amountUsd: 12_345_678.9,
    category: 'defi-protocol',
    technique: 'forged deposit message',
    techniqueClass: 'bridge-verification',
    chains: ['Base'],
    returnedUsd: 2_000_000,
  }),
];

/** A DPRK figure for January–September 2025 and an overall one for 2024, both fictional. */
const publishedEstimates: DatasetMeta['publishedEstimates'] = [
  {
    publisher: 'Example Monitoring Team (a fictional panel)',
    metric: 'DPRK stolen',
    periodStart: '2025-01-01',
    periodEnd: '2025-09-30',
    amountUsd: 1_900_000_000,
    scopeNote: 'DPRK-attributed theft, January to September 2025.',
    published: '2025-10-22',
    quote: 'about $1.9 billion was stolen so far this year',
    sourceUrl: 'https://example.org/monitoring-team',
  },
  {
    publisher: 'Sample Analytics',
    metric: 'total stolen',
    periodStart: '2024-01-01',
    periodEnd: '2024-12-31',
    amountUsd: 700_000_000,
    scopeNote: 'Hacks of crypto platforms in 2024.',
    published: '2025-01-05',
    quote: 'some $700 million was stolen in 2024',
    sourceUrl: 'https://example.com/sample-analytics',
  },
];

const dates = fixtureIncidents.map((incident) => incident.date).sort();
const [firstDate] = dates;
const lastDate = dates.at(-1);
if (firstDate === undefined || lastDate === undefined) throw new Error('the fixture is empty');

/** The fixture's description, as an endpoint sends it. */
export const fixtureMeta = {
  count: fixtureIncidents.length,
  firstDate,
  lastDate,
  generatedAt: '2026-11-29T00:00:00Z',
  version: '2026-04-01',
  sources: [{ name: 'Component test fixture', url: null, incidentCount: fixtureIncidents.length }],
  publishedEstimates,
};

/** The body /api/incidents answers in component tests, checked by the backend's own schema. */
export const fixtureResponse = incidentsResponseSchema.parse({
  incidents: fixtureIncidents,
  meta: fixtureMeta,
});

/** What the page shows with no filters. */
export const fixtureSummary = summarizeView(fixtureIncidents, EMPTY_FILTERS).summary;

export const { figureOf, largestMonth } = figuresOf(fixtureIncidents);
export { inMonths, isDprkAttributed } from '../../support/figures';
