/** The width of `text` in CSS pixels at `size` px, bold or not. */
export type MeasureText = (text: string, size: number, bold?: boolean) => number;

/** A rough measure (an average glyph is about 0.55 em): for tests and when no canvas exists. */
export const estimateText: MeasureText = (text, size, bold = false) =>
  Array.from(text).length * size * (bold ? 0.6 : 0.55);

/** Measures with a canvas in the given font family; the estimate when the canvas is missing. */
export function canvasMeasure(fontFamily: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return estimateText;
  return (text, size, bold = false) => {
    context.font = `${bold ? '700' : '400'} ${size}px ${fontFamily}`;
    return context.measureText(text).width;
  };
}

/** Where a caption prefers to break: between its ` · ` parts. */
const PART_SEPARATOR = ' · ';

/**
 * `text` broken into lines at most `maxWidth` wide. A ` · ` part that fits on a line is kept
 * whole; a longer one flows on from where the line is and breaks at spaces (a word longer than a
 * line gets a line of its own).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  measure: MeasureText,
  bold = false,
): string[] {
  const fits = (line: string) => measure(line, size, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(PART_SEPARATOR)) {
    const joined = line === '' ? part : `${line}${PART_SEPARATOR}${part}`;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    let flowing = joined;
    if (fits(part)) {
      lines.push(`${line}${PART_SEPARATOR.trimEnd()}`);
      flowing = part;
    }
    const wrapped = wrapWords(flowing, fits);
    line = wrapped.pop() ?? '';
    lines.push(...wrapped);
  }
  if (line !== '') lines.push(line);
  return lines;
}

function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
