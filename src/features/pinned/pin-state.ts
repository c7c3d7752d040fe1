import type { VersionsIndex } from '../../data/dataset-versions';

/** What a link's `dataset=` comes to, once the released versions are known. */
export type PinState =
  /** No pin: the live data. */
  | { readonly kind: 'live' }
  /** The list of versions is on its way: nothing is fetched yet. */
  | { readonly kind: 'checking'; readonly version: string }
  /** An earlier version: its data is shown, and the current one is named. */
  | { readonly kind: 'pinned'; readonly version: string; readonly current: string }
  /** The current version itself: the live data. */
  | { readonly kind: 'current'; readonly version: string }
  /** Not a released version: the live data, with the ones there are. */
  | { readonly kind: 'unknown'; readonly version: string; readonly versions: readonly string[] }
  /** The list of versions could not be read: the live data. */
  | { readonly kind: 'unavailable'; readonly version: string; readonly error: Error };

export const LIVE: PinState = Object.freeze({ kind: 'live' });

export function resolvePin(
  version: string | null,
  index: VersionsIndex | undefined,
  error: Error | null,
): PinState {
  if (version === null) return LIVE;
  if (index === undefined) {
    return error === null ? { kind: 'checking', version } : { kind: 'unavailable', version, error };
  }
  if (version === index.current) return { kind: 'current', version };
  if (!index.versions.includes(version)) {
    return { kind: 'unknown', version, versions: index.versions };
  }
  return { kind: 'pinned', version, current: index.current };
}

/** The version whose data the page shows: null for the live data (and while checking). */
export function pinnedVersion(pin: PinState): string | null {
  return pin.kind === 'pinned' ? pin.version : null;
}
