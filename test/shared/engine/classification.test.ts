import { describe, expect, it } from 'vitest';
import { classify } from '../../../shared/engine/classification';
import type { Band } from '../../../shared/model/rules';

// No default thresholds exist: the cluster enters its own bands (docs/domain.md, "Classification bands").
const bands: Band[] = [
  { id: 'xs', name: 'Hoàn thành xuất sắc nhiệm vụ', lower: { value: 9000, inclusive: true } },
  { id: 'tot', name: 'Hoàn thành tốt nhiệm vụ', lower: { value: 8000, inclusive: true }, upper: { value: 9000, inclusive: false } },
  { id: 'ht', name: 'Hoàn thành nhiệm vụ', lower: { value: 5000, inclusive: false }, upper: { value: 8000, inclusive: false } },
  { id: 'kht', name: 'Không hoàn thành nhiệm vụ', upper: { value: 5000, inclusive: true } },
];

describe('classification bands with inclusive and exclusive bounds', () => {
  it.each([
    [9500, 'xs'], [9000, 'xs'], [8999, 'tot'], [8000, 'tot'], [7999, 'ht'], [5001, 'ht'], [5000, 'kht'], [0, 'kht'], [12000, 'xs'],
  ])('total %i → %s', (total, id) => {
    expect(classify(bands, total)?.id).toBe(id);
  });
  it('no band when none holds the total, or no bands at all', () => {
    expect(classify(bands.slice(0, 2), 7000)).toBeNull();
    expect(classify([], 9000)).toBeNull();
  });
});
