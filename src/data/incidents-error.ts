export type IncidentsErrorKind =
  'http' | 'network' | 'timeout' | 'html' | 'invalid-json' | 'empty' | 'shape';

/** A failure to load the incidents, with a message a person can act on. */
export class IncidentsError extends Error {
  readonly kind: IncidentsErrorKind;
  readonly status: number | null;

  constructor(kind: IncidentsErrorKind, message: string, status: number | null = null) {
    super(message);
    this.name = 'IncidentsError';
    this.kind = kind;
    this.status = status;
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
  return `The data endpoint ${url} answered HTTP ${status}.`;
}
