// Recharts hands data points to handlers as loosely typed values; these read them back safely.

/** The `field` of a data point when it is a string, else null. */
export function stringField(point: unknown, field: string): string | null {
  if (typeof point !== 'object' || point === null) return null;
  const value: unknown = Reflect.get(point, field);
  return typeof value === 'string' ? value : null;
}

/** The data point behind a clicked bar (Recharts passes the bar, with the point as `payload`). */
export function payloadOf(item: unknown): unknown {
  return typeof item === 'object' && item !== null ? Reflect.get(item, 'payload') : undefined;
}
