import { createHash } from 'node:crypto';
import { test, expect } from './fixtures';
import { fileURLToPath } from 'node:url';
import { readIndex } from '../../src/lib/release/write-release';
import { parseChecksums } from '../../src/lib/release/checksums';

// The index as `npm run release-data` left it in the repository.
const { releases: RELEASES } = await readIndex(fileURLToPath(new URL('../../public/data/releases', import.meta.url)));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test('/data/ lists every dated release, newest first, and marks the current one', async ({ page }) => {
	await page.goto('/data/');
	const rows = page.locator('.release-list tbody tr');
	await expect(rows).toHaveCount(RELEASES.length);
	for (const [i, release] of RELEASES.entries()) {
		const link = rows.nth(i).getByRole('link');
		await expect(link).toHaveAttribute('href', `/data/releases/${release.date}/`);
		await expect(rows.nth(i).locator('time')).toHaveAttribute('datetime', release.date);
		await expect(rows.nth(i).getByText('current', { exact: true })).toHaveCount(i === 0 ? 1 : 0);
	}
});

test('every release serves exactly the files its checksums and index describe', async ({ request }) => {
	expect(RELEASES.length).toBeGreaterThan(0);
	for (const release of RELEASES) {
		const folder = `/data/releases/${release.date}/`;
		const sums = parseChecksums(await (await request.get(`${folder}SHA256SUMS.txt`)).text());
		expect([...sums.keys()], release.date).toEqual(release.files.map((file) => file.name));
		for (const file of release.files) {
			const response = await request.get(`${folder}${file.name}`);
			expect(response.status(), file.name).toBe(200);
			const body = await response.body();
			expect(body.byteLength, file.name).toBe(file.bytes);
			expect(sha256(body), file.name).toBe(file.sha256);
			expect(sums.get(file.name), file.name).toBe(file.sha256);
		}
		expect(await (await request.get(`${folder}release.json`)).json()).toEqual(JSON.parse(JSON.stringify(release)));
	}
});

test('a release page lists its files with their hashes, links its neighbours and can be cited', async ({ page }) => {
	const [current] = RELEASES;
	await page.goto(`/data/releases/${current!.date}/`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Data release of');
	await expect(page.getByText('This is the current release.')).toBeVisible();
	for (const file of current!.files) {
		const row = page.locator('.release-files tr', { has: page.getByRole('link', { name: file.name, exact: true }) });
		await expect(row.locator('code')).toHaveText(file.sha256);
	}
	if (current!.previous) await expect(page.getByRole('link', { name: /\d{4}/ }).first()).toBeVisible();
	else await expect(page.getByText('This is the first release.')).toBeVisible();
	await expect(page.locator('#cite-this')).toBeVisible();
	await expect(page.locator('textarea').first()).toContainText(`/data/releases/${current!.date}/`);
	await page.goto(`/ru/data/releases/${current!.date}/`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Выпуск данных от');
});

test('/data/ describes the dataset in JSON-LD with every file, each one served', async ({ page, request }) => {
	await page.goto('/data/');
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(ld['@type']).toBe('Dataset');
	expect(ld.license).toMatch(/^https:\/\/creativecommons\.org\//);
	expect(ld.version).toBe(RELEASES[0]?.date);
	expect(ld.distribution.length).toBeGreaterThan(5);
	for (const { contentUrl, encodingFormat } of ld.distribution) {
		const response = await request.get(new URL(contentUrl).pathname);
		expect(response.status(), contentUrl).toBe(200);
		expect(response.headers()['content-type'], contentUrl).toContain(
			encodingFormat.split('+')[0].replace('schema', 'json')
		);
	}
});
