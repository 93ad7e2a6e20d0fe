/**
 * `npm run bench [sizes...]`: build the site with N synthetic waves (default 10, 100, 1,000) in a temporary
 * copy of the project, and report build and validate times and page weights as a table and as JSON.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { syntheticEvents } from '../src/lib/content/synthetic-events';
import { readContentFiles, todayUtc } from '../src/lib/content/read-content';
import { validateContent } from '../src/lib/content/validate';
import { homeBudgets, kb, weighBuiltSite } from '../src/lib/quality/built-site';
import type { PageWeight } from '../src/lib/quality/page-weight';

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
	validateSeconds: number;
	weights: PageWeight[];
	homeWithinBudget: boolean;
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

function run(n: number): Run {
	const dir = prepare(n);
	try {
		const files = readContentFiles(dir);
		const started = performance.now();
		const { problems } = validateContent(files, todayUtc());
		const validateSeconds = (performance.now() - started) / 1000;
		if (problems.length) throw new Error(`synthetic content has ${problems.length} problems`);
		const buildStart = performance.now();
		const build = spawnSync('npx', ['astro', 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		const buildSeconds = (performance.now() - buildStart) / 1000;
		if (build.status !== 0) throw new Error(`build of ${n} waves failed:\n${build.stdout}\n${build.stderr}`);
		const pages = readdirSync(join(dir, 'dist'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
		const weights = weighBuiltSite(join(dir, 'dist'));
		return {
			waves: n,
			pages,
			buildSeconds,
			validateSeconds,
			weights,
			homeWithinBudget: homeBudgets(weights[0]!).every((b) => b.ok),
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

const runs = (sizes.length ? sizes : [10, 100, 1000])
	.sort((a, b) => a - b)
	.map((n) => {
		console.error(`building ${n} synthetic waves...`);
		return run(n);
	});
const [first, last] = [runs[0]!, runs.at(-1)!];
const marginalMs =
	runs.length > 1 ? ((last.buildSeconds - first.buildSeconds) / (last.waves - first.waves)) * 1000 : undefined;

console.log(
	'waves | pages | build s | validate s | / wire gzip KB (JS) | event page KB | /embed/ KB | home within budget'
);
for (const r of runs) {
	const [home, event, embed] = r.weights;
	console.log(
		`${r.waves} | ${r.pages} | ${r.buildSeconds.toFixed(1)} | ${r.validateSeconds.toFixed(2)} | ${kb(home!.wire.gzip)} (${kb(home!.js.gzip)}) | ${kb(event!.wire.gzip)} | ${embed ? kb(embed.wire.gzip) : '-'} | ${r.homeWithinBudget ? 'yes' : 'NO'}`
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
