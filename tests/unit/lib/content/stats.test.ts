import { describe, expect, it } from 'vitest';
import { sortWaves } from '../../../../src/lib/content/relations';
import {
	entriesAfter,
	headlineFigures,
	heldFigure,
	latestTallies,
	releasedTotal,
} from '../../../../src/lib/content/stats';
import { heldPoint, tallyOf, waveOf } from '../../../helpers';

const cite = ['kyiv-independent'];
type Precision = 'exact' | 'approximate' | 'at-least';
type Basis = 'official' | 'foreign-government' | 'human-rights' | 'press';
const count = (value: number, basis: Basis = 'official', precision: Precision = 'exact') => ({
	value,
	precision,
	basis,
	cite,
});
const HOUSE_ARREST = [{ type: 'house-arrest', cite }] as const;

describe('headlineFigures()', () => {
	const waves = sortWaves([
		waveOf('2025-12-13-clemency-123', { count: count(123), people: [] }),
		waveOf('2024-07-03-pardon-18', { count: count(18, 'human-rights', 'approximate'), people: [] }),
		waveOf('2025-09-11-release-52', { people: [] }),
	]);
	const counts = [heldPoint('2025-12-31', 1131), heldPoint('2025-09-15', 1197)];
	const tallies = [
		tallyOf({ date: '2026-03-05', count: { value: 605 } }),
		tallyOf({ date: '2026-01-10', count: { value: 590 } }),
	];
	const figures = headlineFigures(waves, counts, tallies);

	it('counts the entries and gives the range of their dates', () => {
		expect(figures).toMatchObject({ entries: 3, firstDate: '2024-07-03', lastDate: '2025-12-13' });
		expect(headlineFigures([], counts, tallies)).toMatchObject({
			entries: 0,
			firstDate: undefined,
			lastDate: undefined,
		});
	});

	it('adds up the people released', () => {
		expect(figures.released).toMatchObject({ total: 18 + 52 + 123, approximate: true, notReleased: 0, repeats: 0 });
		expect(figures.released.byBasis).toEqual({
			official: 52 + 123,
			'foreign-government': 0,
			'human-rights': 18,
			press: 0,
		});
	});

	it('picks the latest pardon tally', () => {
		expect(figures.tallies.map((t) => t.count.value)).toEqual([605]);
	});

	it('picks the latest held count and places it among the entries', () => {
		expect(figures.held?.point.count.value).toBe(1131);
		expect(figures.held?.after?.id).toBe('2025-12-13-clemency-123');
		expect(figures.held?.later).toEqual([]);
		expect(headlineFigures(waves, [], tallies).held).toBeUndefined();
	});
});

describe('releasedTotal()', () => {
	it('leaves out an entry that only moved people to house arrest', () => {
		const total = releasedTotal([
			waveOf('2020-10-11-house-arrest', { count: count(7), conditions: [...HOUSE_ARREST] }),
			waveOf('2025-09-11-release-52'),
		]);
		expect(total).toMatchObject({ total: 52, notReleased: 7, repeats: 0 });
	});

	it('leaves out the house-arrest part of a mixed entry', () => {
		const total = releasedTotal([
			waveOf('2025-09-11-release-52', {
				conditions: [
					{ type: 'expelled', cite },
					{ type: 'house-arrest', count: { value: 7 }, cite },
				],
			}),
		]);
		expect(total).toMatchObject({ total: 45, notReleased: 7 });
		expect(total.byBasis.official).toBe(45);
	});

	it('counts a person moved to house arrest and later released once, as one release', () => {
		const total = releasedTotal([
			waveOf('2020-10-11-kgb-jail-house-arrest', {
				count: count(2),
				conditions: [...HOUSE_ARREST],
				people: ['yury-shkliarov'],
			}),
			waveOf('2020-10-27-shkliarov-leaves', {
				count: count(1, 'press'),
				conditions: [{ type: 'left-belarus', cite }],
				people: ['yury-shkliarov'],
			}),
		]);
		expect(total).toMatchObject({ total: 1, repeats: 0, notReleased: 2 });
		expect(total.byBasis.press).toBe(1);
	});

	it('counts a person freed in two entries once, taking the repeat off the later entry', () => {
		const total = releasedTotal([
			waveOf('2024-07-03-pardon-18', { count: count(18), people: ['ihar-losik'] }),
			waveOf('2025-09-11-release-52', {
				count: count(52, 'foreign-government'),
				people: ['ihar-losik', 'ales-bialiatski'],
			}),
		]);
		expect(total).toMatchObject({ total: 18 + 52 - 1, repeats: 1 });
		expect(total.byBasis).toMatchObject({ official: 18, 'foreign-government': 51 });
	});

	it('does not count a return to prison as a first release', () => {
		const total = releasedTotal([
			waveOf('2025-09-11-release-52', { people: [{ id: 'mikola-statkevich', outcome: 'returned-to-prison' }] }),
			waveOf('2026-02-12-release', { count: count(10), people: ['mikola-statkevich'] }),
		]);
		expect(total).toMatchObject({ total: 62, repeats: 0 });
	});

	it('splits the total by who gives each count, the parts adding up to the total', () => {
		const total = releasedTotal([
			waveOf('2024-07-03-pardon-18', { count: count(18, 'human-rights'), people: ['ihar-losik'] }),
			waveOf('2024-09-16-pardon-37', { count: count(37, 'press'), people: ['ihar-losik'] }),
			waveOf('2025-09-11-release-52', { count: count(52, 'foreign-government'), people: [] }),
			waveOf('2025-12-13-clemency-123', { count: count(123, 'official'), people: [] }),
		]);
		expect(total.byBasis).toEqual({ official: 123, 'foreign-government': 52, 'human-rights': 18, press: 36 });
		expect(Object.values(total.byBasis).reduce((a, b) => a + b, 0)).toBe(total.total);
		expect(total.total).toBe(18 + 37 + 52 + 123 - 1);
	});

	it('flags the total as approximate when a released count is approximate or a lower bound, not for house arrest', () => {
		const exact = waveOf('2025-09-11-release-52');
		expect(releasedTotal([exact]).approximate).toBe(false);
		expect(releasedTotal([exact, waveOf('2025-12-13-x', { count: count(5, 'press', 'at-least') })]).approximate).toBe(
			true
		);
		expect(
			releasedTotal([exact, waveOf('2025-12-13-x', { count: count(5, 'press', 'approximate') })]).approximate
		).toBe(true);
		const heldAtHome = waveOf('2020-10-11-x', {
			count: count(5, 'press', 'approximate'),
			conditions: [...HOUSE_ARREST],
		});
		expect(releasedTotal([heldAtHome, exact]).approximate).toBe(false);
	});

	it('is zero for no entries', () => {
		expect(releasedTotal([])).toEqual({
			total: 0,
			approximate: false,
			byBasis: { official: 0, 'foreign-government': 0, 'human-rights': 0, press: 0 },
			notReleased: 0,
			repeats: 0,
		});
	});
});

describe('latestTallies()', () => {
	it('keeps the latest pardon tally for each period start, newest first', () => {
		const tallies = [
			tallyOf({ date: '2025-12-01', from: '2024-07', count: { value: 300 } }),
			tallyOf({ date: '2026-03-05', from: '2020', count: { value: 605 } }),
			tallyOf({ date: '2026-01-10', from: '2020', count: { value: 590 } }),
			tallyOf({ date: '2025-06-01', from: '2024-07', count: { value: 250 } }),
		];
		expect(latestTallies(tallies).map((t) => [t.from, t.date, t.count.value])).toEqual([
			['2020', '2026-03-05', 605],
			['2024-07', '2025-12-01', 300],
		]);
	});

	it('ignores closed periods and other measures', () => {
		const tallies = [
			tallyOf({ date: '2026-01-10', from: '2020', count: { value: 590 } }),
			tallyOf({ date: '2026-02-01', from: '2025', to: '2025', count: { value: 200 } }),
			tallyOf({ date: '2026-03-05', from: '2020', measure: 'expelled', count: { value: 400 } }),
			tallyOf({ date: '2026-03-06', from: '2020', measure: 'recognised', count: { value: 4500 } }),
		];
		expect(latestTallies(tallies).map((t) => t.count.value)).toEqual([590]);
		expect(latestTallies([])).toEqual([]);
	});
});

describe('heldFigure() and entriesAfter()', () => {
	const waves = sortWaves([
		waveOf('2025-09-11-release-52'),
		waveOf('2025-12-13-clemency-123'),
		waveOf('2026-01-18-release-20'),
		waveOf('2026-02-12-release'),
	]);

	it('finds the entry the latest count follows and the entries it cannot reflect', () => {
		const held = heldFigure(waves, [heldPoint('2025-12-31', 1131), heldPoint('2025-09-15', 1197)]);
		expect(held?.point.date).toBe('2025-12-31');
		expect(held?.after?.id).toBe('2025-12-13-clemency-123');
		expect(held?.later.map((w) => w.id)).toEqual(['2026-01-18-release-20', '2026-02-12-release']);
	});

	it('counts an entry on the same day as one the count follows', () => {
		const held = heldFigure(waves, [heldPoint('2025-12-13', 1150)]);
		expect(held?.after?.id).toBe('2025-12-13-clemency-123');
		expect(held?.later).toHaveLength(2);
	});

	it('follows no entry when the count is older than all of them, and is absent without counts', () => {
		expect(heldFigure(waves, [heldPoint('2025-01-01', 1200)])).toMatchObject({ after: undefined });
		expect(heldFigure(waves, [heldPoint('2025-01-01', 1200)])?.later).toHaveLength(4);
		expect(heldFigure(waves, [])).toBeUndefined();
	});

	it('lists the entries dated after a date', () => {
		expect(entriesAfter(waves, '2025-12-13').map((w) => w.id)).toEqual(['2026-01-18-release-20', '2026-02-12-release']);
		expect(entriesAfter(waves, '2026-02-12')).toEqual([]);
	});
});
