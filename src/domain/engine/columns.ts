import { isDprk } from '../filter';
import type { Incident } from '../incident';
import { monthIndex } from '../months';

/**
 * Step 1 of a view: the incidents as columns: typed arrays per field, and each text field as numbers into a list of
 * its distinct values (in first-seen order). Built once per dataset, so that each filter change is
 * one pass over numbers instead of over objects and strings.
 */
export interface IncidentColumns {
  readonly incidents: readonly Incident[];
  /** {@link monthIndex} of each row's date. */
  readonly month: Int32Array;
  /** The lowest and highest month (0 and -1 when there are no rows). */
  readonly firstMonth: number;
  readonly lastMonth: number;
  readonly amount: Float64Array;
  /** Funds reported returned; 0 where none are. */
  readonly returned: Float64Array;
  /** 1 where a source reports a recovery figure (0 included), else 0. */
  readonly hasReturned: Uint8Array;
  readonly category: Int32Array;
  readonly categories: readonly string[];
  /** Each row's technique class (the Technique filter and the technique breakdown use it). */
  readonly technique: Int32Array;
  readonly techniques: readonly string[];
  /** Each row's technique in the source's words (search reads it). */
  readonly techniqueText: Int32Array;
  readonly techniqueTexts: readonly (string | null)[];
  readonly attribution: Int32Array;
  readonly attributions: readonly (string | null)[];
  /** Per attribution: 1 when it counts as DPRK. */
  readonly attributionIsDprk: Uint8Array;
  /** Row `r`'s chains, each once, are `chainIds[chainStart[r]]` up to `chainStart[r + 1]`. */
  readonly chainStart: Int32Array;
  readonly chainIds: Int32Array;
  readonly chains: readonly string[];
}

/** Numbers for the distinct values of one field, in the order they are first seen. */
class Dictionary<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<T, number>();

  idOf(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

const cache = new WeakMap<readonly Incident[], IncidentColumns>();

/** The index of `incidents`, built on the first call for this array and reused after. */
export function incidentColumns(incidents: readonly Incident[]): IncidentColumns {
  let index = cache.get(incidents);
  if (index === undefined) {
    index = buildIndex(incidents);
    cache.set(incidents, index);
  }
  return index;
}

function buildIndex(incidents: readonly Incident[]): IncidentColumns {
  const count = incidents.length;
  const month = new Int32Array(count);
  const amount = new Float64Array(count);
  const returned = new Float64Array(count);
  const hasReturned = new Uint8Array(count);
  const category = new Int32Array(count);
  const technique = new Int32Array(count);
  const techniqueText = new Int32Array(count);
  const attribution = new Int32Array(count);
  const chainStart = new Int32Array(count + 1);
  const chainIds: number[] = [];
  const categories = new Dictionary<string>();
  const techniques = new Dictionary<string>();
  const techniqueTexts = new Dictionary<string | null>();
  const attributions = new Dictionary<string | null>();
  const chains = new Dictionary<string>();
  let firstMonth = Number.POSITIVE_INFINITY;
  let lastMonth = Number.NEGATIVE_INFINITY;
  incidents.forEach((incident, row) => {
    const m = monthIndex(incident.date);
    month[row] = m;
    if (m < firstMonth) firstMonth = m;
    if (m > lastMonth) lastMonth = m;
    amount[row] = incident.amountUsd;
    returned[row] = incident.returnedUsd ?? 0;
    hasReturned[row] = incident.returnedUsd === null ? 0 : 1;
    category[row] = categories.idOf(incident.category);
    technique[row] = techniques.idOf(incident.techniqueClass);
    techniqueText[row] = techniqueTexts.idOf(incident.technique);
    attribution[row] = attributions.idOf(incident.attribution);
    chainStart[row] = chainIds.length;
    incident.chains.forEach((chain, at) => {
      // A chain listed twice on one incident is kept once.
      if (incident.chains.indexOf(chain) === at) chainIds.push(chains.idOf(chain));
    });
  });
  chainStart[count] = chainIds.length;
  return {
    incidents,
    month,
    firstMonth: count === 0 ? 0 : firstMonth,
    lastMonth: count === 0 ? -1 : lastMonth,
    amount,
    returned,
    hasReturned,
    category,
    categories: categories.values,
    technique,
    techniques: techniques.values,
    techniqueText,
    techniqueTexts: techniqueTexts.values,
    attribution,
    attributions: attributions.values,
    attributionIsDprk: Uint8Array.from(attributions.values, (value) => (isDprk(value) ? 1 : 0)),
    chainStart,
    chainIds: Int32Array.from(chainIds),
    chains: chains.values,
  };
}
