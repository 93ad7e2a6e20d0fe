import { describe, expect, it } from 'vitest';
import { nearestPoint } from '../../../../src/lib/timeline/hit';

const points = [
	{ id: 'a', x: 0, y: 0 },
	{ id: 'b', x: 10, y: 0 },
	{ id: 'c', x: 100, y: 100 },
];

describe('nearestPoint()', () => {
	it('picks the nearest point, even between two close ones', () => {
		expect(nearestPoint(points, 3, 2, 44)?.id).toBe('a');
		expect(nearestPoint(points, 7, -3, 44)?.id).toBe('b');
		expect(nearestPoint(points, 90, 95, 44)?.id).toBe('c');
	});

	it('picks nothing beyond the reach', () => {
		expect(nearestPoint(points, 50, 50, 20)).toBeUndefined();
		expect(nearestPoint([], 0, 0, 44)).toBeUndefined();
	});
});
