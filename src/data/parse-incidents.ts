import type * as z from 'zod/mini';
import type { DatasetMeta, Incident } from '../domain/incident';
import { incidentSchema, incidentsEnvelopeSchema } from './incident-schema';
import { incidentsError } from './incidents-error';
import { readPlainIncident } from './plain-incident';
import { readMeta, type MetaProblem } from './read-meta';

/** A row left out of every figure, and why. `row` counts from 1 in the response's list. */
export interface SkippedRow {
  readonly row: number;
  readonly id: string | null;
  readonly field: string;
  readonly reason: string;
}

export interface IncidentsResult {
  readonly incidents: readonly Incident[];
  /** The endpoint's `meta` where it is right, otherwise worked out from the rows. */
  readonly meta: DatasetMeta;
  /** What was wrong in `meta`, and what was done instead. */
  readonly metaProblems: readonly MetaProblem[];
  readonly skipped: readonly SkippedRow[];
  /** Rows the endpoint sent, valid or not. */
  readonly receivedCount: number;
}

/**
 * Checks a decoded response: only a body without an `incidents` list is fatal; each bad row is
 * skipped and reported, and a bad `meta` is worked around (read-meta.ts).
 */
export function parseIncidentsResponse(body: unknown): IncidentsResult {
  const envelope = incidentsEnvelopeSchema.safeParse(body);
  if (!envelope.success) {
    const issue = describeIssue(envelope.error.issues[0]);
    throw incidentsError('shape', null, { issue });
  }
  const incidents: Incident[] = [];
  const skipped: SkippedRow[] = [];
  const seenIds = new Set<string>();
  envelope.data.incidents.forEach((raw, index) => {
    const row = index + 1;
    const plain = readPlainIncident(raw);
    const parsed = plain ? { success: true as const, data: plain } : incidentSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      skipped.push({
        row,
        id: idOf(raw),
        field: issue?.path.join('.') || '(row)',
        reason: issue?.message ?? 'is not valid',
      });
      return;
    }
    if (seenIds.has(parsed.data.id)) {
      skipped.push({ row, id: parsed.data.id, field: 'id', reason: 'duplicates an earlier row' });
      return;
    }
    seenIds.add(parsed.data.id);
    incidents.push(parsed.data);
  });
  const receivedCount = envelope.data.incidents.length;
  const { meta, problems } = readMeta(envelope.data.meta, incidents, receivedCount);
  return { incidents, meta, metaProblems: problems, skipped, receivedCount };
}

function idOf(raw: unknown): string | null {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') {
    return raw.id;
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'unknown problem';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
