// Where the timeline's labels go: above their bars, clear of every bar and of each other.
// Pure geometry in SVG pixels (y grows downwards), so it is tested without a browser.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  /** The centre of the labelled bar, and its top. */
  readonly anchorX: number;
  readonly anchorY: number;
  readonly width: number;
  readonly height: number;
}

/** A placed label: its box, and whether it was lifted off its bar (then a leader line joins them). */
export interface PlacedLabel extends Box {
  readonly isLifted: boolean;
}

/** Space kept between a label and anything else. */
export const LABEL_GAP = 3;

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/**
 * Places each label (in the order given: the largest first) centred over its bar, kept within
 * `bounds` sideways, then lifted above whatever it would touch: a bar (`obstacles`) or a label
 * placed before it. A label that would have to rise above `bounds.y` is not placed (null).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  gap = LABEL_GAP,
): (PlacedLabel | null)[] {
  const placed: Box[] = [];
  return requests.map((request) => {
    const left = bounds.x;
    const right = bounds.x + bounds.width - request.width;
    const x = Math.max(left, Math.min(right, request.anchorX - request.width / 2));
    let y = request.anchorY - gap - request.height;
    const lowest = y;
    for (;;) {
      const box = { x, y, width: request.width, height: request.height };
      const hit = [...obstacles, ...placed].find((other) => overlaps(box, other, gap));
      if (hit === undefined || y < bounds.y) break;
      y = Math.min(y, hit.y - gap - request.height) - 0.01;
    }
    if (y < bounds.y || request.width > bounds.width) return null;
    const box = { x, y, width: request.width, height: request.height };
    placed.push(box);
    return { ...box, isLifted: y < lowest - 0.5 };
  });
}

/** A rough width of a line of text: wide enough for the font the chart uses (no DOM to measure). */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62) + 2;
}
