// Text from the data, set inside a sentence, is isolated for bidi: a right-to-left override
// (U+202E) in a name must not reorder the words after it. In plain text (exported SVG and PNG
// text, the tab's title) the isolate is Unicode's own FSI ... PDI; on screen, <BidiText> turns it
// into a <bdi> element, so the page's text holds no control characters.

export const FSI = '\u2068';
export const PDI = '\u2069';
const ISOLATE_CONTROLS = /[\u2066-\u2069]/g;

/** Longest data text set inside a sentence; the full text is in the table and the detail. */
export const MAX_INLINE_TEXT = 120;

/** `value` cut to `max` UTF-16 units with an ellipsis, never splitting a character in two. */
export function clipText(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * A data text to set inside a sentence: clipped to `max`, its own isolate controls removed (so it
 * cannot close the isolate early), between FSI and PDI.
 */
export function isolate(value: string, max = MAX_INLINE_TEXT): string {
  return `${FSI}${clipText(value.replace(ISOLATE_CONTROLS, ''), max)}${PDI}`;
}

/** The text without the isolates {@link isolate} added (for an accessible name). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

/** A sentence cut into plain runs and isolated runs (what {@link isolate} wrapped). */
export function isolatedRuns(
  text: string,
): { readonly text: string; readonly isolated: boolean }[] {
  const runs: { text: string; isolated: boolean }[] = [];
  const pattern = /\u2068([^\u2068\u2069]*)\u2069/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), isolated: false });
    runs.push({ text: match[1] ?? '', isolated: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), isolated: false });
  return runs;
}
