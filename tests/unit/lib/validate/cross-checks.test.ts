import { describe, expect, it } from 'vitest';
import {
	checkDatesInRange,
	checkHouseArrestCounts,
	checkLikelyDuplicateWaves,
	checkPeopleFreedTwice,
	checkPeopleInEvents,
	checkTallyPeriods,
	type CheckedEvent,
} from '../../../../src/lib/validate/cross-checks';
import { waveOf } from '../../../helpers';

const cite = ['kyiv-independent'];
const checked = (overrides: Parameters<typeof waveOf>[1] = {}): CheckedEvent => {
	const { id, data } = waveOf('2025-09-11-x', overrides);
	// A line per path depth is enough to see that each problem is placed at its own field.
	return { id, file: `content/events/${id}.mdx`, data, lineOf: (path) => 100 + path.length };
};

describe('checkHouseArrestCounts()', () => {
	it('needs a count on each house-arrest condition beside other conditions', () => {
		const event = checked({
			conditions: [
				{ type: 'house-arrest', cite },
				{ type: 'expelled', cite },
				{ type: 'house-arrest', count: { value: 2 }, cite },
			],
		});
		expect(checkHouseArrestCounts([event])).toEqual([
			expect.objectContaining({ file: 'content/events/2025-09-11-x.mdx', line: 103, field: 'conditions.0.type' }),
		]);
	});

	it('accepts house arrest alone, without a count', () => {
		expect(checkHouseArrestCounts([checked({ conditions: [{ type: 'house-arrest', cite }] })])).toEqual([]);
	});
});

describe('checkPeopleInEvents()', () => {
	it('reports a repeat and an early own date, each at its field', () => {
		const event = checked({
			people: ['ihar-losik', { id: 'ales-bialiatski', date: '2025-09-01' }, { id: 'ihar-losik', outcome: 'expelled' }],
		});
		expect(checkPeopleInEvents([event]).map((p) => [p.field, p.line, p.message])).toEqual([
			['people.1.date', 103, `is before the entry's date 2025-09-11 (found "2025-09-01")`],
			['people.2', 102, '"ihar-losik" is named twice'],
		]);
	});

	it('checks each entry on its own: a person may appear in two entries', () => {
		expect(checkPeopleInEvents([checked(), checked()])).toEqual([]);
	});
});

/** A wave in its own file, dated by its id. */
const wave = (id: string, overrides: Parameters<typeof waveOf>[1] = {}): CheckedEvent => {
	const { data } = waveOf(id, overrides);
	return { id, file: `content/events/${id}.mdx`, data, lineOf: (path) => 100 + path.length };
};
const count = (value: number) => ({ value, basis: 'official' as const, cite });

describe('checkLikelyDuplicateWaves()', () => {
	it('warns on the later of two waves within three days with the same count, naming the earlier', () => {
		const first = wave('2025-12-13-clemency-123', { count: count(123), people: [] });
		const copy = wave('2025-12-16-coale-visit', { count: count(123), title: 'Another title', people: [] });
		// Given in any order, the warning is on the later file.
		expect(checkLikelyDuplicateWaves([copy, first])).toEqual([
			{
				file: 'content/events/2025-12-16-coale-visit.mdx',
				line: 102,
				field: 'count.value',
				message:
					'may be the same wave as content/events/2025-12-13-clemency-123.mdx (13 Dec 2025, 123 people): if so, keep one file',
				expected: expect.stringContaining('one file per wave'),
			},
		]);
	});

	it('names the earlier file for each of three copies under different names', () => {
		const copies = ['2025-12-13-a', '2025-12-14-b', '2025-12-15-c'].map((id) => wave(id, { count: count(123) }));
		expect(checkLikelyDuplicateWaves(copies).map((w) => [w.file, w.message.split(' (')[0]])).toEqual([
			['content/events/2025-12-14-b.mdx', 'may be the same wave as content/events/2025-12-13-a.mdx'],
			['content/events/2025-12-15-c.mdx', 'may be the same wave as content/events/2025-12-14-b.mdx'],
		]);
	});

	it('leaves apart waves four days apart, with other counts, or naming different people', () => {
		expect(
			checkLikelyDuplicateWaves([
				wave('2025-12-13-a', { count: count(123) }),
				wave('2025-12-17-b', { count: count(123) }),
				wave('2025-12-15-c', { count: count(124) }),
				wave('2026-02-19-one', { count: count(1), people: ['natallia-levaya'] }),
				wave('2026-02-19-other', { count: count(1), people: ['mikalai-statkevich'] }),
			])
		).toEqual([]);
	});
});

describe('checkPeopleFreedTwice()', () => {
	it('warns at the person in the later wave, naming the earlier file', () => {
		const first = wave('2025-12-13-clemency-123', { people: ['maria-kalesnikava'] });
		const later = wave('2026-03-19-release-250', { people: ['ihar-losik', 'maria-kalesnikava'] });
		expect(checkPeopleFreedTwice([later, first])).toEqual([
			{
				file: 'content/events/2026-03-19-release-250.mdx',
				line: 102,
				field: 'people.1',
				message:
					'"maria-kalesnikava" is also freed by content/events/2025-12-13-clemency-123.mdx (13 Dec 2025): a person freed twice may be one release recorded twice',
				expected: expect.stringContaining('name the person in one entry only'),
			},
		]);
	});

	it.each(['returned-to-prison', 'house-arrest'] as const)(
		'accepts a second release when the earlier wave says %s',
		(outcome) => {
			const first = wave('2025-09-11-release-52', { people: [{ id: 'mikalai-statkevich', outcome }] });
			const later = wave('2026-02-19-statkevich', { people: ['mikalai-statkevich'] });
			expect(checkPeopleFreedTwice([first, later])).toEqual([]);
		}
	);

	it('accepts a later wave that does not free the person, and counts an entry of house arrests as not freeing', () => {
		const first = wave('2025-09-11-a', { people: ['ihar-losik'] });
		const held = wave('2025-10-01-b', {
			conditions: [{ type: 'house-arrest', cite }],
			people: ['ihar-losik'],
		});
		const freed = wave('2025-11-01-c', { people: ['ihar-losik'] });
		expect(checkPeopleFreedTwice([first, held, freed])).toEqual([]);
	});
});

describe('checkDatesInRange()', () => {
	const at = (i: number) => ({ file: 'content/tallies.yaml', line: i + 1, field: `${i}.date` });

	it('reports dates after today and before 2020, and accepts the days between', () => {
		const items = [{ date: '2026-11-22' }, { date: '2026-11-23' }, { date: '2019-12-31' }, { date: '2020-01-01' }];
		expect(checkDatesInRange(items, at, '2026-11-22')).toEqual([
			{
				file: 'content/tallies.yaml',
				line: 2,
				field: '1.date',
				message: 'is in the future (today is 2026-11-22) (found "2026-11-23")',
				expected: 'a date from 2020-01-01 to 2026-11-22',
			},
			{
				file: 'content/tallies.yaml',
				line: 3,
				field: '2.date',
				message: 'is before 2020, when this record starts (found "2019-12-31")',
				expected: 'a date from 2020-01-01 to 2026-11-22',
			},
		]);
	});
});

describe('checkTallyPeriods()', () => {
	const lineOf = (path: readonly PropertyKey[]) => (Number(path[0]) + 1) * 10;
	it('accepts periods that start on or before the tally and end after they start', () => {
		expect(
			checkTallyPeriods(
				[
					{ date: '2025-12-30', from: '2024-07' },
					{ date: '2025-12-23', from: '2025', to: '2025' },
					{ date: '2024-07-08', from: '2024-07-08' },
				],
				'content/tallies.yaml',
				lineOf
			)
		).toEqual([]);
	});

	it('reports a period that starts after the tally date, and one that ends before it starts', () => {
		const problems = checkTallyPeriods(
			[
				{ date: '2024-06-30', from: '2024-07' },
				{ date: '2025-12-31', from: '2025-03', to: '2024' },
			],
			'content/tallies.yaml',
			lineOf
		);
		expect(problems.map((p) => [p.field, p.line])).toEqual([
			['0.from', 10],
			['1.to', 20],
		]);
		expect(problems[0]!.message).toBe('starts after the tally\'s date 2024-06-30 (found "2024-07")');
	});
});
