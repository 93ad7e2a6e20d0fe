import { describe, expect, it } from 'vitest';
import {
	checkDatesInRange,
	checkHouseArrestCounts,
	checkPeopleInEvents,
	checkTallyPeriods,
	type CheckedEvent,
} from '../../../../src/lib/content/cross-checks';
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
