/**
 * `npm run audit [-- --runs N --port P --dist folder]`: Lighthouse (mobile profile) on the homes, the latest
 * event in each language, a person it names, search and the embeds of the built site, served locally; prints
 * the four scores with LCP, TBT, CLS, bytes and requests, and writes every figure of every run to
 * audit-results/audit.json. Run `npm run build` first. Uses the same Chromium as the tests (see chromium.config.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.config';
import { auditPages, auditTable, belowTarget, summariseRun, type AuditRun } from '../src/lib/quality/audit';

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '1' },
		// Not 4321, which the tests' preview server uses.
		port: { type: 'string', default: '4330' },
		dist: { type: 'string', default: 'dist' },
	},
});
const runs = Number(args.runs);
const origin = `http://127.0.0.1:${args.port}`;

const eventIds = readdirSync(join(args.dist, 'events'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);
const pages = auditPages(eventIds, (id) => {
	const file = join(args.dist, 'events', id, 'index.html');
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
});

async function waitForServer(): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(origin).then(
				(r) => r.ok,
				() => false
			)
		)
			return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`the preview server did not start on ${origin}`);
}

const server = spawn(
	'npx',
	['astro', 'preview', '--host', '127.0.0.1', '--port', args.port, '--outDir', args.dist, '--ignore-lock'],
	{ stdio: 'ignore', detached: true }
);
const chrome = await launch({
	...(chromiumPath ? { chromePath: chromiumPath } : {}),
	chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
try {
	await waitForServer();
	const results: AuditRun[] = [];
	for (let run = 1; run <= runs; run++)
		for (const page of pages) {
			const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
			if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
			results.push(summariseRun(page, run, result.lhr));
		}
	console.log(auditTable(results).join('\n'));
	const missed = belowTarget(results);
	console.log(missed.length ? `Under 100: ${missed.join('; ')}` : 'Every page scores 100 in all four categories.');
	mkdirSync('audit-results', { recursive: true });
	const machine = {
		os: `${type()} ${release()}`,
		cpus: cpus().length,
		model: cpus()[0]?.model,
		memoryBytes: totalmem(),
	};
	writeFileSync(
		'audit-results/audit.json',
		`${JSON.stringify({ date: new Date().toISOString(), machine, runs, results }, null, '\t')}\n`
	);
	if (missed.length) process.exitCode = 1;
} finally {
	chrome.kill();
	if (server.pid) process.kill(-server.pid);
}
