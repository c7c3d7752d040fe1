import { describe, expect, it } from 'vitest';
import { isDprk, isUnattributed } from '../../../src/domain/filter';

describe('isDprk', () => {
  it.each<[string | null, boolean]>([
    ['DPRK', true],
    ['DPRK (Lazarus Group)', true],
    ['DPRK (TraderTraitor)', true],
    ['suspected: DPRK (Lazarus)', false],
    ['dprk', false],
    [' DPRK', false],
    ['Unknown actor', false],
    ['', false],
    [null, false],
  ])('says %j is DPRK: %s', (attribution, expected) => {
    expect(isDprk(attribution)).toBe(expected);
  });
});

describe('isUnattributed', () => {
  it.each<[string | null, boolean]>([
    [null, true],
    ['', true],
    ['   ', true],
    ['Unattributed', true],
    ['DPRK', false],
    ['Unknown actor', false],
  ])('says %j has no attribution: %s', (attribution, expected) => {
    expect(isUnattributed(attribution)).toBe(expected);
  });
});
