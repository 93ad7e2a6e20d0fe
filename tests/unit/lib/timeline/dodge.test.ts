import { describe, expect, it } from 'vitest';
import { dodge } from '../../../../src/lib/timeline/dodge';

describe('dodge()', () => {
	it('leaves well-spaced positions alone', () => {
		expect(dodge([10, 30, 50], 5, 0, 100)).toEqual([10, 30, 50]);
	});

	it('spreads a crowd evenly around its mean', () => {
		expect(dodge([50, 50, 50], 10, 0, 100)).toEqual([40, 50, 60]);
	});

	it('merges groups that collide after spreading', () => {
		const out = dodge([40, 41, 48, 49], 5, 0, 100);
		out.slice(1).forEach((x, i) => expect(x - out[i]!).toBeGreaterThanOrEqual(5 - 1e-9));
		expect(out.reduce((a, b) => a + b) / 4).toBeCloseTo(44.5);
	});

	it('keeps positions inside the range', () => {
		expect(dodge([0, 0], 10, 0, 100)).toEqual([0, 10]);
		expect(dodge([100, 100], 10, 0, 100)).toEqual([90, 100]);
	});
});
