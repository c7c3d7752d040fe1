// Chart-only text helpers. They belong with the chart code rather than in lib/format.ts because
// no other part of the page shows a month without its year or a shortened label.

/** `text` cut to at most `max` characters, ending in an ellipsis when cut (for axis ticks). */
export function truncateLabel(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(1, max - 1))
    .join('')
    .trimEnd()}…`;
}
