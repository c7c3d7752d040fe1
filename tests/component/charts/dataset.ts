export { fixtureIncidents as incidents, fixtureSummary as summary } from '../support/dataset';

/** `$1,535,175,330.5` as 1535175330.5. */
export function parseUsd(text: string | null): number {
  return Number((text ?? '').replace(/[$,]/g, ''));
}
