import { describe, expect, it } from 'vitest';
import { latestWaves, neighbours, sortWaves, wavesByPerson, wavesByYear } from '../../../../src/lib/content/relations';
import { eventSchema } from '../../../../src/lib/content/schema';
import { eventInput } from '../../../helpers';

const wave = (id: string, date: string, overrides = {}) => ({
	id,
	data: eventSchema.parse(eventInput({ date, ...overrides })),
});
const waves = sortWaves([
	wave('c', '2025-12-13', { people: ['ales-bialiatski'] }),
	wave('a', '2024-07-02'),
	wave('b', '2025-09-11'),
]);

describe('relations', () => {
	it('sorts waves by date and finds neighbours', () => {
		expect(waves.map((w) => w.id)).toEqual(['a', 'b', 'c']);
		expect(neighbours(waves, 'b')).toEqual({ previous: waves[0], next: waves[2] });
		expect(neighbours(waves, 'a').previous).toBeUndefined();
	});

	it('maps people to the waves that freed them, and groups waves by year', () => {
		expect(
			wavesByPerson(waves)
				.get('ales-bialiatski')
				?.map((w) => w.id)
		).toEqual(['c']);
		expect(wavesByYear(waves).map(([year, list]) => [year, list.length])).toEqual([
			['2024', 1],
			['2025', 2],
		]);
	});

	it('keeps only the latest waves, oldest first', () => {
		expect(latestWaves(waves, 2).map((w) => w.id)).toEqual(['b', 'c']);
	});
});
