import { describe, expect, it } from 'vitest';
import {
	auditPages,
	auditTable,
	belowTarget,
	summariseRun,
	type LighthouseResult,
} from '../../../../src/lib/quality/audit';

const category = (score: number, ...refs: [string, number][]) => ({
	score,
	auditRefs: refs.map(([id, weight]) => ({ id, weight })),
});
const audit = (id: string, score: number | null, numericValue?: number, scoreDisplayMode = 'numeric') => ({
	[id]: { id, title: `The ${id} audit`, score, scoreDisplayMode, numericValue },
});

/** A Lighthouse result with the given performance and accessibility scores and figures. */
function lhr(performance: number, accessibility: number, lcp: number): LighthouseResult {
	return {
		categories: {
			performance: category(performance, ['largest-contentful-paint', 25], ['render-blocking-insight', 0]),
			accessibility: category(accessibility, ['color-contrast', 7]),
			'best-practices': category(1),
			seo: category(1),
		},
		audits: {
			...audit('largest-contentful-paint', lcp > 2500 ? 0.8 : 1, lcp),
			...audit('total-blocking-time', 1, 12.4),
			...audit('cumulative-layout-shift', 1, 0.01234),
			...audit('first-contentful-paint', 1, 800),
			...audit('speed-index', 1, 900),
			...audit('total-byte-weight', 1, 48_230),
			...audit('render-blocking-insight', 0, undefined, 'metricSavings'),
			...audit('color-contrast', accessibility < 1 ? 0 : 1, undefined, 'binary'),
			'network-requests': {
				id: 'network-requests',
				title: 'Requests',
				score: null,
				scoreDisplayMode: 'informative',
				details: { items: [{}, {}, {}] },
			},
		},
	};
}

describe('auditPages()', () => {
	const html = (id: string) =>
		id === '2025-01-01-a' ? '<a href="/people/">People</a><a href="/people/ales-b/">Ales</a>' : '<p>No names</p>';

	it('audits the latest wave in each language and a person an earlier wave names when the latest names nobody', () => {
		expect(auditPages(['2025-06-01-b', '2024-03-01-c', '2025-01-01-a'], html)).toEqual([
			'/',
			'/be/',
			'/ru/',
			'/events/2025-06-01-b/',
			'/be/events/2025-06-01-b/',
			'/ru/events/2025-06-01-b/',
			'/people/ales-b/',
			'/search/',
			'/embed/',
			'/embed/wave/2025-06-01-b/',
		]);
	});

	it('says to build first when there are no event pages', () => {
		expect(() => auditPages([], html)).toThrow(/npm run build/);
	});
});

describe('summariseRun()', () => {
	it('keeps the scores out of 100, the timings, layout shift, bytes and requests', () => {
		expect(summariseRun('/', 2, lhr(0.97, 1, 1234.6))).toMatchObject({
			page: '/',
			run: 2,
			scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
			lcpMs: 1235,
			tbtMs: 12,
			cls: 0.012,
			totalBytes: 48_230,
			requests: 3,
		});
	});

	it('names the audits that cost points, not the ones that weigh nothing', () => {
		expect(summariseRun('/', 1, lhr(0.9, 0.92, 3000)).failing).toEqual([
			{
				category: 'performance',
				id: 'largest-contentful-paint',
				title: 'The largest-contentful-paint audit',
				score: 0.8,
			},
			{ category: 'accessibility', id: 'color-contrast', title: 'The color-contrast audit', score: 0 },
		]);
	});
});

describe('auditTable() and belowTarget()', () => {
	const runs = [
		summariseRun('/', 1, lhr(0.96, 1, 1000)),
		summariseRun('/', 2, lhr(1, 1, 1400)),
		summariseRun('/', 3, lhr(0.98, 1, 1100)),
		summariseRun('/embed/', 1, lhr(1, 0.92, 900)),
	];

	it('prints one row per page with the median of its runs, and why a page lost points', () => {
		expect(auditTable(runs)).toEqual([
			'page | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | KB | requests',
			'/ | 98 | 100 | 100 | 100 | 1100 | 12 | 0.012 | 47.1 | 3',
			'/embed/ | 100 | 92 | 100 | 100 | 900 | 12 | 0.012 | 47.1 | 3',
			'  costs points: accessibility: color-contrast',
		]);
	});

	it('prints a median between two runs as a whole number', () => {
		const two = [summariseRun('/', 1, lhr(0.99, 1, 1000)), summariseRun('/', 2, lhr(1, 1, 1401))];
		expect(auditTable(two)[1]).toBe('/ | 100 | 100 | 100 | 100 | 1201 | 12 | 0.012 | 47.1 | 3');
	});

	it('lists each page and category under 100 once, with its lowest score', () => {
		expect(belowTarget(runs)).toEqual(['/ performance 96', '/embed/ accessibility 92']);
	});
});
