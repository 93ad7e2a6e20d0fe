/**
 * `npm run bench [sizes...]`: build the site with N synthetic waves (default 10, 100, 1,000) in a temporary
 * copy of the project, and report build and validate times, page weights and the cost of the social images as a
 * table and as JSON. Each copy is built three times: cold, again with everything cached, and once more with only
 * the social images to draw, whose difference from the cached build is what drawing them costs.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { syntheticEvents } from '../src/lib/bench/synthetic-events';
import { readContentFiles, todayUtc } from '../src/lib/content/read-content';
import { validateContent } from '../src/lib/content/validate';
import { homeBudgets, kb, weighBuiltSite } from '../src/lib/quality/built-site';
import type { PageWeight } from '../src/lib/quality/page-weight';
import type { EventData, PrisonerCountData } from '../src/lib/content/schema';
import { renderChart } from '../src/lib/timeline/chart';
import { toHeldData, toTimelineDatum } from '../src/lib/timeline/data';
import { waveSocialImage } from '../src/lib/social-image/page-images';
import { socialImageSvg } from '../src/lib/social-image/image-svg';
import { cachedPng } from '../src/lib/social-image/png-cache';
import { RENDERER, svgToPng } from '../src/lib/social-image/render-png';
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
const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => Number.isInteger(n) && n > 0);
const root = process.cwd();

interface Run {
	waves: number;
	pages: number;
	buildSeconds: number;
	/** The same build again: Astro's content cache and every social image kept. */
	cachedBuildSeconds: number;
	/** Again with the social-image cache emptied: the cached build plus drawing every image. */
	coldImagesBuildSeconds: number;
	validateSeconds: number;
	weights: PageWeight[];
	homeWithinBudget: boolean;
	/** Social images built (every wave and person page and the site's, in every language), and their bytes. */
	socialImages: number;
	socialImageBytes: number;
	/** What drawing one image adds to the build, from the two cached builds. */
	socialImageBuildMs: number;
	/** One wave's image in this process: its SVG, drawing it, and taking it from the cache instead (median ms). */
	socialImageMs: { svg: number; rasterise: number; cached: number };
}

/** Copy the project without build output, link its node_modules, and swap in N synthetic waves. */
function prepare(n: number): string {
	const dir = mkdtempSync(join(tmpdir(), `release-waves-bench-${n}-`));
	cpSync(root, dir, { recursive: true, filter: (src) => !SKIP.has(relative(root, src).split('/')[0] ?? '') });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const events = join(dir, 'content', 'events');
	for (const name of readdirSync(events)) if (!name.startsWith('_')) rmSync(join(events, name));
	// Translations of today's entries would translate entries the copy no longer has.
	rmSync(join(dir, 'content', 'translations'), { recursive: true, force: true });
	for (const { name, text } of syntheticEvents(n)) writeFileSync(join(events, name), text);
	return dir;
}

/** Build the copy, with its social-image cache in the copy (the linked node_modules would share the project's). */
function build(dir: string): number {
	const started = performance.now();
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOCIAL_IMAGE_CACHE: join(dir, 'social-image-cache') },
	});
	if (result.status !== 0) throw new Error(`build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
	return (performance.now() - started) / 1000;
}

/** The social images of a built site: every PNG under an og/ folder, in every language. */
function socialImageFiles(dist: string): string[] {
	return readdirSync(dist, { recursive: true })
		.map(String)
		.filter((file) => /(^|\/)og\/.*\.png$/.test(file))
		.map((file) => join(dist, file));
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
): Promise<Run['socialImageMs']> {
	const loc = localeOf('en');
	const data = events.map((e) => toTimelineDatum(e.id, e.data, (id) => id));
	const layout = renderChart(data, toHeldData(counts), { kinds: [] }, { loc }).swarm.layout;
	const wave = events.at(-1)!;
	const svgOf = () => {
		const { text, highlight } = waveSocialImage(loc, wave.id, wave.data);
		return socialImageSvg(layout, text, loc, highlight);
	};
	const svg = svgOf();
	const cache = { dir: mkdtempSync(join(tmpdir(), 'release-waves-bench-og-')), renderer: RENDERER };
	try {
		await cachedPng(svg, cache, svgToPng);
		return {
			svg: await median(svgOf),
			rasterise: await median(() => svgToPng(svg)),
			cached: await median(() => cachedPng(svg, cache, svgToPng)),
		};
	} finally {
		rmSync(cache.dir, { recursive: true, force: true });
	}
}

async function run(n: number): Promise<Run> {
	const dir = prepare(n);
	try {
		const files = readContentFiles(dir);
		const started = performance.now();
		const { problems, events, prisonerCounts } = validateContent(files, todayUtc());
		const validateSeconds = (performance.now() - started) / 1000;
		if (problems.length) throw new Error(`synthetic content has ${problems.length} problems`);
		const buildSeconds = build(dir);
		const cachedBuildSeconds = build(dir);
		rmSync(join(dir, 'social-image-cache'), { recursive: true, force: true });
		const coldImagesBuildSeconds = build(dir);
		const dist = join(dir, 'dist');
		const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
		const weights = weighBuiltSite(dist);
		const images = socialImageFiles(dist);
		return {
			waves: n,
			pages,
			buildSeconds,
			cachedBuildSeconds,
			coldImagesBuildSeconds,
			validateSeconds,
			weights,
			homeWithinBudget: homeBudgets(weights[0]!).every((b) => b.ok),
			socialImages: images.length,
			socialImageBytes: images.reduce((sum, file) => sum + statSync(file).size, 0),
			socialImageBuildMs: Number((((coldImagesBuildSeconds - cachedBuildSeconds) * 1000) / images.length).toFixed(1)),
			socialImageMs: await socialImageCost(events, prisonerCounts),
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const runs: Run[] = [];
for (const n of (sizes.length ? sizes : [10, 100, 1000]).sort((a, b) => a - b)) {
	console.error(`building ${n} synthetic waves (cold, cached, social images only)...`);
	runs.push(await run(n));
}
const [first, last] = [runs[0]!, runs.at(-1)!];
const marginalMs =
	runs.length > 1 ? ((last.buildSeconds - first.buildSeconds) / (last.waves - first.waves)) * 1000 : undefined;

console.log(
	'waves | pages | build s | validate s | / wire gzip KB (JS) | event page KB | /embed/ KB | home within budget | cached build s | social images (MB) | ms per image in the build | one image: SVG / draw / cached ms'
);
for (const r of runs) {
	const [home, event, embed] = r.weights;
	const one = r.socialImageMs;
	console.log(
		`${r.waves} | ${r.pages} | ${r.buildSeconds.toFixed(1)} | ${r.validateSeconds.toFixed(2)} | ${kb(home!.wire.gzip)} (${kb(home!.js.gzip)}) | ${kb(event!.wire.gzip)} | ${embed ? kb(embed.wire.gzip) : '-'} | ${r.homeWithinBudget ? 'yes' : 'NO'} | ${r.cachedBuildSeconds.toFixed(1)} | ${r.socialImages} (${(r.socialImageBytes / 2 ** 20).toFixed(1)}) | ${r.socialImageBuildMs} | ${one.svg} / ${one.rasterise} / ${one.cached}`
	);
}
if (marginalMs !== undefined) console.log(`marginal build cost: ${marginalMs.toFixed(1)} ms per event page`);

const report = {
	date: new Date().toISOString(),
	machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
	marginalMsPerEventPage: marginalMs,
	runs,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, '\t')}\n`);
console.log('JSON report: bench-results/bench.json');
