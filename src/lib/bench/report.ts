import type { SiteMeasures } from './measure-site';
import { HOME_GZIP_LIMIT } from '../quality/built-site';

/** One build of one size, as `npm run bench` writes it to bench-results/bench.json. */
export interface BenchRun extends SiteMeasures {
	date: string;
	/** The machine, and its load average over the minute before the run: other work on it slows the builds. */
	machine: { cpus: number; model: string | undefined; node: string; loadAverage: number };
	/** Which repetition this is (`--runs`), from 0: sizes are compared within one repetition. */
	run: number;
	/** `today`: the real content as it is; `synthetic`: generated at the size given. */
	content: 'today' | 'synthetic';
	waves: number;
	people: number;
	locales: number;
	buildSeconds: number;
	/** The same build again with nothing changed: Astro's content cache and every social image kept. */
	cachedBuildSeconds: number;
	/**
	 * The CPU seconds (user and system, every thread) of the cold and the unchanged build: they move less than the
	 * wall time when the machine is shared, and above the wall time they show the work done on the second core.
	 */
	buildCpuSeconds: number;
	cachedBuildCpuSeconds: number;
	/** The share of the machine's CPU time the host took during each build: wall times with a high one are noise. */
	stealPercent: number;
	cachedStealPercent: number;
	/** With `--images`: the cached build again with the social-image cache emptied, so every image is drawn. */
	coldImagesBuildSeconds?: number;
	validateSeconds: number;
	/** What one more page costs the cold build, from this size and synthetic content of today's size in the same repetition. */
	msPerPage: number | null;
	/** The same for the unchanged builds: what a page costs once its social image is drawn and cached. */
	cachedMsPerPage: number | null;
	/** The cold build's peak resident memory, and the unchanged build's. */
	peakRssMB: number;
	cachedPeakRssMB: number;
	/** Keystroke to results in Chromium with the CPU slowed 4×, over the run's own index: median and 95th percentile. */
	searchMsPerKeystroke: number;
	searchMsPerKeystrokeP95: number;
	/** The social images built (every wave and person page and the site's, in every language), and their bytes. */
	socialImages: number;
	socialImageBytes: number;
	/** With `--images`: what drawing one image adds to the build, from the two cached builds. */
	socialImageBuildMs?: number;
	/** With `--images`: one wave's image in this process: its SVG, drawing it, and taking it from the cache (median ms). */
	socialImageMs?: { svg: number; rasterise: number; cached: number };
}

/** The limits of the "measured at scale" issue, each on one field of a run. */
export const BUDGETS = [
	{ field: 'buildSeconds', limit: 150, text: 'cold build <= 150 s' },
	{ field: 'peakRssMB', limit: 8192, text: 'peak memory <= 8,192 MB' },
	{ field: 'msPerPage', limit: 5, text: 'marginal cost <= 5 ms a page' },
	{ field: 'largestPageGzipBytes', limit: 100 * 1024, text: 'no page over 100 KB gzip' },
	{ field: 'homeGzipBytes', limit: HOME_GZIP_LIMIT, text: 'home page <= 35 KB gzip in every language' },
] as const satisfies readonly { field: keyof BenchRun; limit: number; text: string }[];

/**
 * The marginal cost of a page: the builds' difference (cold, or unchanged with `cached`) over the pages'
 * difference. Null when the two builds have about as many pages (under 100 apart), where noise would be the answer.
 */
export function marginalMsPerPage(
	base: Pick<BenchRun, 'buildSeconds' | 'cachedBuildSeconds' | 'pages'>,
	run: Pick<BenchRun, 'buildSeconds' | 'cachedBuildSeconds' | 'pages'>,
	build: 'buildSeconds' | 'cachedBuildSeconds' = 'buildSeconds'
): number | null {
	const pages = run.pages - base.pages;
	if (Math.abs(pages) < 100) return null;
	return Number((((run[build] - base[build]) * 1000) / pages).toFixed(2));
}

const KB = (bytes: number) => (bytes / 1024).toFixed(1);

/** A figure with its budget's verdict: `12.3 ok`, `180.0 OVER`, or `-` when there is no figure. */
function judged(run: BenchRun, field: (typeof BUDGETS)[number]['field'], shown: (value: number) => string): string {
	const value = run[field];
	if (value === null) return '-';
	const { limit } = BUDGETS.find((b) => b.field === field)!;
	return `${shown(value)} ${value <= limit ? 'ok' : 'OVER'}`;
}

/** The report's table, one row per run, with each budgeted figure marked ok or OVER, and the budgets under it. */
export function benchTable(runs: readonly BenchRun[]): string[] {
	return [
		'run | content | waves | people | pages | build s | cached build s | CPU s (cached) | steal % (cached) | peak MB | ms/page (cached) | validate s | home KB gzip | search index KB gzip | ms/keystroke (p95) | largest page KB gzip',
		...runs.map((r) =>
			[
				r.run,
				r.content,
				r.waves,
				r.people,
				r.pages,
				judged(r, 'buildSeconds', (s) => s.toFixed(1)),
				r.cachedBuildSeconds.toFixed(1),
				`${r.buildCpuSeconds.toFixed(1)} (${r.cachedBuildCpuSeconds.toFixed(1)})`,
				`${r.stealPercent} (${r.cachedStealPercent})`,
				judged(r, 'peakRssMB', String),
				`${judged(r, 'msPerPage', (ms) => ms.toFixed(2))} (${r.cachedMsPerPage?.toFixed(2) ?? '-'})`,
				r.validateSeconds.toFixed(2),
				`${judged(r, 'homeGzipBytes', KB)} (${r.homeLanguage})`,
				KB(r.searchIndexGzipBytes),
				`${r.searchMsPerKeystroke} (${r.searchMsPerKeystrokeP95})`,
				`${judged(r, 'largestPageGzipBytes', KB)} ${r.largestPagePath}`,
			].join(' | ')
		),
		`budgets: ${BUDGETS.map((b) => b.text).join('; ')}`,
	];
}
