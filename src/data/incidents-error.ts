import { describeIncidentsError } from '../lib/i18n/error-words';

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

/** An {@link IncidentsError} whose message is the English wording of its kind and details. */
export function incidentsError(
  kind: IncidentsErrorKind,
  status: number | null,
  details: IncidentsErrorDetails,
): IncidentsError {
  const message =
    describeIncidentsError(kind, status, details) ?? `The data could not be loaded (${kind}).`;
  return new IncidentsError(kind, message, status, details);
}
