import { describe, expect, it } from 'vitest';
import { consolidatePeerScores } from '../../../shared/engine/peer';

describe('peer consolidation (docs/domain.md, "Peer scoring")', () => {
  it('mean of the other members, half-up to hundredths', () => {
    expect(consolidatePeerScores([800, 901], false)).toEqual({ points: 851, used: 2, trimmed: false });
    expect(consolidatePeerScores([100, 100, 101], false).points).toBe(100); // 100,33 → 100
  });
  it('nobody scored → no value (never a silent zero)', () => {
    expect(consolidatePeerScores([], true)).toEqual({ points: null, used: 0, trimmed: false });
  });
  it('trim drops one highest and one lowest only when at least 5 peers scored', () => {
    expect(consolidatePeerScores([0, 500, 600, 700, 1000], true)).toEqual({ points: 600, used: 3, trimmed: true });
    expect(consolidatePeerScores([0, 600, 700, 1000], true)).toEqual({ points: 575, used: 4, trimmed: false });
    expect(consolidatePeerScores([0, 500, 600, 700, 1000], false).trimmed).toBe(false);
  });
});
