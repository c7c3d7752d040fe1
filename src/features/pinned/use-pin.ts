import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { incidentQueries } from '../../data/incident-queries';
import { resolvePin, type PinState } from './pin-state';

/** The pin of a link (`dataset=`), checked against the released versions; none: no request. */
export function usePin(version: string | null): PinState {
  const { data, error } = useQuery({ ...incidentQueries.versions(), enabled: version !== null });
  return useMemo(() => resolvePin(version, data, error), [version, data, error]);
}
