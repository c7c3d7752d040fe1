/**
 * The median of `values` (the mean of the two middle ones for an even count); null when empty.
 * Linear time on average (quickselect); it reorders `values` in place, so pass a scratch array.
 */
export function medianInPlace(values: Float64Array): number | null {
  const count = values.length;
  if (count === 0) return null;
  const middle = count >> 1;
  const upper = selectInPlace(values, middle);
  if (count % 2 === 1) return upper;
  // After selection every value before `middle` is <= upper; the lower middle is their maximum.
  let lower = Number.NEGATIVE_INFINITY;
  for (let at = 0; at < middle; at += 1) lower = Math.max(lower, values[at] ?? lower);
  return lower + (upper - lower) / 2; // no overflow for huge amounts
}

/** Puts the `k`-th smallest value at index `k` (smaller before, larger after) and returns it. */
function selectInPlace(values: Float64Array, k: number): number {
  const get = (at: number) => values[at] ?? 0;
  let left = 0;
  let right = values.length - 1;
  // Bad pivots on crafted input could make quickselect quadratic: past this budget, sort instead.
  let budget = 2 * Math.ceil(Math.log2(values.length + 1)) + 8;
  while (right > left) {
    if (budget === 0) {
      values.subarray(left, right + 1).sort();
      return get(k);
    }
    budget -= 1;
    const pivot = medianOfThree(get(left), get((left + right) >> 1), get(right));
    let i = left;
    let j = right;
    while (i <= j) {
      while (get(i) < pivot) i += 1;
      while (get(j) > pivot) j -= 1;
      if (i <= j) {
        const swap = get(i);
        values[i] = get(j);
        values[j] = swap;
        i += 1;
        j -= 1;
      }
    }
    // Now [left..j] <= pivot, [i..right] >= pivot, and anything between equals the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return get(k);
  }
  return get(k);
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : Math.max(a, c);
  return a < c ? a : Math.max(b, c);
}
