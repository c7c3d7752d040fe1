import { isCategory, type Incident } from '../domain/incident';
import { MAX_ID_LENGTH, MAX_OPTION_LENGTH } from '../domain/incident';
import {
  isBlank,
  isLinkableValue,
  isRealDay,
  isReturnedWithinAmount,
  isSourceUrl as isAcceptedUrl,
  isWellFormed,
  ISO_DAY,
  MAX_AMOUNT_USD,
} from './incident-schema';
import { isTechniqueClass } from '../domain/technique-class';

const isAmount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value <= MAX_AMOUNT_USD;
const isOption = (value: unknown): value is string =>
  typeof value === 'string' && isLinkableValue(value, MAX_OPTION_LENGTH);
const isOptionOrNull = (value: unknown): value is string | null =>
  value === null || isOption(value);
const isSourceUrl = (value: unknown): value is string =>
  typeof value === 'string' && isAcceptedUrl(value) && isWellFormed(value);

/**
 * The incident a row holds when it plainly passes every check of `incidentSchema`, read without
 * zod (about ten times faster on a large response); null when in any doubt, and the row then goes
 * through the schema, which says what is wrong. It must never accept a row the schema rejects,
 * and returns what the schema would: the known fields only, the lists frozen.
 */
export function readPlainIncident(raw: unknown): Incident | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const row: Partial<Record<keyof Incident, unknown>> = raw;
  const { id, date, name, amountUsd, category, technique } = row;
  const { chains, attribution, returnedUsd, sourceUrls, techniqueClass } = row;
  if (typeof id !== 'string' || !isLinkableValue(id, MAX_ID_LENGTH)) return null;
  if (typeof date !== 'string' || !ISO_DAY.test(date) || !isRealDay(date)) return null;
  if (typeof name !== 'string' || isBlank(name) || !isWellFormed(name)) return null;
  if (!isAmount(amountUsd) || !(amountUsd > 0)) return null;
  if (typeof category !== 'string' || !isCategory(category)) return null;
  if (!isOptionOrNull(technique) || !isOptionOrNull(attribution)) return null;
  if (!isTechniqueClass(techniqueClass)) return null;
  if (returnedUsd !== null && !(isAmount(returnedUsd) && returnedUsd >= 0)) return null;
  if (!isReturnedWithinAmount({ amountUsd, returnedUsd })) return null;
  if (!Array.isArray(chains) || !Array.isArray(sourceUrls)) return null;
  // Each list is checked and copied in one pass: a copy shorter than the list means a bad entry.
  const chainNames = chains.filter(isOption);
  const urls = sourceUrls.filter(isSourceUrl);
  if (chainNames.length !== chains.length || urls.length === 0) return null;
  if (urls.length !== sourceUrls.length) return null;
  return {
    id,
    date,
    name,
    amountUsd,
    category,
    technique,
    techniqueClass,
    chains: Object.freeze(chainNames),
    attribution,
    returnedUsd,
    sourceUrls: Object.freeze(urls),
  };
}
