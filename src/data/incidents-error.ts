export type IncidentsErrorKind =
  'http' | 'network' | 'timeout' | 'html' | 'invalid-json' | 'empty' | 'shape';

export interface IncidentsErrorDetails {
  readonly url?: string;
  readonly timeoutMs?: number;
  /** For `shape`: the first problem found, in English (zod's wording). */
  readonly issue?: string;
}

/** A failure to load the incidents, with a message a person can act on. */
export class IncidentsError extends Error {
  readonly kind: IncidentsErrorKind;
  readonly status: number | null;
  /** What the message is made of, so the page can say it in the reader's language. */
  readonly details: IncidentsErrorDetails;

  constructor(
    kind: IncidentsErrorKind,
    message: string,
    status: number | null = null,
    details: IncidentsErrorDetails = {},
  ) {
    super(message);
    this.name = 'IncidentsError';
    this.kind = kind;
    this.status = status;
    this.details = details;
  }

  /** Network faults, time-outs and 5xx may pass; a 4xx or a wrong answer will not. */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && this.status !== null && this.status >= 500)
    );
  }
}

export function describeHttpStatus(status: number, url: string): string {
  if (status === 401 || status === 403)
    return `The data endpoint ${url} refused access (HTTP ${status}). Check that the dashboard is allowed to read it.`;
  if (status === 404)
    return `The data endpoint ${url} was not found (HTTP 404). Check VITE_INCIDENTS_URL.`;
  if (status === 503)
    return `The data endpoint ${url} is unavailable for now (HTTP 503). Try again in a moment.`;
  if (status >= 500)
    return `The data endpoint ${url} failed with a server error (HTTP ${status}). Try again in a moment.`;
  if (status === 429)
    return `The data endpoint ${url} is refusing requests for now: too many were sent (HTTP 429). Wait a minute, then try again.`;
  return `The data endpoint ${url} answered HTTP ${status} instead of the incidents. Check VITE_INCIDENTS_URL and the server's logs.`;
}
