import { createServer, type Server } from 'node:http';
import { test as plain, type TestInfo } from '@playwright/test';
import { test, expect, hasHorizontalOverflow } from './fixtures';
import { busyYear, eventPath, kindCounts, latest, sorted } from './content';
import { embedHeight, WAVE_CARD_HEIGHT } from '../../src/lib/embed/height';
import { cardFrameTitle, embedSnippet, embedUrl, waveCardSnippet } from '../../src/lib/embed/snippet';
import type { OEmbed } from '../../src/lib/embed/oembed';
import { asChartData } from '../../src/components/timeline/chart-host';
import { localeOf } from '../../src/i18n';
import { LANGUAGE_LIST } from '../../src/i18n/pages';
import type { Language } from '../../src/lib/i18n/languages';

const en = localeOf('en');
const be = localeOf('be');
const prefix = (lang: Language) => (lang === 'en' ? '' : `/${lang}`);

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
	test('builds the snippet from the options, previews it at its height, and copies it with the keyboard', async ({
		page,
	}) => {
		await page.goto('/share/');
		const snippet = page.getByLabel('HTML for your page');
		await expect(snippet).toHaveValue(
			/^<iframe src="https?:\/\/[^"]+\/embed\/" title="[^"]+" width="100%" height="\d+" frameborder="0" loading="lazy">/
		);
		await page.getByRole('combobox', { name: /^From/ }).selectOption('2024');
		await page.getByRole('checkbox', { name: 'Pardon' }).check();
		await page.getByRole('combobox', { name: /^Theme/ }).selectOption('dark');
		await expect(snippet).toHaveValue(/\/embed\/\?from=2024-01-01&amp;kind=pardon&amp;theme=dark"/);
		await expect(snippet).toHaveValue(/\n<script async src="https?:\/\/[^"]+\/embed\.js"><\/script>$/);
		const preview = page.getByTitle('Preview of the embed');
		await expect(preview).toHaveAttribute('src', /\/embed\/\?from=2024-01-01&kind=pardon&theme=dark$/);
		// The preview is the host's view: the frame keeps the snippet's height, and the loader (on this page too) has nothing to add.
		const height = Number(/ height="(\d+)"/.exec(await snippet.inputValue())![1]);
		await expect(preview).toHaveAttribute('height', String(height));
		await expect.poll(async () => Math.round((await preview.boundingBox())!.height)).toBe(height);
		await page.getByRole('button', { name: 'Copy the code' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('embed-builder').getByRole('status')).toContainText(/Copied|selected/);
	});
});

test('/timeline.svg is a standalone SVG of the chart the home page shows', async ({ request }) => {
	const response = await request.get('/timeline.svg');
	expect(response.headers()['content-type']).toContain('image/svg+xml');
	const svg = await response.text();
	expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	expect(svg).toContain('<style>');
	const home = await (await request.get('/')).text();
	// The same marks as the home page's chart (one per wave, or per month or year once the chart groups them).
	const marks = (html: string) => html.match(/<a class="mark/g)?.length;
	expect(marks(svg)).toBeGreaterThan(0);
	expect(marks(svg)).toBe(marks(home));
});

/** Note a measured figure on the test and print it, so a run reports it. */
const report = (testInfo: TestInfo, type: string, description: string) => {
	testInfo.annotations.push({ type, description });
	console.log(`${testInfo.title}: ${type}: ${description}`);
};

/** The size of every piece of chart text shown in a frame, in CSS px: its font size times its SVG's scale. */
const chartTextPx = () => {
	const sizes: number[] = [];
	for (const el of document.querySelectorAll('.timeline-view *, .timeline-legend *, .wave-strip *')) {
		if (el.getClientRects().length === 0) continue;
		if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
		const scale = el instanceof SVGGraphicsElement ? el.getScreenCTM()!.a : 1;
		sizes.push(parseFloat(getComputedStyle(el).fontSize) * scale);
	}
	return sizes;
};

const STRICT_PORT = 4600;
const card = latest.id;

plain.describe('embedding on a host with a strict Content-Security-Policy', () => {
	let server: Server;
	let snippets: string[] = [];
	plain.beforeAll(async ({ baseURL, request }) => {
		const site = `${baseURL}/`;
		const { data, held } = asChartData(await (await request.get('/data/timeline.json')).json());
		const narrowed = { from: `${busyYear.year}-01-01`, to: `${busyYear.year}-12-31`, kinds: [], lang: 'ru' as const };
		snippets = [
			embedSnippet(site, { kinds: [] }, en.t.share.iframeTitle, embedHeight(data, held, { kinds: [] }, en)),
			waveCardSnippet(
				site,
				{ wave: card, lang: 'be' },
				cardFrameTitle(be.t.embed.cardFrameTitle, be.date(latest.data.date))
			),
			embedSnippet(site, narrowed, localeOf('ru').t.share.iframeTitle, embedHeight(data, held, narrowed, en)),
		];
		// What a host pastes, verbatim, in an article column; its only style is its own stylesheet.
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="stylesheet" href="/host.css"></head><body><main><h1>An article</h1>
${snippets.map((snippet, i) => `<p>Before embed ${i}.</p>\n${snippet}\n<p class="below">After embed ${i}.</p>`).join('\n')}
</main></body></html>`;
		const origin = new URL(site).origin;
		const csp = `default-src 'none'; script-src ${origin}; frame-src ${origin}; style-src 'self'`;
		server = createServer((req, res) => {
			if (req.url === '/host.css')
				res
					.writeHead(200, { 'Content-Type': 'text/css' })
					.end('body{margin:0;font:18px/1.6 serif}main{padding:0 16px}');
			else res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': csp }).end(html);
		});
		await new Promise<void>((resolve) => server.listen(STRICT_PORT, '127.0.0.1', resolve));
	});
	plain.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	for (const width of [320, 360, 390, 700, 1000, 1400]) {
		plain.describe(`at ${width} px`, () => {
			// Tall enough that no frame waits for a scroll to load.
			plain.use({ viewport: { width, height: 3200 } });

			plain(
				'every frame fills the column, the loader moves nothing below it, and the chart text stays 11–16 px',
				async ({ page }, testInfo) => {
					const errors: string[] = [];
					page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
					// Hold the loader back until the frames have drawn, to see the page as it is without it.
					let release = () => {};
					const held = new Promise<void>((resolve) => (release = resolve));
					await page.route('**/embed.js', async (route) => {
						await held;
						await route.continue();
					});
					await page.goto(`http://127.0.0.1:${STRICT_PORT}/`, { waitUntil: 'domcontentloaded' });
					const frames = page.locator('iframe');
					await expect(frames).toHaveCount(snippets.length);
					for (const frame of await frames.all()) await expect(frame.contentFrame().locator('main')).toBeVisible();
					// The narrowed timeline has redrawn for its options.
					await expect(frames.nth(2).contentFrame().locator('.timeline-status')).not.toBeEmpty();
					const below = () =>
						page.locator('.below').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
					const before = await below();
					release();
					// The loader sets each frame's height as soon as the frame reports; wait until all have.
					await expect
						.poll(() => frames.evaluateAll((els) => els.every((f) => (f as HTMLElement).style.height !== '')))
						.toBe(true);
					const after = await below();
					const shifts = after.map((top, i) => Math.round(top - before[i]!));
					report(testInfo, 'layout shift below each frame', `${shifts.join(', ')} px`);
					for (const shift of shifts) expect(Math.abs(shift), 'layout shift').toBeLessThanOrEqual(4);

					const column = await page.locator('main').evaluate((el) => el.clientWidth - 32);
					const widths = await frames.evaluateAll((els) => els.map((f) => f.getBoundingClientRect().width));
					report(testInfo, 'frame widths', `${widths.map(Math.round).join(', ')} px in a ${column} px column`);
					for (const w of widths) expect(Math.abs(w - column), 'frame width against the column').toBeLessThanOrEqual(1);

					const sizes = (
						await Promise.all(
							page
								.frames()
								.slice(1)
								.map((f) => f.evaluate(chartTextPx))
						)
					).flat();
					const [min, max] = [Math.min(...sizes), Math.max(...sizes)];
					report(testInfo, 'chart text', `${min.toFixed(1)}–${max.toFixed(1)} px`);
					expect(sizes.length).toBeGreaterThan(10);
					expect(min).toBeGreaterThanOrEqual(11);
					expect(max).toBeLessThanOrEqual(16);
					// A blocked inline style or script would show here.
					expect(errors).toEqual([]);
				}
			);
		});
	}
});

test.describe('embed heights', () => {
	for (const lang of LANGUAGE_LIST)
		test(`${lang}: the timeline's frame has room for its content at every width, narrowed or not`, async ({
			page,
			request,
		}, testInfo) => {
			test.setTimeout(120_000);
			const { data, held } = asChartData(await (await request.get('/data/timeline.json')).json());
			const kind = [...kindCounts.keys()][0]!;
			const views = [
				{ kinds: [] },
				{ from: `${busyYear.year}-01-01`, to: `${busyYear.year}-12-31`, kinds: [] },
				{ from: `${busyYear.year}-01-01`, kinds: [kind] },
				{ kinds: [], highlight: latest.id },
			];
			const short: string[] = [];
			const spare: number[] = [];
			for (const view of views) {
				const options = { ...view, lang };
				const reserved = embedHeight(data, held, options, en);
				const url = new URL(embedUrl('http://x/', options));
				// The narrowest phone frame, the last rows width, the first time-chart width (with a scrollbar's gutter), a wide one.
				for (const width of [288, 640, 660, 1400]) {
					// A frame shorter than any snippet's: the page then reports what its content needs.
					await page.setViewportSize({ width, height: 100 });
					await page.goto(`${url.pathname}${url.search}`);
					if ('from' in view) await expect(page.locator('.timeline-status')).not.toBeEmpty();
					const needed = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
					// The rows take any room left; under the time chart it is blank, and should stay small.
					if (await page.locator('.timeline-view-wide').isVisible()) spare.push(reserved - needed);
					if (needed > reserved)
						short.push(`${url.search || 'no options'} at ${width} px needs ${needed} px, has ${reserved}`);
				}
			}
			report(testInfo, 'frames short of room', short.length ? short.join('; ') : 'none');
			report(testInfo, 'blank room under the time chart', `${Math.min(...spare)}–${Math.max(...spare)} px`);
			expect(short, 'update WORDS in src/lib/embed/height.ts').toEqual([]);
		});

	test("a wave's card has room at every width, for the longest title in each language", async ({ page, request }) => {
		for (const lang of LANGUAGE_LIST) {
			const titles = await Promise.all(
				sorted.map(async (w) => {
					const json = (await (await request.get(`${prefix(lang)}/oembed/wave/${w.id}.json`)).json()) as OEmbed;
					return { id: w.id, title: json.title };
				})
			);
			const longest = titles.reduce((a, b) => (b.title.length > a.title.length ? b : a));
			for (const width of [280, 320, 700, 1400]) {
				await page.setViewportSize({ width, height: 100 });
				await page.goto(`${prefix(lang)}/embed/wave/${longest.id}/`);
				const needed = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
				expect(needed, `${lang} ${longest.id} at ${width} px`).toBeLessThanOrEqual(WAVE_CARD_HEIGHT);
			}
		}
	});
});

test.describe('wave card', () => {
	// A frame shorter than the card, so the page reports what its content needs.
	test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 100 } });

	test('works without JavaScript: title, date, count, conditions, the strip, a link to the wave and the credit', async ({
		page,
	}) => {
		await page.goto(`/embed/wave/${card}/`);
		await expect(page.locator('.site-header')).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(latest.data.title);
		await expect(page.locator('.card-meta time')).toHaveAttribute('datetime', latest.data.date);
		await expect(page.locator('.card-count')).toContainText(en.number(latest.data.count.value));
		await expect(page.locator('.card-conditions')).toContainText(en.t.conditions[latest.data.conditions[0]!.type]);
		const strip = page.getByRole('img', { name: en.t.embed.stripLabel });
		await expect(strip.locator('svg.chosen')).toHaveCount(1);
		await expect(strip.locator('svg[class^="kind-"]')).toHaveCount(sorted.length);
		const link = page.getByRole('link', { name: en.t.embed.readMore });
		await expect(link).toHaveAttribute('href', new RegExp(`^https?://[^/]+${eventPath(card)}$`));
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(page.getByRole('link', { name: 'Release Waves' })).toBeVisible();
		const height = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
		expect(height).toBeLessThanOrEqual(WAVE_CARD_HEIGHT);
	});
});

test.describe('oEmbed', () => {
	for (const lang of LANGUAGE_LIST) {
		test(`${lang}: the timeline's and a wave's oEmbed are valid, found from their pages, and carry the share page's snippet`, async ({
			page,
			request,
		}) => {
			const words = localeOf(lang).t;
			const discovered = async (path: string) => {
				await page.goto(`${prefix(lang)}${path}`);
				const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
				await expect(link).toHaveCount(1);
				await expect(link).toHaveAttribute('title', /./);
				return new URL((await link.getAttribute('href'))!).pathname;
			};
			const timeline = `${prefix(lang)}/oembed/embed.json`;
			const wave = `${prefix(lang)}/oembed/wave/${card}.json`;
			expect(await discovered('/')).toBe(timeline);
			expect(await discovered('/embed/')).toBe(timeline);
			expect(await discovered(eventPath(card))).toBe(wave);
			expect(await discovered(`/embed/wave/${card}/`)).toBe(wave);

			const read = async (path: string) => {
				const response = await request.get(path);
				expect(response.headers()['content-type']).toContain('application/json');
				return (await response.json()) as OEmbed;
			};
			const [ofTimeline, ofWave] = [await read(timeline), await read(wave)];
			for (const json of [ofTimeline, ofWave]) {
				expect(json).toMatchObject({ type: 'rich', version: '1.0', provider_name: words.site.name });
				expect(Number.isInteger(json.width) && Number.isInteger(json.height)).toBe(true);
				expect(json.html).toContain(` height="${json.height}" `);
				expect(json.html).not.toMatch(/\sstyle=/);
			}
			expect(ofTimeline.title).toBe(words.chart.title);

			await page.goto(`${prefix(lang)}/share/`);
			const snippet = page.locator('#snippet');
			await expect(snippet).toHaveValue(ofTimeline.html);
			await page.locator('input[name="what"][value="wave"]').check();
			await page.locator('select[name="wave"]').selectOption(card);
			await expect(snippet).toHaveValue(ofWave.html);
			await expect(page.locator('iframe.builder-preview')).toHaveAttribute('src', new RegExp(`/embed/wave/${card}/$`));
		});
	}
});

test.describe('share page', () => {
	test('offers the picture for hosts without frames, with its size, and previews it', async ({ page, request }) => {
		await page.goto('/share/');
		await page.getByRole('radio', { name: /PNG/ }).check();
		const snippet = page.locator('#snippet');
		await expect(snippet).toHaveValue(
			/^<a href="https?:\/\/[^"]+\/"><img src="https?:\/\/[^"]+\/timeline\.png" alt="[^"]+" width="\d+" height="\d+"><\/a>$/
		);
		const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(await snippet.inputValue())!;
		const png = await (await request.get('/timeline.png')).body();
		// The PNG's own size, from its header: the snippet reserves exactly its shape.
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(width), Number(height)]);
		await expect(page.locator('iframe.builder-preview')).toBeHidden();
		await expect(page.getByRole('img', { name: en.t.share.pictureAlt })).toBeVisible();
		await expect(page.getByRole('combobox', { name: /^From/ })).toBeHidden();
		await page.locator('select[name="lang"]').selectOption('be');
		await expect(snippet).toHaveValue(/\/be\/timeline\.png" alt="[^"]+"/);
	});

	for (const width of [320, 360, 390]) {
		test.describe(`at ${width} px`, () => {
			test.use({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });

			test('never scrolls sideways, whatever is chosen and at any preview width', async ({ page }, testInfo) => {
				await page.goto('/share/');
				const overflow = () =>
					page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				const seen: number[] = [];
				for (const what of ['timeline', 'wave', 'picture'])
					for (const preview of ['phone', 'column', 'full']) {
						await page.locator(`input[name="what"][value="${what}"]`).check();
						await page.locator(`input[name="preview-width"][value="${preview}"]`).check();
						seen.push(await overflow());
					}
				report(testInfo, 'horizontal overflow', `${Math.max(...seen)} px`);
				expect(Math.max(...seen)).toBeLessThanOrEqual(0);
				expect(await page.evaluate(hasHorizontalOverflow)).toBe(false);
			});
		});
	}

	test('previews at phone, column and full width, without JavaScript too', async ({ browser }) => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto('/share/');
			const frame = page.locator('iframe.builder-preview');
			const widthOf = async () => Math.round((await frame.boundingBox())!.width);
			await page.getByRole('radio', { name: 'phone (360 px)' }).check();
			expect(await widthOf()).toBe(360);
			await page.getByRole('radio', { name: 'column (700 px)' }).check();
			expect(await widthOf()).toBe(700);
			await page.getByRole('radio', { name: 'full width' }).check();
			expect(await widthOf()).toBeGreaterThan(1000);
			await context.close();
		}
	});
});
