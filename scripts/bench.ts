/**
 * `npm run bench [-- --waves N --people M] [--runs K] [--keep] [--images]`: build the site in a temporary copy of
 * the project, in every language, and measure what the "measured at scale" budgets are about.
 * - No flags: today's content as it is, and synthetic content of today's size beside it.
 * - `--waves N --people M`: today's content, and synthetic content of that size (waves naming people, and `be` and
 *   `ru` translations of a third of both); the marginal cost of a page comes from the two sizes.
 * - `--runs K`: everything K times; `--keep`: keep the copies for profiling; `--images`: one more build with the
 *   social-image cache emptied, and what one image costs.
 * Each copy is built cold, then again unchanged (Astro's content cache and the cached social images).
 * Prints a table with the budgets' verdicts and writes bench-results/bench.json, one object per build.
 */
import { EVENTS_DIR, PEOPLE_DIR, TRANSLATIONS_DIR } from '../src/lib/content/paths';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { syntheticContent, type SyntheticSize } from '../src/lib/bench/synthetic-content';
import { measureSite } from '../src/lib/bench/measure-site';
import { percentile, typedQueries } from '../src/lib/bench/keystrokes';
import { keystrokeLatencies } from '../src/lib/bench/search-latency';
import { benchTable, marginalMsPerPage, type BenchRun } from '../src/lib/bench/report';
import { childrenCpuSeconds, machineTime, stealPercent } from '../src/lib/bench/cpu-time';
import { readContentFiles, todayUtc } from '../src/lib/validate/read-content';
import { validateContent } from '../src/lib/validate/validate';
import { formatProblem, sortProblems } from '../src/lib/validate/problems';
import { LANGUAGES } from '../src/lib/i18n/languages';
import type { EventData, PrisonerCountData } from '../src/lib/content/schema';
import { renderChart } from '../src/lib/timeline/chart';
import { toHeldData, toTimelineDatum } from '../src/lib/timeline/data';
import { waveSocialImage } from '../src/lib/social-image/page-images';
import { socialImageLayers } from '../src/lib/social-image/image-svg';
import { layersToPng } from '../src/lib/social-image/draw';
import { socialPng } from '../src/lib/social-image/render-png';
import { localeOf } from '../src/i18n';

const SKIP = new Set([
	'node_modules',
	'dist',
	'.astro',
	'.git',
	'test-results',
	'playwright-report',
	'bench-results',
	'audit-results',
]);
const PORT = 4800;
const { values: flags } = parseArgs({
	options: {
		waves: { type: 'string' },
		people: { type: 'string' },
		runs: { type: 'string', default: '1' },
		keep: { type: 'boolean', default: false },
		images: { type: 'boolean', default: false },
	},
});
const count = (flag: string | undefined, name: string, fallback: number) => {
	const n = flag === undefined ? fallback : Number(flag);
	if (!Number.isInteger(n) || n < 0)
		throw new Error(`--${name} must be a whole number, such as 1000 (found "${flag}")`);
	return n;
};
const root = process.cwd();
const today = validateContent(readContentFiles(root), todayUtc());
const todaySize = { waves: today.events.length, people: today.people.size };
const size: SyntheticSize = {
	waves: count(flags.waves, 'waves', todaySize.waves),
	people: count(flags.people, 'people', todaySize.people),
};
const repetitions = count(flags.runs, 'runs', 1);
const machine = () => ({
	cpus: cpus().length,
	model: cpus()[0]?.model,
	node: process.version,
	loadAverage: Number(loadavg()[0]!.toFixed(2)),
});

/** Copy the project without build output and link its node_modules; with a size, swap in synthetic content. */
function prepare(synthetic: SyntheticSize | undefined): string {
	const dir = mkdtempSync(join(tmpdir(), `release-waves-bench-${synthetic ? synthetic.waves : 'today'}-`));
	cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(relative(root, src).split('/')[0] ?? '') });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	if (!synthetic) return dir;
	// Drafts stay, as in a real record; today's counts, tallies and site corrections stay beside the synthetic waves.
	for (const folder of [EVENTS_DIR, PEOPLE_DIR])
		for (const name of readdirSync(join(dir, folder))) if (!name.startsWith('_')) rmSync(join(dir, folder, name));
	rmSync(join(dir, TRANSLATIONS_DIR), { recursive: true, force: true });
	for (const { path, text } of syntheticContent(synthetic)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const ownChildrenCpu = () => childrenCpuSeconds(readFileSync('/proc/self/stat', 'utf8'));

/** Build the copy (see bench-build.ts), with its social-image cache in the copy, not the linked node_modules. */
function build(dir: string): { seconds: number; cpuSeconds: number; stealPercent: number; peakRssMB: number } {
	const [machineBefore, cpuBefore] = [machineTime(readFileSync('/proc/stat', 'utf8')), ownChildrenCpu()];
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'scripts', 'bench-build.ts')], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 256 * 2 ** 20,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOCIAL_IMAGE_CACHE: join(dir, 'social-image-cache') },
	});
	const seconds = (performance.now() - started) / 1000;
	const cpuSeconds = ownChildrenCpu() - cpuBefore;
	const steal = stealPercent(machineBefore, machineTime(readFileSync('/proc/stat', 'utf8')));
	const peakKb = /\npeak-rss-kb (\d+)/.exec(result.stdout)?.[1];
	if (result.status !== 0 || !peakKb) throw new Error(`build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
	return { seconds, cpuSeconds, stealPercent: steal, peakRssMB: Math.round(Number(peakKb) / 1024) };
}

async function median(task: () => unknown, times = 7): Promise<number> {
	const ms: number[] = [];
	for (let i = 0; i < times; i++) {
		const started = performance.now();
		await task();
		ms.push(performance.now() - started);
	}
	return Number(ms.sort((a, b) => a - b)[times >> 1]!.toFixed(1));
}

/** Time one wave's social image over the chart of all the waves, as the build makes it. */
async function socialImageCost(
	events: readonly { id: string; data: EventData }[],
	counts: readonly PrisonerCountData[]
): Promise<NonNullable<BenchRun['socialImageMs']>> {
	const loc = localeOf('en');
	const data = events.map((e) => toTimelineDatum(e.id, e.data, (id) => id));
	const layout = renderChart(data, toHeldData(counts), { kinds: [] }, { loc }).swarm.layout;
	const wave = events.at(-1)!;
	const layersOf = () => {
		const { text, highlight } = waveSocialImage(loc, wave.id, wave.data);
		return socialImageLayers(layout, text, loc, highlight);
	};
	const layers = layersOf();
	// socialPng keeps images where SOCIAL_IMAGE_CACHE says: here, a folder of this measurement's own.
	const previous = process.env['SOCIAL_IMAGE_CACHE'];
	const dir = mkdtempSync(join(tmpdir(), 'release-waves-bench-og-'));
	process.env['SOCIAL_IMAGE_CACHE'] = dir;
	try {
		// The first drawing also draws the backdrop, which every later image of the language shares.
		await socialPng(layers);
		return {
			svg: await median(layersOf),
			rasterise: await median(() => layersToPng(layers)),
			cached: await median(() => socialPng(layers)),
		};
	} finally {
		if (previous === undefined) delete process.env['SOCIAL_IMAGE_CACHE'];
		else process.env['SOCIAL_IMAGE_CACHE'] = previous;
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The social images of a built site: every PNG under an og/ folder, in every language. */
function socialImageFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true })
		.map(String)
		.filter((file) => /(^|\/)og\/.*\.png$/.test(file))
		.map((file) => join(dist, file));
}

async function measure(
	run: number,
	synthetic: SyntheticSize | undefined
): Promise<Omit<BenchRun, 'msPerPage' | 'cachedMsPerPage'>> {
	const date = new Date().toISOString();
	const machineAtStart = machine();
	const dir = prepare(synthetic);
	try {
		const files = readContentFiles(dir);
		const started = performance.now();
		const { problems, events, people, prisonerCounts } = validateContent(files, todayUtc());
		const validateSeconds = (performance.now() - started) / 1000;
		if (problems.length)
			throw new Error(`the content in ${dir} is not valid:\n${sortProblems(problems).map(formatProblem).join('\n')}`);
		const cold = build(dir);
		const cached = build(dir);
		const dist = join(dir, 'dist');
		const images = socialImageFiles(dist);
		let imageFigures: Pick<BenchRun, 'coldImagesBuildSeconds' | 'socialImageBuildMs' | 'socialImageMs'> = {};
		if (flags.images) {
			rmSync(join(dir, 'social-image-cache'), { recursive: true, force: true });
			const coldImagesBuildSeconds = Number(build(dir).seconds.toFixed(2));
			imageFigures = {
				coldImagesBuildSeconds,
				socialImageBuildMs: Number(
					(((coldImagesBuildSeconds - cached.seconds) * 1000) / Math.max(images.length, 1)).toFixed(1)
				),
				socialImageMs: await socialImageCost(events, prisonerCounts),
			};
		}
		const latencies = await keystrokeLatencies({
			dist,
			port: PORT,
			queries: typedQueries([...people.values()], 10),
		});
		return {
			date,
			machine: machineAtStart,
			run,
			content: synthetic ? 'synthetic' : 'today',
			waves: events.length,
			people: people.size,
			locales: Object.keys(LANGUAGES).length,
			buildSeconds: Number(cold.seconds.toFixed(2)),
			cachedBuildSeconds: Number(cached.seconds.toFixed(2)),
			buildCpuSeconds: Number(cold.cpuSeconds.toFixed(1)),
			cachedBuildCpuSeconds: Number(cached.cpuSeconds.toFixed(1)),
			stealPercent: cold.stealPercent,
			cachedStealPercent: cached.stealPercent,
			validateSeconds: Number(validateSeconds.toFixed(3)),
			peakRssMB: cold.peakRssMB,
			cachedPeakRssMB: cached.peakRssMB,
			...measureSite(dist),
			searchMsPerKeystroke: percentile(latencies, 0.5),
			searchMsPerKeystrokeP95: percentile(latencies, 0.95),
			socialImages: images.length,
			socialImageBytes: images.reduce((sum, file) => sum + statSync(file).size, 0),
			...imageFigures,
		};
	} finally {
		if (flags.keep) console.error(`kept ${dir}`);
		else rmSync(dir, { recursive: true, force: true });
	}
}

// Today's content, then synthetic content of today's size and of the size asked for: the marginal cost comes from
// the two synthetic sizes, as today's real entries (longer texts, more sources) cost more a page than synthetic ones.
const sizes = [undefined, todaySize, ...((flags.waves ?? flags.people) ? [size] : [])];
const runs: BenchRun[] = [];
for (let run = 0; run < repetitions; run++) {
	const measured: Omit<BenchRun, 'msPerPage' | 'cachedMsPerPage'>[] = [];
	for (const synthetic of sizes) {
		const { waves, people } = synthetic ?? todaySize;
		console.error(
			`run ${run + 1} of ${repetitions}: ${synthetic ? 'synthetic' : "today's"} content, ${waves} waves, ${people} people...`
		);
		measured.push(await measure(run, synthetic));
	}
	const [, base] = measured;
	const marginal = (r: (typeof measured)[number], i: number, build?: 'cachedBuildSeconds') =>
		i > 1 && base ? marginalMsPerPage(base, r, build) : null;
	runs.push(
		...measured.map((r, i) => ({
			...r,
			msPerPage: marginal(r, i),
			cachedMsPerPage: marginal(r, i, 'cachedBuildSeconds'),
		}))
	);
}

for (const line of benchTable(runs)) console.log(line);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(runs, null, '\t')}\n`);
console.log('JSON report: bench-results/bench.json');
