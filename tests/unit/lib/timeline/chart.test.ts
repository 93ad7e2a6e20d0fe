import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../../src/lib/timeline/chart';
import { grouping } from '../../../../src/lib/timeline/items';
import { legendSpec, renderLegendHtml } from '../../../../src/lib/timeline/legend';
import { framedChartSvg, frameText } from '../../../../src/lib/timeline/frame';
import { SWARM } from '../../../../src/lib/timeline/presets';
import { filterOptions } from '../../../../src/lib/timeline/filter';
import { viewCsv } from '../../../../src/lib/timeline/view-csv';
import { parseCsv } from '../../../../src/lib/export/csv';
import { datum, HELD, SMALL } from '../../../fixtures/timeline';

const many = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		datum({
			id: `w${i}`,
			date: new Date(Date.UTC(2020, 6, 1) + i * 86_400_000 * 2).toISOString().slice(0, 10),
			count: 1 + (i % 40),
		})
	);

/** Round every number in markup to one decimal, so snapshots keep the shape and ignore float noise. */
const normalise = (markup: string) => markup.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

describe('renderChart()', () => {
	it('titles the chart with the waves’ own range and says nothing when nothing is narrowed', () => {
		const view = renderChart(SMALL, HELD, { kinds: [] });
		expect(view.title).toBe('Political-prisoner release waves in Belarus, 11 October 2020 to 13 December 2025');
		expect(view.status).toBe('');
		expect(view.shown).toHaveLength(4);
	});

	it('says what a filter shows, with the range of the waves shown, not of the axis', () => {
		const view = renderChart(SMALL, HELD, { from: '2025-01-01', to: '2025-12-31', kinds: [] });
		expect(view.status).toBe('Showing 2 of 4 waves, 11 September 2025 to 13 December 2025.');
		expect(view.swarm.layout.marks.map((m) => m.id)).toEqual(['2025-09-11-c', '2025-12-13-d']);
	});

	it('says so in the chart and the rows when a filter matches nothing', () => {
		const view = renderChart(SMALL, HELD, { kinds: ['amnesty-law'] });
		expect(view.status).toBe('No waves match these filters.');
		expect(view.swarm.svg).toContain('<text class="empty"');
		expect(view.swarm.svg).not.toMatch(/class="mark[ "]/);
		expect(view.rows.html).toContain('<p class="timeline-empty">No waves match these filters.');
		expect(view.title).toBe('Political-prisoner release waves in Belarus');
	});

	it('groups waves by month, then by year, only when they would not fit', () => {
		expect(grouping(many(120), 120)).toBe('none');
		expect(grouping(many(121), 120)).toBe('month');
		expect(grouping(many(3000), 120)).toBe('year');
		const view = renderChart(many(1000), HELD, { kinds: [] });
		expect(view.swarm.layout.grouped).toBe('month');
		expect(view.swarm.layout.marks.length).toBeLessThanOrEqual(SWARM.maxMarks);
		expect(view.swarm.layout.marks[0]?.label).toMatch(/^July 2020: \d+ waves, [\d,]+ released$/);
		expect(view.rows.layout.rows).toHaveLength(40);
	});

	it.each([
		['wide', () => renderChart(SMALL, HELD, { kinds: [] }).swarm.svg],
		['rows', () => renderChart(SMALL, HELD, { kinds: [] }, { moreHref: '#waves' }).rows.html],
		['aggregated', () => renderChart(many(400), HELD, { kinds: [] }).swarm.svg],
		['empty', () => renderChart(SMALL, HELD, { kinds: ['exchange'] }).swarm.svg],
		[
			'dense same-week',
			() =>
				renderChart(
					[
						datum({ id: 'a', date: '2025-01-18', count: 23 }),
						datum({ id: 'b', date: '2025-01-24', count: 15 }),
						datum({ id: 'c', date: '2025-01-26', count: 1, kind: 'negotiated-release' }),
						datum({ id: 'd', date: '2025-01-26', count: 250, precision: 'at-least' }),
					],
					HELD,
					{ kinds: [] }
				).swarm.svg,
		],
	])('renders the %s layout as before', async (name, render) => {
		await expect(normalise(render())).toMatchFileSnapshot(`./__snapshots__/chart-${name.replace(/ /g, '-')}.html`);
	});
});

describe('legendSpec()', () => {
	it('lists only the encodings the chart uses', () => {
		const plain = legendSpec(
			renderChart([datum({ id: 'x', date: '2025-01-01', count: 40 })], [], { kinds: [] }).swarm.layout,
			SWARM
		);
		expect(plain).toEqual({
			kinds: ['pardon'],
			sizes: [
				{ count: 1, r: 5 },
				{ count: 10, r: 13 },
				{ count: 40, r: 26 },
			],
			imprecise: false,
			politicalPrisoners: false,
			held: false,
		});
		const full = legendSpec(renderChart(SMALL, HELD, { kinds: [] }).swarm.layout, SWARM);
		expect(full.kinds).toEqual(['pardon', 'negotiated-release', 'other']);
		expect(full).toMatchObject({ imprecise: true, politicalPrisoners: true, held: true });
		expect(renderLegendHtml(full)).toContain('Dashed: approximate or minimum count');
		expect(renderLegendHtml(plain)).not.toContain('Dashed');
	});
});

describe('framedChartSvg()', () => {
	it('frames the chart as a newsroom graphic: title, subtitle, legend, source, date of the data and credit', () => {
		const layout = renderChart(SMALL, HELD, { kinds: [] }).swarm.layout;
		const svg = framedChartSvg(layout, frameText('A & title', '2026-12-02'));
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="[\d.]+"/);
		for (const text of [
			'A &amp; title',
			'sized by how many people were freed',
			'Negotiated release',
			'Source: announced',
			'Data as of 2 December 2026',
			'Chart: Release Waves, CC BY 4.0',
		])
			expect(svg).toContain(text);
		expect(svg).toContain('<svg class="timeline-svg" x="24" y="86" width="1152"');
	});
});

describe('filterOptions()', () => {
	it('offers the years and kinds that have waves, with their counts', () => {
		expect(filterOptions(SMALL)).toEqual({
			total: 4,
			years: [
				{ value: '2025', count: 2 },
				{ value: '2024', count: 1 },
				{ value: '2020', count: 1 },
			],
			kinds: [
				{ value: 'pardon', count: 1 },
				{ value: 'negotiated-release', count: 2 },
				{ value: 'other', count: 1 },
			],
		});
	});
});

describe('viewCsv()', () => {
	it('writes the waves of the view, one row each, with their page', () => {
		const [header, ...rows] = parseCsv(viewCsv(SMALL.slice(0, 2), 'https://example.org/'));
		expect(header).toEqual([
			'id',
			'date',
			'title',
			'count',
			'count_precision',
			'kind',
			'released',
			'political_prisoners',
			'url',
		]);
		expect(rows).toEqual([
			[
				'2020-10-11-a',
				'2020-10-11',
				'Wave 2020-10-11-a',
				'7',
				'exact',
				'other',
				'true',
				'7',
				'https://example.org/events/2020-10-11-a/',
			],
			[
				'2024-07-02-b',
				'2024-07-02',
				'Wave 2024-07-02-b',
				'18',
				'approximate',
				'pardon',
				'true',
				'',
				'https://example.org/events/2024-07-02-b/',
			],
		]);
	});
});
