import { describe, expect, it } from 'vitest';
import { utcDate } from '../../../../src/lib/time/dates';
import { chartItems } from '../../../../src/lib/timeline/items';
import { SWARM } from '../../../../src/lib/timeline/presets';
import { defaultDomain, layoutSwarm, radiusOf, stackMarks } from '../../../../src/lib/timeline/swarm';
import type { SwarmLayout, TimelineDatum } from '../../../../src/lib/timeline/types';
import { localeOf } from '../../../../src/i18n';
import { datum, HELD, SMALL } from '../../../fixtures/timeline';

const loc = localeOf('en');

const layoutOf = (data: TimelineDatum[], domain = defaultDomain(data, HELD)) =>
	layoutSwarm(chartItems(data, HELD, 'none', '/', loc), HELD, { preset: SWARM, domain, loc });

/** The date a mark's x stands for, read back through the axis. */
function dateOfMark(layout: SwarmLayout, xPct: number): number {
	const [t0, t1] = layout.domain.map((d) => utcDate(d).getTime()) as [number, number];
	return t0 + ((xPct - layout.leftPct) / (layout.rightPct - layout.leftPct)) * (t1 - t0);
}

/** Dense waves: eight in three weeks, two on the same day, of very different sizes. */
const DENSE = [
	datum({ id: 'a', date: '2025-01-18', count: 23 }),
	datum({ id: 'b', date: '2025-01-24', count: 15 }),
	datum({ id: 'c', date: '2025-01-26', count: 1, kind: 'negotiated-release' }),
	datum({ id: 'd', date: '2025-02-01', count: 250 }),
	datum({ id: 'e', date: '2025-02-01', count: 1 }),
	datum({ id: 'f', date: '2025-02-03', count: 42 }),
	datum({ id: 'g', date: '2025-02-05', count: 2 }),
	datum({ id: 'h', date: '2025-02-07', count: 123, kind: 'negotiated-release' }),
];

describe('layoutSwarm()', () => {
	it.each([
		['small', SMALL],
		['dense same-week', DENSE],
	])('draws every %s wave within a day of its date', (_, data) => {
		const layout = layoutOf(data);
		const day = 86_400_000;
		expect(layout.marks).toHaveLength(data.length);
		for (const mark of layout.marks)
			expect(Math.abs(dateOfMark(layout, mark.xPct) - utcDate(mark.date).getTime())).toBeLessThan(day);
	});

	it('keeps a 24 px target disc around every wave free of every other, at the narrowest width', () => {
		const { marks } = layoutOf(DENSE);
		const reach = (r: number) => Math.max(r, SWARM.target / 2);
		for (const [i, a] of marks.entries()) {
			for (const b of marks.slice(i + 1)) {
				const dx = ((a.xPct - b.xPct) / 100) * SWARM.refWidth;
				expect(Math.hypot(dx, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(reach(a.r) + reach(b.r) - 0.05);
			}
		}
	});

	it('sizes marks by area, with a floor so one person stays visible and reachable', () => {
		const { marks } = layoutOf(DENSE);
		const byId = new Map(marks.map((m) => [m.id, m]));
		expect(byId.get('d')!.r).toBe(SWARM.maxRadius);
		expect(byId.get('h')!.r).toBeCloseTo(SWARM.maxRadius * Math.sqrt(123 / 250), 1);
		expect(byId.get('c')!.r).toBe(SWARM.minRadius);
	});

	it('draws recognised political prisoners as an inner shape of proportional area', () => {
		const [mark] = layoutOf([datum({ id: 'x', date: '2025-09-11', count: 52, politicalPrisoners: 13 })]).marks;
		expect(mark!.ppR).toBeCloseTo(mark!.r / 2, 1);
	});

	it('places annotations for the largest waves and milestones above every mark', () => {
		const layout = layoutOf(SMALL);
		expect(layout.annotations.map((a) => a.id).sort()).toEqual(['2024-07-02-b', '2025-09-11-c', '2025-12-13-d']);
		const withMilestone = layoutOf([
			...SMALL.slice(1),
			datum({ id: 'm', date: '2021-05-01', count: 2, milestone: 'A turning point' }),
		]);
		expect(withMilestone.annotations.find((a) => a.id === 'm')?.lines).toEqual([
			'1 May 2021: 2 released',
			'A turning point',
		]);
		const highest = Math.min(...layout.marks.map((m) => m.y - Math.max(m.r, SWARM.target / 2)));
		for (const a of layout.annotations) expect(a.y).toBeLessThan(highest);
	});

	it('keeps an empty chart honest: no marks and no count axis, only the time axis', () => {
		const layout = layoutOf([], ['2025-01-01', '2025-12-31']);
		expect(layout.marks).toEqual([]);
		expect(layout.annotations).toEqual([]);
		expect(layout.ticks.length).toBeGreaterThan(1);
	});

	it('lays out 1,000 waves without overlap in a few hundred milliseconds at most', () => {
		const many = Array.from({ length: 1000 }, (_, i) =>
			datum({
				id: `w${i}`,
				date: new Date(Date.UTC(2020, 6, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10),
				count: 1 + (i % 97),
			})
		);
		const started = performance.now();
		const layout = layoutOf(many);
		expect(layout.marks).toHaveLength(1000);
		expect(performance.now() - started).toBeLessThan(5000);
	});
});

describe('stackMarks()', () => {
	it('puts lone marks on the baseline and lifts a close neighbour just clear of the first', () => {
		const [a, b, c] = stackMarks([0, 10, 200], [5, 5, 5], 100, 24);
		expect(a).toBe(88);
		expect(c).toBe(88);
		expect(Math.hypot(10, b! - a!)).toBeCloseTo(24, 5);
	});
});

describe('radiusOf()', () => {
	it('scales the radius with the square root of the count', () => {
		expect(radiusOf(250, 250, SWARM)).toBe(SWARM.maxRadius);
		expect(radiusOf(62.5, 250, SWARM)).toBeCloseTo(SWARM.maxRadius / 2, 5);
		expect(radiusOf(0, 250, SWARM)).toBe(SWARM.minRadius);
	});
});
