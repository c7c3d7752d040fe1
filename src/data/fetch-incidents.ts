import { IncidentsError, describeHttpStatus } from './incidents-error';
import { parseIncidentsResponse, type IncidentsResult } from './parse-incidents';

import { DEFAULT_INCIDENTS_URL } from './endpoint';
export const REQUEST_TIMEOUT_MS = 15_000;

/** The endpoint the app reads: `VITE_INCIDENTS_URL`, or the embedded dataset's path. */
export function incidentsUrl(): string {
  const configured: unknown = import.meta.env.VITE_INCIDENTS_URL;
  return typeof configured === 'string' && configured.trim() !== ''
    ? configured.trim()
    : DEFAULT_INCIDENTS_URL;
}

interface FetchOptions {
  readonly signal?: AbortSignal;
  /** The request (answer and body) is stopped after this long. */
  readonly timeoutMs?: number | undefined;
}

/**
 * Loads and checks the incidents. `fetch` resolves on 4xx, 5xx and HTML pages alike; every such
 * answer becomes an IncidentsError that says what went wrong and what to do.
 */
export async function fetchIncidents(
  url: string,
  { signal, timeoutMs = REQUEST_TIMEOUT_MS }: FetchOptions = {},
): Promise<IncidentsResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    if (timeout.aborted) {
      throw new IncidentsError(
        'timeout',
        `The data endpoint ${url} did not answer within the time limit of ${describeDuration(timeoutMs)}, so the request was stopped. The server may be overloaded or your connection slow: try again in a moment.`,
        null,
        { url, timeoutMs },
      );
    }
    if (signal?.aborted) throw error;
    throw new IncidentsError(
      'network',
      `Could not reach the data endpoint ${url}: the connection failed. Check your connection, or that the server is running, and try again.`,
      null,
      { url },
    );
  }
  if (!response.ok) {
    throw new IncidentsError('http', describeHttpStatus(response.status, url), response.status, {
      url,
    });
  }
  return parseIncidentsResponse(decodeBody(text, response.headers.get('content-type'), url));
}

function decodeBody(text: string, contentType: string | null, url: string): unknown {
  if (text.trim() === '') {
    throw new IncidentsError(
      'empty',
      `The data endpoint ${url} answered with an empty body instead of the incidents. Check the server's output, or try again in a moment.`,
      null,
      { url },
    );
  }
  if (contentType?.includes('text/html') || /^\s*</.test(text)) {
    throw new IncidentsError(
      'html',
      `The data endpoint ${url} answered with an HTML page instead of JSON: usually a static host's fallback page, or a login page. Check that VITE_INCIDENTS_URL points at the data, not at the web app, or reload if the mock service worker was still starting.`,
      null,
      { url },
    );
  }
  try {
    const body: unknown = JSON.parse(text);
    return body;
  } catch {
    throw new IncidentsError(
      'invalid-json',
      `The data endpoint ${url} answered text that is not valid JSON. Check the server's output.`,
      null,
      { url },
    );
  }
}

/** `15 seconds`, `1 second`, `250 milliseconds`. */
function describeDuration(ms: number): string {
  if (ms < 1000) return `${ms} milliseconds`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}
