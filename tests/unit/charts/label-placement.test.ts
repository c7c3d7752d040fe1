import { describe, expect, it } from 'vitest';
import { placeLabels, type Box } from '../../../src/components/charts/label-placement';

const bounds: Box = { x: 0, y: 0, width: 300, height: 200 };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placing the timeline’s labels', () => {
  it('sets a label just over its bar, centred on it, when nothing is in the way', () => {
    const [label] = placeLabels(
      [{ anchorX: 100, anchorY: 150, width: 40, height: 14 }],
      [{ x: 90, y: 150, width: 20, height: 50 }],
      bounds,
    );
    expect(label).toMatchObject({ x: 80, width: 40, isLifted: false });
    expect((label?.y ?? 0) + 14).toBeLessThanOrEqual(150);
    expect((label?.y ?? 0) + 14).toBeGreaterThan(140);
  });

  it('lifts a label over a taller neighbouring bar and over a label placed before it', () => {
    const bars: Box[] = [
      { x: 90, y: 150, width: 20, height: 50 },
      { x: 115, y: 60, width: 20, height: 140 },
      { x: 140, y: 120, width: 20, height: 80 },
    ];
    const placed = placeLabels(
      [
        { anchorX: 125, anchorY: 60, width: 60, height: 14 },
        { anchorX: 100, anchorY: 150, width: 60, height: 14 },
        { anchorX: 150, anchorY: 120, width: 60, height: 14 },
      ],
      bars,
      bounds,
    );
    const boxes = placed.flatMap((box) => (box ? [box] : []));
    expect(boxes).toHaveLength(3);
    expect(boxes.slice(1).every((box) => box.isLifted)).toBe(true);
    for (const box of boxes) for (const bar of bars) expect(overlap(box, bar)).toBe(false);
    boxes.forEach((box, at) =>
      boxes.slice(at + 1).forEach((other) => expect(overlap(box, other)).toBe(false)),
    );
  });

  it('keeps a label inside the chart at its edges, and leaves out one with no room above', () => {
    const placed = placeLabels(
      [
        { anchorX: 5, anchorY: 100, width: 60, height: 14 },
        { anchorX: 200, anchorY: 10, width: 60, height: 14 },
      ],
      [],
      bounds,
    );
    expect(placed[0]?.x).toBe(0);
    expect(placed[1]).toBeNull();
  });
});
