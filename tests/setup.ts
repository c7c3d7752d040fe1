import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { INCIDENTS_PATH } from '../mocks/handlers';
import { server } from '../mocks/node';
import { fixtureResponse } from './component/support/dataset';

// The whole dashboard renders five charts in jsdom, which has no layout engine and is slow at it.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Tests render the test-owned fixture, not the shipped dataset: a re-import of mocks/data changes
// no test. A test's own `server.use` comes first and wins.
beforeEach(() => server.use(http.get(INCIDENTS_PATH, () => HttpResponse.json(fixtureResponse))));
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
