import { createServer, type Server } from 'node:http';
import { test as plain } from '@playwright/test';
import { test, expect } from './fixtures';
import { eventPath, latest, sorted } from './content';

test.describe('embed page', () => {
	test('shows the chart alone with a credit, opens marks in a new tab, and never navigates its frame', async ({
		page,
		context,
	}) => {
		await page.goto('/embed/');
		await expect(page.locator('.site-header')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			(await page.locator('.chart-title').textContent())!
		);
		await expect(page.locator('h1.chart-title')).toContainText('Political-prisoner release waves in Belarus');
		// The embed takes its filters from its address: no filter form, and no reset until something is narrowed.
		await expect(page.locator('timeline-chart form')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Show all waves' })).toBeHidden();
		for (const target of await page
			.locator('.timeline-view a.mark')
			.evaluateAll((els) => els.map((el) => el.getAttribute('target'))))
			expect(target).toBe('_blank');
		await expect(page.getByRole('link', { name: 'Release Waves' })).toHaveAttribute('target', '_blank');
		const mark = page.locator('.timeline-view-wide a.mark').last();
		await expect(mark).toHaveAttribute('target', '_blank');
		await expect(mark).toHaveAttribute('href', new RegExp(`^https?://[^/]+${eventPath(latest.id)}$`));
		const popup = context.waitForEvent('page');
		// The site's address is the deployed one; stop the new tab from leaving this machine.
		await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.fulfill({ body: 'ok' }));
		await mark.click();
		expect((await popup).url()).toMatch(new RegExp(`${eventPath(latest.id)}$`));
		await expect(page).toHaveURL(/\/embed\/$/);
		expect(await context.cookies()).toEqual([]);
	});

	test('applies its options from the address and ignores malformed ones', async ({ page }) => {
		const pardon = sorted.findLast((w) => w.data.kind === 'pardon')!;
		const year = pardon.data.date.slice(0, 4);
		await page.goto(`/embed/?from=${year}&kind=pardon,bogus&highlight=${pardon.id}&theme=dark`);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByRole('button', { name: 'Show all waves' })).toBeVisible();
		const marks = page.locator('.timeline-view-wide a.mark');
		await expect(marks).toHaveCount(
			sorted.filter((w) => w.data.kind === 'pardon' && w.data.date >= `${year}-01-01`).length
		);
		for (const kind of await marks.evaluateAll((els) => els.map((el) => el.getAttribute('class'))))
			expect(kind).toContain('kind-pardon');
		await expect(page.locator('.timeline-view-wide a.mark.highlight')).toHaveAttribute('data-id', pardon.id);
		await page.getByRole('button', { name: 'Show all waves' }).click();
		await expect(page.getByRole('button', { name: 'Show all waves' })).toBeHidden();
		await expect(marks).toHaveCount(sorted.length);

		await page.goto('/embed/?from=%3Cscript%3Ealert(1)%3C/script%3E&highlight=%22%3E%3Cimg%20src=x%3E&theme=%3Cb%3E');
		await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
		await expect(page.locator('.timeline-view-wide a.mark.highlight')).toHaveCount(0);
		expect(await page.content()).not.toContain('<img src=x>');
	});
});

const HOST_PORT = 4599;

plain.describe('embedding on another site', () => {
	let server: Server;
	plain.beforeAll(async ({ baseURL }) => {
		const html = `<!doctype html><html><body><h1>Host</h1>
<iframe id="a" src="${baseURL}/embed/?from=2024" title="Embed A" style="width:100%;border:0" height="480"></iframe>
<p>Between the embeds.</p>
<iframe id="b" src="${baseURL}/be/embed/?year=2020" title="Embed B, in Belarusian" lang="be" style="width:360px;border:0" height="480"></iframe>
<script async src="${baseURL}/embed.js"></script></body></html>`;
		server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
		await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
	});
	plain.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	plain(
		'each iframe, in any language, takes its own content height, and a forged message from the host changes nothing',
		async ({ page }) => {
			await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
			const heights = async () => {
				const out: { frame: number; content: number }[] = [];
				for (const id of ['a', 'b']) {
					const frame = page.locator(`#${id}`);
					const content = await frame
						.contentFrame()
						.locator('html')
						.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
					out.push({ frame: Math.round((await frame.boundingBox())!.height), content });
				}
				return out;
			};
			await expect
				.poll(async () => (await heights()).every(({ frame, content }) => Math.abs(frame - content) <= 1), {
					message: 'each iframe should be as tall as its content',
					timeout: 10_000,
				})
				.toBe(true);
			const before = await heights();
			expect(before[0]!.frame).not.toBe(480);
			expect(before[0]!.frame).not.toBe(before[1]!.frame);

			await page.evaluate(() => {
				for (const f of document.querySelectorAll('iframe'))
					window.postMessage({ type: 'release-waves:height', height: 60, source: f.id }, '*');
			});
			await page.waitForTimeout(300);
			expect((await heights()).map((h) => h.frame)).toEqual(before.map((h) => h.frame));
		}
	);
});

test.describe('embed builder', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
	test('builds the snippet from the options, previews it, and copies it with the keyboard', async ({ page }) => {
		await page.goto('/share/');
		const snippet = page.getByLabel('HTML for your page');
		await expect(snippet).toHaveValue(
			/^<iframe src="https?:\/\/[^"]+\/embed\/" title="[^"]+" style="width:100%;border:0" height="480"/
		);
		await page.getByRole('combobox', { name: /^From/ }).selectOption('2024');
		await page.getByRole('checkbox', { name: 'Pardon' }).check();
		await page.getByRole('combobox', { name: /^Theme/ }).selectOption('dark');
		await expect(snippet).toHaveValue(/\/embed\/\?from=2024-01-01&amp;kind=pardon&amp;theme=dark"/);
		await expect(snippet).toHaveValue(/\n<script async src="https?:\/\/[^"]+\/embed\.js"><\/script>$/);
		const preview = page.getByTitle('Preview of the embedded timeline');
		await expect(preview).toHaveAttribute('src', /\/embed\/\?from=2024-01-01&kind=pardon&theme=dark$/);
		// The page uses the same loader as host pages, so the preview takes its content's height.
		await expect.poll(async () => Math.round((await preview.boundingBox())!.height)).not.toBe(560);
		await page.getByRole('button', { name: 'Copy the code' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('embed-builder').getByRole('status')).toContainText(/Copied|selected/);
	});
});

test('/timeline.svg is a standalone SVG of every wave', async ({ request }) => {
	const response = await request.get('/timeline.svg');
	expect(response.headers()['content-type']).toContain('image/svg+xml');
	const svg = await response.text();
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	expect(svg).toContain('<style>');
	const home = await (await request.get('/')).text();
	expect(svg.match(/<a class="mark/g)?.length).toBe(home.match(/<li data-id=/g)?.length);
});
