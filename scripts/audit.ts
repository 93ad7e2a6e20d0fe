/**
 * `npm run audit`: Lighthouse (mobile profile) on the home page, the latest event page and the embed of the
 * built site, served locally; prints the four category scores with LCP, CLS and TBT, and writes JSON.
 * Run `npm run build` first. Uses the same Chromium as the tests (see chromium.config.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.config';

const PORT = 4330;
const origin = `http://127.0.0.1:${PORT}`;
const latest = readdirSync('dist/events', { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name)
	.sort()
	.at(-1);
const pages = ['/', `/events/${latest}/`, '/embed/'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

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

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--ignore-lock'], {
	stdio: 'ignore',
	detached: true,
});
const chrome = await launch({
	...(chromiumPath ? { chromePath: chromiumPath } : {}),
	chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
try {
	await waitForServer();
	const results = [];
	for (const page of pages) {
		const run = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
		if (!run) throw new Error(`Lighthouse returned nothing for ${page}`);
		const { categories, audits } = run.lhr;
		const scores = Object.fromEntries(
			Object.keys(TARGETS).map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])
		);
		results.push({
			page,
			scores,
			lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
			cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
			tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
			failing: Object.values(audits)
				.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
				.map((a) => a.id),
		});
	}
	console.log('page | performance | accessibility | best practices | SEO | LCP ms | CLS | TBT ms');
	for (const r of results) {
		const s = r.scores as Record<keyof typeof TARGETS, number>;
		console.log(
			`${r.page} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${r.lcpMs} | ${r.cls} | ${r.tbtMs}`
		);
		if (r.failing.length) console.log(`  failing audits: ${r.failing.join(', ')}`);
	}
	const missed = results.flatMap((r) =>
		Object.entries(TARGETS)
			.filter(([id, min]) => (r.scores as Record<string, number>)[id]! < min)
			.map(([id, min]) => `${r.page} ${id} < ${min}`)
	);
	console.log(
		missed.length
			? `Below target: ${missed.join('; ')}`
			: 'All pages meet the targets (performance >= 95, the others 100).'
	);
	mkdirSync('audit-results', { recursive: true });
	writeFileSync(
		'audit-results/audit.json',
		`${JSON.stringify({ date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model }, results }, null, '\t')}\n`
	);
	if (missed.length) process.exitCode = 1;
} finally {
	chrome.kill();
	if (server.pid) process.kill(-server.pid);
}
