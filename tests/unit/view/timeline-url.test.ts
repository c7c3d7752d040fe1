import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW } from '../../../src/domain/view-state';
import { parseViewParams, serializeViewParams } from '../../../src/domain/view-url';

describe('the timeline’s measure and labels in the link', () => {
  it('leaves both out of the link at their defaults (stolen, labelled)', () => {
    expect(serializeViewParams(DEFAULT_VIEW)).toBe('');
    expect(parseViewParams('').view).toMatchObject({ measure: 'gross', labels: true });
  });

  it.each([
    [{ measure: 'net', labels: true }, 'measure=net'],
    [{ measure: 'share', labels: false }, 'measure=share&labels=off'],
    [{ measure: 'gross', labels: false }, 'labels=off'],
  ] as const)('writes %o as %s and reads it back', (timeline, query) => {
    const view = { ...DEFAULT_VIEW, ...timeline };
    expect(serializeViewParams(view)).toBe(query);
    expect(parseViewParams(query)).toEqual({ view, notices: [], dataset: null });
  });

  it('reads labels=on as the default', () => {
    expect(parseViewParams('labels=on')).toEqual({
      view: DEFAULT_VIEW,
      notices: [],
      dataset: null,
    });
  });

  it.each([
    ['measure=percent', 'measure', 'percent', ['gross', 'net', 'share']],
    ['labels=no', 'labels', 'no', ['on', 'off']],
  ])('falls back to the default with a notice for %s', (query, key, value, values) => {
    const { view, notices } = parseViewParams(query);
    expect(view).toEqual(DEFAULT_VIEW);
    expect(notices).toEqual([
      { kind: 'ignored', key, value, because: { kind: `not-${key}`, values } },
    ]);
  });
});
