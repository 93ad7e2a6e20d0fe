import { describe, expect, it } from 'vitest';
import { benchTable, marginalMsPerPage, type BenchRun } from '../../../../src/lib/bench/report';

const run = (overrides: Partial<BenchRun> = {}): BenchRun => ({
	date: '2026-12-02T10:00:00.000Z',
	machine: { cpus: 2, model: 'Test CPU', node: 'v24.9.0', loadAverage: 0.5 },
	run: 0,
	content: 'synthetic',
	waves: 1000,
	people: 5000,
	locales: 3,
	pages: 18_000,
	buildSeconds: 120,
	cachedBuildSeconds: 40,
	buildCpuSeconds: 190.4,
	cachedBuildCpuSeconds: 55,
	stealPercent: 3.5,
	cachedStealPercent: 0,
	cachedPeakRssMB: 2500,
	validateSeconds: 1.5,
	msPerPage: 4.2,
	cachedMsPerPage: 0.5,
	peakRssMB: 3000,
	homeGzipBytes: 30 * 1024,
	homeLanguage: 'be',
	searchIndexGzipBytes: 100 * 1024,
	searchMsPerKeystroke: 27,
	searchMsPerKeystrokeP95: 38,
	largestPageGzipBytes: 90 * 1024,
	largestPagePath: '/ru/people/',
	listPagesGzipBytes: { '/': 20_000, '/events/': 60_000, '/people/': 90 * 1024, '/search/': 80_000 },
	socialImages: 18_000,
	socialImageBytes: 800 * 2 ** 20,
	...overrides,
});

describe('marginalMsPerPage()', () => {
	const small = { buildSeconds: 20, cachedBuildSeconds: 7, pages: 400 };
	const big = { buildSeconds: 110, cachedBuildSeconds: 16, pages: 18_400 };

	it('divides the extra build time by the extra pages, cold or unchanged', () => {
		expect(marginalMsPerPage(small, big)).toBe(5);
		expect(marginalMsPerPage(small, big, 'cachedBuildSeconds')).toBe(0.5);
	});

	it('gives nothing for two builds of about the same number of pages, where noise would be the answer', () => {
		expect(marginalMsPerPage(small, { ...small, buildSeconds: 22, pages: 440 })).toBeNull();
	});
});

describe('benchTable()', () => {
	it('prints one row per run, with every budgeted figure marked ok within its budget', () => {
		const [header, row, budgets] = benchTable([run()]);
		expect(header).toMatch(/^run \| content \| waves \| people \| pages \| build s/);
		expect(row).toBe(
			'0 | synthetic | 1000 | 5000 | 18000 | 120.0 ok | 40.0 | 190.4 (55.0) | 3.5 (0) | 3000 ok | 4.20 ok (0.50) | 1.50 | 30.0 ok (be) | 100.0 | 27 (38) | 90.0 ok /ru/people/'
		);
		expect(budgets).toContain('cold build <= 150 s');
		expect(budgets).toContain('home page <= 35 KB gzip in every language');
	});

	it('marks every figure over its budget, and shows no marginal cost for a run without one', () => {
		const row = benchTable([
			run({
				buildSeconds: 151,
				peakRssMB: 9000,
				msPerPage: null,
				cachedMsPerPage: null,
				homeGzipBytes: 36 * 1024,
				largestPageGzipBytes: 101 * 1024,
			}),
		])[1];
		expect(row).toContain('151.0 OVER');
		expect(row).toContain('9000 OVER');
		expect(row).toContain('36.0 OVER (be)');
		expect(row).toContain('101.0 OVER /ru/people/');
		expect(row?.split(' | ')[10]).toBe('- (-)');
	});
});
