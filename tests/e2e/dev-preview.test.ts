import { PRISONER_COUNTS_FILE } from '../../src/lib/content/paths';
import { test, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { root } from './content';
import { readContentFiles, todayUtc } from '../../src/lib/validate/read-content';
import { validateContent } from '../../src/lib/validate/validate';

/**
 * `npm run dev` as an editor uses it, in a copy of the project so the test can break its files: an invalid edit
 * shows the validator's problems in the browser, not the last good page, and the fix brings the page back.
 */

// Apart from the preview server the other browser tests share (PW_PORT, 4321 by default).
const port = Number(process.env['PW_DEV_PORT'] ?? 4711);
const origin = `http://127.0.0.1:${port}`;
// Astro's dev server takes a few seconds to start, and much longer on a busy two-core machine.
const START_TIMEOUT = 120_000;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let copy = '';
let server: ChildProcess | undefined;
let output = '';
const file = (path: string) => join(copy, path);
const validate = () => validateContent(readContentFiles(copy), todayUtc());

/** Open a page and expect its status, again if Vite interrupts it (preparing its dependencies, or reloading). */
async function open(page: Page, path: string, status: number): Promise<void> {
	await expect(async () =>
		expect((await page.goto(`${origin}${path}`, { timeout: 10_000 }))?.status()).toBe(status)
	).toPass({
		timeout: 60_000,
	});
}

async function waitForServer(): Promise<void> {
	const deadline = Date.now() + START_TIMEOUT;
	while (Date.now() < deadline) {
		if (server?.exitCode !== null) throw new Error(`astro dev exited with code ${server?.exitCode}`);
		const answered = await fetch(`${origin}/`).then(
			() => true,
			() => false
		);
		if (answered) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`astro dev did not answer on ${origin} within ${START_TIMEOUT / 1000} s`);
}

test.beforeAll(async () => {
	if (String(port) === (process.env['PW_PORT'] ?? '4321')) throw new Error('PW_DEV_PORT must differ from PW_PORT');
	copy = mkdtempSync(join(tmpdir(), 'release-waves-dev-'));
	for (const path of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
		cpSync(join(root, path), file(path), { recursive: true });
	symlinkSync(join(root, 'node_modules'), file('node_modules'), 'dir');
	const started = Date.now();
	// Its own process group, so afterAll ends Astro and every process it started, and nothing else.
	server = spawn(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{ cwd: copy, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	await waitForServer();
	test.info().annotations.push({ type: 'dev server start', description: `${Date.now() - started} ms` });
});

// What Astro printed explains a failure; a passing run does not need it.
test.afterEach(async () => {
	const info = test.info();
	if (info.status !== info.expectedStatus) await info.attach('astro dev output', { body: output });
});

test.afterAll(async () => {
	if (server?.pid && server.exitCode === null) {
		const exited = new Promise((resolve) => server?.once('exit', resolve));
		process.kill(-server.pid, 'SIGTERM');
		await exited;
	}
	if (copy) rmSync(copy, { recursive: true, force: true });
});

test('an invalid entry shows the validator’s message instead of the page, and its fix brings the page back', async ({
	page,
}) => {
	const wave = validate().events.toSorted((a, b) => a.file.localeCompare(b.file))[0];
	if (!wave) throw new Error('the content has no wave to preview');
	const path = `/events/${wave.id}/`;
	const title = new RegExp(wave.data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const good = readFileSync(file(wave.file), 'utf8');

	await open(page, path, 200);
	await expect(page).toHaveTitle(title);

	// Leave the page, so its Vite client cannot reload it at the moment the test opens it again.
	await page.goto('about:blank');
	const saved = Date.now();
	writeFileSync(file(wave.file), good.replace(/^kind: .*$/m, 'kind: Negotiated release'));
	const problem = validate().problems.find((p) => p.file === wave.file && p.field === 'kind');
	if (!problem) throw new Error('breaking the kind should be a problem for the validator');
	await open(page, path, 500);
	test.info().annotations.push({ type: 'save to error page', description: `${Date.now() - saved} ms` });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/^This page is not shown: \d+ problems? in the content$/
	);
	await expect(page.getByText(problem.message)).toBeVisible();
	await expect(page.getByText(`${wave.file}:${problem.line}`)).toBeVisible();
	await expect(page.getByText('Fix the file and save: this page reloads by itself.')).toBeVisible();

	// No reload by the test: the error page notices the fix itself.
	const fixed = Date.now();
	writeFileSync(file(wave.file), good);
	await expect(page).toHaveTitle(title, { timeout: 30_000 });
	test.info().annotations.push({ type: 'fix to page back', description: `${Date.now() - fixed} ms` });
});

test('an edit to the prisoner counts shows on the home page without a restart', async ({ page }) => {
	const counts = parseDocument(readFileSync(file(PRISONER_COUNTS_FILE), 'utf8'));
	const points = validate().prisonerCounts;
	const latest = points.reduce((a, b) => (b.date > a.date ? b : a));
	const index = points.indexOf(latest);
	const figures = page.locator('.figures');
	await open(page, '/', 200);
	let value = latest.count.value + 7;
	while ((await figures.textContent())?.includes(value.toLocaleString('en'))) value += 7;

	counts.setIn([index, 'count', 'value'], value);
	writeFileSync(file(PRISONER_COUNTS_FILE), String(counts));
	expect(validate().problems).toEqual([]);
	await expect(async () => {
		await page.goto(`${origin}/`, { timeout: 5000 });
		await expect(figures).toContainText(value.toLocaleString('en'), { timeout: 1000 });
	}).toPass({ timeout: 30_000 });
});
