import { http, HttpResponse } from 'msw';
import { INCIDENTS_PATH } from '../../../mocks/handlers';
import { server } from '../../../mocks/node';
import { datasetVersionUrl, versionsIndexUrl } from '../../../src/data/endpoint';
import { figuresOf } from '../../support/figures';
import { fixtureIncidents, fixtureMeta, fixtureResponse } from './dataset';

/**
 * An earlier released version of the fixture, for pinned links (`?dataset=`): the fixture's
 * incidents before 2026, one of them with the figure it had before a correction, written as the
 * first kept real version was (no `meta.version`, no `techniqueClass`), so the tests also see the
 * client read an older release.
 */
export const EARLIER_VERSION = '2026-03-01';
export const CURRENT_VERSION = fixtureMeta.version;

const earlierIncidents = fixtureIncidents
  .filter((incident) => incident.date < '2026-01-01')
  .map((incident) =>
    incident.id === 'fictional-exchange-2025'
      ? { ...incident, amountUsd: 1_000_000_000 }
      : incident,
  );
const dates = earlierIncidents.map((incident) => incident.date).sort();

export const earlierResponse = {
  incidents: earlierIncidents.map((incident) =>
    Object.fromEntries(Object.entries(incident).filter(([key]) => key !== 'techniqueClass')),
  ),
  meta: {
    count: earlierIncidents.length,
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    generatedAt: '2026-03-01T00:00:00Z',
    sources: [{ name: 'Earlier test fixture', url: null, incidentCount: earlierIncidents.length }],
    publishedEstimates: [],
  },
};

/** Expected figures of the earlier version, worked out with plain sums. */
export const earlier = figuresOf(earlierIncidents);

/** The index and both versions answer as a static host would, beside /api/incidents. */
export function answerVersions() {
  server.use(
    http.get(versionsIndexUrl(INCIDENTS_PATH), () =>
      HttpResponse.json({
        current: CURRENT_VERSION,
        versions: [EARLIER_VERSION, CURRENT_VERSION],
      }),
    ),
    http.get(datasetVersionUrl(INCIDENTS_PATH, EARLIER_VERSION), () =>
      HttpResponse.json(earlierResponse),
    ),
    http.get(datasetVersionUrl(INCIDENTS_PATH, CURRENT_VERSION), () =>
      HttpResponse.json(fixtureResponse),
    ),
  );
}
