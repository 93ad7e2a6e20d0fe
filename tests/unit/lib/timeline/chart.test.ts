import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../../src/lib/timeline/chart';
import { grouping } from '../../../../src/lib/timeline/items';
import { legendSpec, renderLegendHtml } from '../../../../src/lib/timeline/legend';
import { framedChartSvg } from '../../../../src/lib/timeline/frame';
import { SWARM } from '../../../../src/lib/timeline/presets';
import { filterOptions } from '../../../../src/lib/timeline/filter';
import { viewCsv } from '../../../../src/lib/timeline/view-csv';
import { parseCsv } from '../../../../src/lib/export/csv';
import { DICTIONARIES, localeOf } from '../../../../src/i18n';
import { fill, makeLocale } from '../../../../src/lib/i18n/locale';
import { chartMessages } from '../../../../src/lib/timeline/messages';
import { fullChartSvg } from '../../../../src/lib/timeline/full-chart';
import { aggregate } from '../../../../src/lib/timeline/aggregate';
import { chartItems } from '../../../../src/lib/timeline/items';
import { layoutRows } from '../../../../src/lib/timeline/rows';
import { renderRowsHtml } from '../../../../src/lib/timeline/render-rows';
import { createTimeScale, timeTicks } from '../../../../src/lib/timeline/scale';
import { utcDate } from '../../../../src/lib/time/dates';
import { escapeXml } from '../../../../src/lib/timeline/escape';
import { datum, HELD, SMALL } from '../../../fixtures/timeline';

const loc = localeOf('en');

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
		const view = renderChart(SMALL, HELD, { kinds: [] }, { loc });
		expect(view.title).toBe('Political-prisoner release waves in Belarus, 11 October 2020 to 13 December 2025');
		expect(view.status).toBe('');
		expect(view.shown).toHaveLength(4);
	});

	it('says what a filter shows, with the range of the waves shown, not of the axis', () => {
		const view = renderChart(SMALL, HELD, { from: '2025-01-01', to: '2025-12-31', kinds: [] }, { loc });
		expect(view.status).toBe('Showing 2 of 4 waves, 11 September 2025 to 13 December 2025.');
		expect(view.swarm.layout.marks.map((m) => m.id)).toEqual(['2025-09-11-c', '2025-12-13-d']);
	});

	it('says so in the chart and the rows when a filter matches nothing', () => {
		const view = renderChart(SMALL, HELD, { kinds: ['amnesty-law'] }, { loc });
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
		const view = renderChart(many(1000), HELD, { kinds: [] }, { loc });
		expect(view.swarm.layout.grouped).toBe('month');
		expect(view.swarm.layout.marks.length).toBeLessThanOrEqual(SWARM.maxMarks);
		expect(view.swarm.layout.marks[0]?.label).toMatch(/^July 2020: \d+ waves, [\d,]+ released$/);
		expect(view.rows.layout.rows).toHaveLength(40);
	});

	it.each([
		['wide', () => renderChart(SMALL, HELD, { kinds: [] }, { loc }).swarm.svg],
		['rows', () => renderChart(SMALL, HELD, { kinds: [] }, { moreHref: '#waves', loc }).rows.html],
		['aggregated', () => renderChart(many(400), HELD, { kinds: [] }, { loc }).swarm.svg],
		['empty', () => renderChart(SMALL, HELD, { kinds: ['exchange'] }, { loc }).swarm.svg],
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
					{ kinds: [] },
					{ loc }
				).swarm.svg,
		],
	])('renders the %s layout as before', async (name, render) => {
		await expect(normalise(render())).toMatchFileSnapshot(`./__snapshots__/chart-${name.replace(/ /g, '-')}.html`);
	});
});

describe('legendSpec()', () => {
	it('lists only the encodings the chart uses', () => {
		const plain = legendSpec(
			renderChart([datum({ id: 'x', date: '2025-01-01', count: 40 })], [], { kinds: [] }, { loc }).swarm.layout,
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
		const full = legendSpec(renderChart(SMALL, HELD, { kinds: [] }, { loc }).swarm.layout, SWARM);
		expect(full.kinds).toEqual(['pardon', 'negotiated-release', 'other']);
		expect(full).toMatchObject({ imprecise: true, politicalPrisoners: true, held: true });
		expect(renderLegendHtml(full, loc)).toContain('Dashed: approximate or minimum count');
		expect(renderLegendHtml(plain, loc)).not.toContain('Dashed');
	});

	it('marks the keys only the time chart uses, so the row view can hide them', () => {
		const full = legendSpec(renderChart(SMALL, HELD, { kinds: [] }, { loc }).swarm.layout, SWARM);
		const items = [...renderLegendHtml(full, loc).matchAll(/<li( class="swarm-key")?>(.*?)<\/li>/g)];
		const swarmOnly = items.filter((m) => m[1]).map((m) => m[2]!.replace(/<[^>]*>/g, '').trim());
		expect(swarmOnly).toEqual([
			...full.sizes.map((s) => loc.count(s.count, loc.t.words.people)),
			loc.t.chart.legendLine,
		]);
		expect(items.filter((m) => !m[1]).map((m) => m[2])).toHaveLength(full.kinds.length + 2);
	});
});

describe('framedChartSvg()', () => {
	it('frames the chart as a newsroom graphic: title, subtitle, legend, source, date of the data and credit', () => {
		const layout = renderChart(SMALL, HELD, { kinds: [] }, { loc }).swarm.layout;
		const svg = framedChartSvg(layout, { title: 'A & title', dataAsOf: '2026-12-02', loc });
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

// The words come from the dictionaries, which translators keep improving; the dates, numbers and the
// way the pieces are put together are what these tests pin down.
describe('the chart in Belarusian and Russian', () => {
	const be = localeOf('be');
	const ru = localeOf('ru');

	it('titles the chart and its status line in the language, with no double full stop after a date', () => {
		const span = fill(be.t.dates.span, { from: '11 верасня 2025 г.', to: '13 снежня 2025 г.' });
		expect(renderChart(SMALL, HELD, { kinds: [] }, { loc: be }).title).toBe(
			fill(be.t.chart.titleSpan, {
				span: fill(be.t.dates.span, { from: '11 кастрычніка 2020 г.', to: '13 снежня 2025 г.' }),
			})
		);
		const { status } = renderChart(SMALL, HELD, { from: '2025-01-01', to: '2025-12-31', kinds: [] }, { loc: be });
		expect(status).toBe(fill(be.t.chart.status, { shown: '2', total: '4', span }));
		expect(status).not.toContain('г..');
		const empty = renderChart(SMALL, HELD, { kinds: ['exchange'] }, { loc: ru });
		expect(empty.status).toBe(ru.t.chart.empty);
		expect(empty.title).toBe(ru.t.chart.title);
		expect(empty.rows.html).toContain(`<p class="timeline-empty">${escapeXml(ru.t.chart.emptyHint)}</p>`);
	});

	it('names every mark and annotation in the language', () => {
		const { layout, svg } = renderChart(SMALL, HELD, { kinds: [] }, { loc: ru }).swarm;
		const { chart, counts, kinds, precisions } = ru.t;
		const wave = (date: string, count: string, kind: 'other' | 'pardon' | 'negotiated-release') =>
			fill(chart.markWave, { date, count, verb: counts.released, kind: kinds[kind].toLowerCase() });
		expect(layout.marks.map((m) => m.label)).toEqual([
			wave('11 октября 2020 г.', '7', 'other'),
			wave('2 июля 2024 г.', fill(precisions.approximate, { n: '18' }), 'pardon'),
			fill(chart.markNames, { label: wave('11 сентября 2025 г.', '52', 'negotiated-release'), names: 'Ihar Losik' }),
			fill(chart.markNames, {
				label: wave('13 декабря 2025 г.', '123', 'negotiated-release'),
				names: 'Ales Bialiatski, Maria Kalesnikava',
			}),
		]);
		expect(layout.annotations.map((a) => a.lines)).toContainEqual([
			fill(chart.annotationHead, { date: '13 дек. 2025 г.', count: '123', verb: counts.released }),
			fill(chart.including, { names: 'Ales Bialiatski, Maria Kalesnikava' }),
		]);
		expect(layout.held?.ticks.map((t) => t.label)).toContain('1\u00a0000');
		for (const text of [escapeXml(chart.dateAxis), escapeXml(chart.heldAxis), '>1\u00a0131<'])
			expect(svg).toContain(text);
		for (const text of ['released', 'Political prisoners', 'political prisoners were held'])
			expect(svg).not.toContain(text);
	});

	it('groups waves by months named in the language, counting the waves in it', () => {
		const [first] = aggregate(many(400), 'month', be);
		expect(first).toMatchObject({
			id: '2020-07',
			title: 'ліпень 2020',
			summary: `16 ${be.t.words.waves.many}`,
			waves: 16,
		});
		const [year] = aggregate(many(400), 'year', ru);
		expect(year).toMatchObject({ id: '2020', title: '2020' });
		const [mark] = renderChart(many(1000), HELD, { kinds: [] }, { loc: be }).swarm.layout.marks;
		expect(mark?.label).toBe(
			fill(be.t.chart.markPeriod, {
				title: 'ліпень 2020',
				waves: be.count(mark?.waves ?? 0, be.t.words.waves),
				count: be.number(mark?.count ?? 0),
			})
		);
		expect(mark?.label).toMatch(/^ліпень 2020: /);
	});

	it('labels the time axis in the language', () => {
		const months = createTimeScale([utcDate('2025-01-01'), utcDate('2025-06-30')], [0, 100]);
		expect(timeTicks(months, 6, 'en').map((t) => t.label)).toEqual(['2025', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
		expect(timeTicks(months, 6, 'be').map((t) => t.label)).toEqual(['2025', 'лют', 'сак', 'кра', 'май', 'чэр']);
		expect(timeTicks(months, 6, 'ru').map((t) => t.label)).toEqual(['2025', 'февр.', 'март', 'апр.', 'май', 'июнь']);
		const days = createTimeScale([utcDate('2025-01-01'), utcDate('2025-01-20')], [0, 100]);
		expect(timeTicks(days, 4, 'en').map((t) => t.label)).toEqual(['5 Jan', '12 Jan', '19 Jan']);
		expect(timeTicks(days, 4, 'be').map((t) => t.label)).toEqual(['5 сту', '12 сту', '19 сту']);
	});

	it('says in English how many older waves the full list has', () => {
		const en = localeOf('en');
		const layout = layoutRows(chartItems(SMALL, HELD, 'none', '/', en), { maxRows: 2 });
		expect(renderRowsHtml(layout, { moreHref: '#waves', loc: en })).toContain('>2 older waves in the full list</a>');
		const one = layoutRows(chartItems(SMALL, HELD, 'none', '/', en), { maxRows: SMALL.length - 1 });
		expect(renderRowsHtml(one, { moreHref: '#waves', loc: en })).toContain('>1 older wave in the full list</a>');
	});

	it('counts the rows left out for the link to the full list in the language', () => {
		const layout = layoutRows(chartItems(SMALL, HELD, 'none', '/be/', be), { maxRows: 2 });
		const html = renderRowsHtml(layout, { moreHref: '#waves', loc: be });
		expect(html).toContain(
			`<p class="rows-more"><a href="#waves">${escapeXml(fill(be.t.chart.olderWaves, { n: 2, word: be.plural(2, be.t.words.waves) }))}</a></p>`
		);
		expect(html).toContain('href="/be/events/2025-12-13-d/"');
		expect(html).toContain(
			`<time datetime="2025-12-13">13 сне 2025</time> <strong>123 ${escapeXml(be.t.counts.released)}</strong>`
		);
	});

	it('draws the same chart with the strings the browser carries as with the whole dictionary', () => {
		for (const lang of ['en', 'be', 'ru'] as const) {
			const browser = makeLocale(lang, chartMessages(DICTIONARIES[lang]));
			for (const filter of [
				{ kinds: [] },
				{ from: '2025-01-01', to: '2025-12-31', kinds: [] },
				{ kinds: ['exchange' as const] },
			])
				expect(renderChart(SMALL, HELD, filter, { loc: browser, moreHref: '#waves' })).toEqual(
					renderChart(SMALL, HELD, filter, { loc: localeOf(lang), moreHref: '#waves' })
				);
			expect(renderChart(many(400), HELD, { kinds: [] }, { loc: browser })).toEqual(
				renderChart(many(400), HELD, { kinds: [] }, { loc: localeOf(lang) })
			);
		}
	});

	it('lists the legend and frames the chart in the language', () => {
		const layout = renderChart(SMALL, HELD, { kinds: [] }, { loc: be }).swarm.layout;
		const { chart, kinds, words } = be.t;
		const legend = renderLegendHtml(legendSpec(layout, SWARM), be);
		expect(legend).toContain(`aria-label="${escapeXml(chart.legend)}"`);
		for (const text of [
			kinds.pardon,
			chart.legendDashed,
			chart.legendInner,
			chart.legendLine,
			`1 ${words.people.one}`,
			`123 ${words.people.few}`,
		])
			expect(legend).toContain(escapeXml(text));
		const svg = framedChartSvg(layout, { title: 'Загаловак', dataAsOf: '2026-12-02', loc: be });
		for (const text of [
			chart.subtitle,
			fill(chart.sourceLine, { source: chart.source }),
			fill(chart.frameAsOf, { credit: chart.credit, date: '2 снежня 2026 г.' }),
			kinds['negotiated-release'],
			`1 ${words.people.one}`,
		])
			expect(svg).toContain(escapeXml(text));
		expect(framedChartSvg(layout, { title: 'x', loc: be })).toContain(`>${escapeXml(chart.credit)}</text></svg>`);
	});

	it('serves the whole record as the framed chart in the language, linking to its pages', () => {
		const svg = fullChartSvg(SMALL, HELD, '/ru/', ru, '2026-12-02');
		const { chart, dates } = ru.t;
		expect(svg).toContain(
			escapeXml(
				fill(chart.titleSpan, { span: fill(dates.span, { from: '11 октября 2020 г.', to: '13 декабря 2025 г.' }) })
			)
		);
		expect(svg).toContain('href="/ru/events/2025-12-13-d/"');
		expect(svg).toContain(escapeXml(fill(chart.frameAsOf, { credit: chart.credit, date: '2 декабря 2026 г.' })));
	});
});

describe('fullChartSvg()', () => {
	it('frames the whole record in English, as /timeline.svg serves it', () => {
		const svg = fullChartSvg(SMALL, HELD, '/', loc, '2026-12-02');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200"/);
		expect(svg).toContain('Political-prisoner release waves in Belarus, 11 October 2020 to 13 December 2025');
		expect(svg).toContain('href="/events/2025-12-13-d/"');
		expect(svg).toContain('Chart: Release Waves, CC BY 4.0 · Data as of 2 December 2026');
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
