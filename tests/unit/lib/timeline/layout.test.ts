import { describe, expect, it } from 'vitest';
import { layoutTimeline, defaultDomain } from '../../../../src/lib/timeline/layout';
import { COMPACT, WIDE } from '../../../../src/lib/timeline/presets';
import type { Box, TimelineLayout } from '../../../../src/lib/timeline/types';
import { HELD, SMALL, datum } from '../../../fixtures/timeline';

const boxesIntersect = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const markBox = (l: TimelineLayout, i: number): Box => {
	const m = l.marks[i]!;
	return { x0: m.x - l.barWidth / 2, x1: m.x + l.barWidth / 2, y0: m.y - 12, y1: m.y + m.height };
};

describe('layoutTimeline()', () => {
	it('runs from January 2020 to two months after the latest entry, and extends when a wave is added', () => {
		expect(layoutTimeline(SMALL, HELD, { preset: WIDE }).domain).toEqual(['2020-01-01', '2026-02-01']);
		const later = [...SMALL, datum({ id: '2026-03-05-e', date: '2026-03-05', count: 18 })];
		expect(layoutTimeline(later, HELD, { preset: WIDE }).domain).toEqual(['2020-01-01', '2026-05-01']);
	});

	it('gives every wave one mark linking to its page, in date order, with bar height proportional to the count', () => {
		const l = layoutTimeline(SMALL, HELD, { preset: WIDE });
		expect(l.marks.map((m) => m.href)).toEqual(SMALL.map((d) => `/events/${d.id}/`));
		const [, , c, d] = l.marks;
		expect(c!.height / d!.height).toBeCloseTo(52 / 123, 2);
		expect(l.marks.every((m, i) => i === 0 || m.x > l.marks[i - 1]!.x)).toBe(true);
	});

	it('names each mark with date, count, kind and the best-known names', () => {
		const { marks } = layoutTimeline(SMALL, HELD, { preset: WIDE });
		expect(marks[3]!.label).toBe(
			'13 December 2025: 123 released (negotiated release), incl. Ales Bialiatski, Maria Kalesnikava'
		);
		expect(marks[1]!.label).toBe('2 July 2024: about 18 released (pardon)');
	});

	it('marks imprecise counts and draws the political-prisoner part only where it is known', () => {
		const { marks } = layoutTimeline(SMALL, HELD, { preset: WIDE });
		expect(marks.map((m) => m.precise)).toEqual([true, false, true, true]);
		expect(marks[0]!.ppHeight).toBe(marks[0]!.height);
		expect(marks.slice(1).map((m) => m.ppHeight)).toEqual([undefined, undefined, undefined]);
	});

	it('draws an empty chart with axes when there are no events', () => {
		const l = layoutTimeline([], [], { preset: WIDE });
		expect(l.marks).toEqual([]);
		expect(l.annotations).toEqual([]);
		expect(l.held).toBeUndefined();
		expect(l.xTicks.length).toBeGreaterThan(0);
	});

	it('lays out a single event', () => {
		const l = layoutTimeline([datum({ id: 'one', date: '2022-02-18', count: 1 })], [], { preset: COMPACT });
		expect(l.marks).toHaveLength(1);
		expect(l.marks[0]!.height).toBeGreaterThan(0);
		expect(l.annotations.map((a) => a.id)).toEqual(['one']);
	});

	it('keeps two waves on the same day apart, with their true date on the axis', () => {
		const same = [datum({ id: 'a', date: '2025-01-24' }), datum({ id: 'b', date: '2025-01-24', kind: 'exchange' })];
		const [a, b] = layoutTimeline(same, [], { preset: WIDE }).marks;
		expect(b!.x - a!.x).toBeGreaterThanOrEqual(WIDE.barWidth + WIDE.barGap - 0.01);
		expect(a!.dateX).toBe(b!.dateX);
		expect((a!.x + b!.x) / 2).toBeCloseTo(a!.dateX, 1);
	});

	it('annotates the largest waves and milestones without overlapping each other or the marks', () => {
		for (const preset of [WIDE, COMPACT]) {
			const l = layoutTimeline(SMALL, HELD, { preset });
			expect(l.annotations.map((a) => a.id)).toContain('2025-12-13-d');
			expect(l.annotations.map((a) => a.id)).toContain('2025-09-11-c');
			for (const [i, a] of l.annotations.entries()) {
				expect(a.box.x0).toBeGreaterThanOrEqual(0);
				expect(a.box.x1).toBeLessThanOrEqual(l.width);
				for (const b of l.annotations.slice(i + 1)) expect(boxesIntersect(a.box, b.box)).toBe(false);
				for (const m of l.marks.keys()) expect(boxesIntersect(a.box, markBox(l, m))).toBe(false);
			}
		}
		const wide = layoutTimeline(SMALL, HELD, { preset: WIDE });
		expect(wide.annotations.find((a) => a.id === '2025-12-13-d')!.lines).toEqual([
			'13 Dec 2025: 123 released',
			'incl. Ales Bialiatski, Maria Kalesnikava',
		]);
		expect(wide.annotations.find((a) => a.id === '2024-07-02-b')?.lines[1]).toBe('First of the 2024–25 pardon waves');
	});

	it('zooms to a domain, dropping waves outside it and rescaling heights', () => {
		const l = layoutTimeline(SMALL, HELD, { preset: WIDE, domain: ['2025-01-01', '2025-12-31'] });
		expect(l.marks.map((m) => m.id)).toEqual(['2025-09-11-c', '2025-12-13-d']);
		expect(l.xTicks[0]!.label).toBe('2025');
		expect(l.held?.points.map((p) => p.date)).toEqual(['2025-12-31']);
	});

	it('puts the held series in its own panel below the bars', () => {
		const l = layoutTimeline(SMALL, HELD, { preset: WIDE });
		expect(l.held!.top).toBeGreaterThan(l.baseline);
		expect(l.held!.points).toHaveLength(3);
		expect(l.held!.points.every((p) => p.y >= l.held!.top && p.y <= l.held!.bottom)).toBe(true);
		expect(l.held!.ticks.map((t) => t.label)).toContain('1,500');
	});

	it('aggregates 1,000 waves into periods that fit, with links to the period', () => {
		const many = Array.from({ length: 1000 }, (_, i) => {
			const day = new Date(Date.UTC(2020, 6, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10);
			return datum({ id: `w${i}`, date: day, count: 1 + (i % 40) });
		});
		const started = performance.now();
		const l = layoutTimeline(many, HELD, { preset: WIDE });
		const elapsed = performance.now() - started;
		expect(l.aggregated).toBe('month');
		expect(l.marks.length).toBeLessThan(80);
		expect(l.marks.reduce((sum, m) => sum + m.waves, 0)).toBe(1000);
		expect(l.marks[0]!.href).toBe('/?year=2020#waves');
		expect(l.marks[0]!.label).toMatch(/^July 2020: \d+ waves, [\d,]+ released$/);
		const compact = layoutTimeline(many, HELD, { preset: COMPACT });
		expect(compact.aggregated).not.toBe('none');
		expect(compact.marks.length * (COMPACT.barWidth + COMPACT.barGap)).toBeLessThanOrEqual(
			compact.plotRight - compact.plotLeft
		);
		// Generous bound: a guard against accidental quadratic work, not a benchmark.
		expect(elapsed).toBeLessThan(1000);
	});

	it('produces the same layout in any time zone (TZ is pinned to a DST zone for this run)', () => {
		expect(process.env['TZ']).toBe('America/Los_Angeles');
		const l = layoutTimeline(SMALL, HELD, { preset: WIDE });
		expect(l.xTicks.map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
	});
});

describe('defaultDomain()', () => {
	it('starts at 2020 even with no data', () => {
		expect(defaultDomain([], [])).toEqual(['2020-01-01', '2021-02-01']);
	});
});
