import { describe, expect, it } from 'vitest';
import { embedHeight, timelineFrameHeight } from '../../../../src/lib/embed/height';
import { renderChart } from '../../../../src/lib/timeline/chart';
import { localeOf } from '../../../../src/i18n';
import { LANGUAGE_LIST } from '../../../../src/i18n/pages';
import { datum, HELD, SMALL } from '../../../fixtures/timeline';

const en = localeOf('en');
const chartHeight = (filter: Parameters<typeof renderChart>[2]) =>
	renderChart(SMALL, HELD, filter, { loc: en }).swarm.layout.height;

describe('timelineFrameHeight()', () => {
	it('adds the room of the words to a tall chart, so a taller chart gets a taller frame by as much', () => {
		for (const lang of LANGUAGE_LIST)
			for (const narrowed of [false, true]) {
				const base = timelineFrameHeight(2000, lang, narrowed);
				expect(base).toBeGreaterThan(2000);
				expect(timelineFrameHeight(2100, lang, narrowed)).toBe(base + 100);
			}
	});

	it('never gives less than a phone needs for its words and a few rows, however short the chart', () => {
		for (const lang of LANGUAGE_LIST) {
			const floor = timelineFrameHeight(0, lang, false);
			expect(floor).toBeGreaterThan(600);
			expect(timelineFrameHeight(10, lang, false)).toBe(floor);
		}
	});

	it('gives a narrowed view more room, for its button and status line, in every language', () => {
		for (const lang of LANGUAGE_LIST)
			for (const chart of [0, 480, 2000])
				expect(timelineFrameHeight(chart, lang, true)).toBeGreaterThan(timelineFrameHeight(chart, lang, false));
	});

	it('gives the longer Belarusian and Russian words more room than the English', () => {
		for (const lang of ['be', 'ru'] as const)
			expect(timelineFrameHeight(480, lang, false)).toBeGreaterThan(timelineFrameHeight(480, 'en', false));
	});

	it('returns whole pixels, for the height attribute', () => {
		expect(Number.isInteger(timelineFrameHeight(480.4, 'en', false))).toBe(true);
		expect(timelineFrameHeight(2000.2, 'en', false)).toBe(timelineFrameHeight(2001, 'en', false));
	});
});

describe('embedHeight()', () => {
	it("follows the chart drawn for the options, and the embed's language only for its words", () => {
		const plain = { kinds: [] };
		expect(embedHeight(SMALL, HELD, plain, en)).toBe(timelineFrameHeight(chartHeight(plain), 'en', false));
		const narrowed = { kinds: [], from: '2025-01-01', lang: 'ru' as const };
		expect(embedHeight(SMALL, HELD, narrowed, en)).toBe(timelineFrameHeight(chartHeight(narrowed), 'ru', true));
	});

	it("is the same whatever language's data and words draw the chart, so the builder may use its own", () => {
		const tall = Array.from({ length: 60 }, (_, i) =>
			datum({ id: `w${i}`, date: `2024-0${1 + (i % 9)}-1${i % 10}`, count: 1 + i, names: ['Ihar Losik'] })
		);
		for (const data of [SMALL, tall])
			for (const options of [{ kinds: [] }, { kinds: ['pardon' as const], from: '2024-03-01' }])
				expect(new Set(LANGUAGE_LIST.map((l) => embedHeight(data, HELD, options, localeOf(l)))).size).toBe(1);
	});

	it('grows with a chart whose waves stack higher', () => {
		const crowded = Array.from({ length: 40 }, (_, i) => datum({ id: `c${i}`, date: '2024-06-01', count: 5 }));
		expect(embedHeight(crowded, HELD, { kinds: [] }, en)).toBeGreaterThan(embedHeight(SMALL, HELD, { kinds: [] }, en));
	});
});
