import type { ActiveFilter } from '../../domain/describe-filters';
import { isolatedRuns } from '../../lib/bidi';

const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/**
 * A chip's words with the data text in full, as plain text (no isolates): `chipLabel` cuts a long
 * value (`Search: “aaaa…”`); this puts the whole value back, for the chip's title and accessible
 * name. A value that was not cut, or words that are not the value, stay as they are.
 */
export function fullChipLabel({ description }: ActiveFilter, label: string): string {
  const value = 'value' in description ? description.value.replace(ISOLATE_CONTROLS, '') : null;
  return isolatedRuns(label)
    .map(({ text, isolated }) => {
      const isCut = isolated && value !== null && text.endsWith('…');
      return isCut && value.startsWith(text.slice(0, -1)) ? value : text;
    })
    .join('');
}
