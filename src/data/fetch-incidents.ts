import { incidentsError } from './incidents-error';
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

export interface FetchOptions {
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
  options: FetchOptions = {},
): Promise<IncidentsResult> {
  return parseIncidentsResponse(await fetchJson(url, options));
}

/** The decoded JSON body of `url`, or an IncidentsError saying why there is none. */
export async function fetchJson(
  url: string,
  { signal, timeoutMs = REQUEST_TIMEOUT_MS }: FetchOptions = {},
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
    text = await response.text();
  } catch (error) {
    if (timeout.aborted) {
      throw incidentsError('timeout', null, { url, timeoutMs });
    }
    if (signal?.aborted) throw error;
    throw incidentsError('network', null, { url });
  }
  if (!response.ok) {
    throw incidentsError('http', response.status, { url });
  }
  return decodeBody(text, response.headers.get('content-type'), url);
}

function decodeBody(text: string, contentType: string | null, url: string): unknown {
  if (text.trim() === '') {
    throw incidentsError('empty', null, { url });
  }
  if (contentType?.includes('text/html') || /^\s*</.test(text)) {
    throw incidentsError('html', null, { url });
  }
  try {
    const body: unknown = JSON.parse(text);
    return body;
  } catch {
    throw incidentsError('invalid-json', null, { url });
  }
}
