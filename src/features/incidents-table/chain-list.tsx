import { Fragment } from 'react';
import type { Incident } from '../../domain/incident';
import { NO_VALUE } from './format-incident';

/**
 * The chains, comma-separated, each in its own <bdi>: a right-to-left override in one chain name
 * cannot reorder the names after it; `–` when no source names one.
 */
export function ChainList({ incident }: { readonly incident: Incident }) {
  if (incident.chains.length === 0) return NO_VALUE;
  return incident.chains.map((chain, index) => (
    <Fragment key={`${index}-${chain}`}>
      {index > 0 && ', '}
      <bdi>{chain}</bdi>
    </Fragment>
  ));
}
