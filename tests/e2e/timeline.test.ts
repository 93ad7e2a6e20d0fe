import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request, TestInfo } from '@playwright/test';
import { test, expect, hasHorizontalOverflow } from './fixtures';
import {
	busyYear,
	densestPeriod,
	emptyCombination,
	eventPath,
	kindCounts,
	latest,
	markName,
	oldest,
	sorted,
	wavesBetween,
	yearCounts,
	years,
} from './content';
import { ROWS, ROWS_BELOW_PX, SWARM } from '../../src/lib/timeline/presets';
import { HOME_LIST_LIMIT } from '../../src/lib/content/relations';
import { parseCsv } from '../../src/lib/export/csv';
import { localeOf } from '../../src/i18n';

const en = localeOf('en');

test.describe.configure({ mode: 'parallel' });

const WIDE = '.timeline-view-wide';
const ROWS_VIEW = '.timeline-view-rows';
const wideMarks = `${WIDE} a.mark`;
const rowMarks = `${ROWS_VIEW} a.row.mark`;
const PREVIEW = '#timeline-preview';
const DAY = 86_400_000;

/** The waves the home page lists (it stops at the latest HOME_LIST_LIMIT), and those the row view has room for. */
const listed = sorted.slice(-HOME_LIST_LIMIT);
const inRows = sorted.slice(-ROWS.maxRows);
/** Today's content is drawn one mark per wave; a record past SWARM.maxMarks would be grouped by month or year. */
const grouped = sorted.length > SWARM.maxMarks;

const at = (path: string) => new RegExp(`${path.replace(/[.?]/g, '\\$&')}$`);
const note = (testInfo: TestInfo, type: string, description: string) =>
	testInfo.annotations.push({ type, description });
const percent = (hits: number, total: number) => `${hits}/${total} (${total ? Math.round((hits / total) * 100) : 0}%)`;

/** The id of the mark that currently has the preview, and what the preview says. */
const previewState = (page: Page) =>
	page.evaluate((selector) => {
		const panel = document.querySelector<HTMLElement>(selector);
		const described = document.querySelectorAll<HTMLElement | SVGElement>('[aria-describedby="timeline-preview"]');
		return {
			ids: [...described].map((el) => el.dataset['id'] ?? ''),
			shown: Boolean(panel && !panel.hidden),
			label: panel?.querySelector('strong')?.textContent ?? '',
		};
	}, PREVIEW);

/** Wait a little for a mark to get the preview; false when it does not, or when the page navigated away instead. */
async function previewedWithin(page: Page, id: string, timeout = 800): Promise<boolean> {
	return page
		.waitForFunction(
			(id) => {
				const marks = document.querySelectorAll<HTMLElement | SVGElement>('[aria-describedby="timeline-preview"]');
				return (
					marks.length === 1 &&
					marks[0]!.dataset['id'] === id &&
					!document.querySelector<HTMLElement>('#timeline-preview')!.hidden
				);
			},
			id,
			{ timeout }
		)
		.then(
			() => true,
			() => false
		);
}

/** Record the page's navigations, to tell a tap that previewed from one that opened a page. */
function trackNavigations(page: Page): { navigations: string[]; stop: () => void } {
	const navigations: string[] = [];
	const listener = (request: Request) => {
		if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.push(request.url());
	};
	page.on('request', listener);
	return { navigations, stop: () => page.off('request', listener) };
}

/**
 * Tap once and tell what happened: the preview of `id` and nothing else (a hit), another preview or
 * none, or a page opened. A first tap must not open anything, even a moment after the preview shows.
 */
async function firstTap(page: Page, x: number, y: number, id: string): Promise<{ hit: boolean; what: string }> {
	const { navigations, stop } = trackNavigations(page);
	try {
		return await tapOnce(page, navigations, x, y, id);
	} finally {
		stop();
	}
}

async function tapOnce(page: Page, navigations: string[], x: number, y: number, id: string) {
	await page.touchscreen.tap(x, y);
	const deadline = Date.now() + 800;
	let state: Awaited<ReturnType<typeof previewState>> | undefined;
	while (Date.now() < deadline && !navigations.length) {
		state = await previewState(page).catch(() => undefined);
		if (state?.shown && state.ids.length) break;
		await page.waitForTimeout(40);
	}
	if (!navigations.length) await page.waitForTimeout(100);
	if (navigations.length) {
		// Let the navigation the tap started finish, so the next page load is not interrupted by it.
		await page.waitForURL(navigations[0]!, { timeout: 3000 }).catch(() => undefined);
		return { hit: false, what: `opened ${new URL(navigations[0]!).pathname}` };
	}
	state = await previewState(page);
	// The preview names the wave as its mark's accessible name does.
	const hit = state.shown && state.ids.length === 1 && state.ids[0] === id && state.label === markName(id);
	return {
		hit,
		what: state.shown ? `previewed ${state.ids.join(', ') || 'no mark'} as "${state.label}"` : 'showed no preview',
	};
}

/** The time axis the wide chart records on its SVG, to turn positions into dates and back. */
async function axis(page: Page) {
	const svg = page.locator(`${WIDE} svg.timeline-svg`);
	const data = await svg.evaluate((el: SVGSVGElement) => ({
		domain: (el.dataset['domain'] ?? '').split(','),
		left: Number(el.dataset['left']),
		right: Number(el.dataset['right']),
	}));
	const [start, end] = data.domain.map((d) => Date.parse(`${d}T00:00:00Z`)) as [number, number];
	expect(Number.isFinite(start) && Number.isFinite(end) && end > start, 'the SVG records its time axis').toBe(true);
	expect(data.right).toBeGreaterThan(data.left);
	return {
		/** The time at a position in percent of the SVG's width. */
		timeAt: (pct: number) => start + ((pct - data.left) / (data.right - data.left)) * (end - start),
	};
}

/** Each mark's centre on screen, read from its drawn hit circle (not from the data the page's hit testing uses). */
const markCentres = (page: Page) =>
	page.locator(wideMarks).evaluateAll((marks) =>
		marks.map((mark) => {
			const hit = mark.querySelector('circle.hit')!.getBoundingClientRect();
			const glyph = mark.querySelector('.glyph')!.getBoundingClientRect();
			return {
				id: (mark as SVGElement).dataset['id'] ?? '',
				x: hit.left + hit.width / 2,
				y: hit.top + hit.height / 2,
				r: hit.width / 2,
				glyph: { left: glyph.left, top: glyph.top, right: glyph.right, bottom: glyph.bottom },
			};
		})
	);
type Centre = Awaited<ReturnType<typeof markCentres>>[number];

const nearest = (marks: Centre[], x: number, y: number, reach: number) =>
	marks
		.map((m) => ({ m, d: Math.hypot(m.x - x, m.y - y) }))
		.filter(({ d }) => d <= reach)
		.sort((a, b) => a.d - b.d)[0]?.m;

type Box = { left: number; top: number; right: number; bottom: number };
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const previewBox = (page: Page) =>
	page.locator(PREVIEW).evaluate((el) => {
		const { left, top, right, bottom } = el.getBoundingClientRect();
		return { left, top, right, bottom };
	});

// 1. Every width shows the right view, fits, keeps its text readable and its targets large.
const SCREENS = [
	{ width: 320, height: 568, phone: true },
	{ width: 360, height: 800, phone: true },
	{ width: 390, height: 844, phone: true },
	{ width: 768, height: 1024, phone: false },
	{ width: 1400, height: 900, phone: false },
];

for (const { width, height, phone } of SCREENS) {
	test.describe(`timeline at ${width}×${height}`, () => {
		test.use(phone ? { viewport: { width, height }, hasTouch: true, isMobile: true } : { viewport: { width, height } });

		test('shows the right view, fits the page, keeps chart text 11–16 px and phone targets ≥ 44 px; screenshot attached', async ({
			page,
		}, testInfo) => {
			await page.goto('/');
			const container = await page.locator('timeline-chart').evaluate((el) => el.clientWidth);
			const rows = container < ROWS_BELOW_PX;
			note(testInfo, 'container width', `${container} px: ${rows ? 'rows' : 'wide'} view`);
			expect(rows, 'phones get the row view, wider screens the time chart').toBe(phone);
			await expect(page.locator(rows ? ROWS_VIEW : WIDE)).toBeVisible();
			await expect(page.locator(rows ? WIDE : ROWS_VIEW)).toBeHidden();
			await expect(page.locator(rows ? rowMarks : wideMarks).first()).toBeVisible();
			expect(await page.evaluate(hasHorizontalOverflow), 'horizontal page overflow').toBe(false);

			// Every piece of text the chart shows: SVG text, the rows, the legend (and the rows' year labels).
			const sizes = await page.locator('timeline-chart').evaluate((root) => {
				const out: { text: string; size: number }[] = [];
				for (const el of root.querySelectorAll('.timeline-view *, .timeline-legend *')) {
					if (el.getClientRects().length === 0) continue;
					const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
					if (own)
						out.push({ text: el.textContent.trim().slice(0, 40), size: parseFloat(getComputedStyle(el).fontSize) });
					const before = getComputedStyle(el, '::before');
					if (before.content !== 'none' && before.content !== 'normal')
						out.push({ text: `::before ${before.content}`, size: parseFloat(before.fontSize) });
				}
				return out;
			});
			expect(sizes.length, 'the chart shows text').toBeGreaterThan(5);
			const min = Math.min(...sizes.map((s) => s.size));
			const max = Math.max(...sizes.map((s) => s.size));
			note(testInfo, 'chart text size', `${min}–${max} px`);
			expect(
				sizes.filter((s) => s.size < 11 || s.size > 16),
				'chart text outside 11–16 px'
			).toEqual([]);

			if (rows) {
				const targets = await page
					.locator(rowMarks)
					.evaluateAll((els) =>
						els.map((el) => el.getBoundingClientRect()).map(({ width, height }) => ({ width, height }))
					);
				expect(targets).toHaveLength(inRows.length);
				const minW = Math.min(...targets.map((t) => t.width));
				const minH = Math.min(...targets.map((t) => t.height));
				note(testInfo, 'smallest row target', `${minW.toFixed(1)}×${minH.toFixed(1)} px`);
				expect(minW, 'row target width').toBeGreaterThanOrEqual(44);
				expect(minH, 'row target height').toBeGreaterThanOrEqual(44);
			} else {
				const hit = await page
					.locator(`${wideMarks} circle.hit`)
					.evaluateAll((els) => Math.min(...els.map((el) => el.getBoundingClientRect().width)));
				note(
					testInfo,
					'smallest mark target',
					`${hit.toFixed(1)} px across (nearest-wave hit testing reaches further)`
				);
				expect(hit, 'every mark keeps a 24 px target').toBeGreaterThanOrEqual(24 - 0.5);
			}

			const fold = await page.evaluate(
				([mark]) => {
					const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
					return {
						scrollY: window.scrollY,
						latest: top('p.latest')!.bottom,
						title: top('.chart-title')!.bottom,
						firstMark: [...document.querySelectorAll(mark!)]
							.find((el) => el.getClientRects().length)!
							.getBoundingClientRect().top,
					};
				},
				[rows ? rowMarks : wideMarks]
			);
			note(
				testInfo,
				'above the fold',
				`p.latest bottom ${fold.latest.toFixed(0)}, chart title bottom ${fold.title.toFixed(0)}, first ${rows ? 'row' : 'mark'} top ${fold.firstMark.toFixed(0)} (screen ${height})`
			);
			if (width === 390) {
				expect(fold.scrollY).toBe(0);
				await expect(page.locator('p.latest')).toBeInViewport({ ratio: 1 });
				await expect(page.locator('p.latest a')).toHaveAttribute('href', eventPath(latest.id));
				expect(fold.firstMark, 'the first row starts on the first screen').toBeLessThan(height);
			}
			if (width === 1400) {
				expect(fold.scrollY).toBe(0);
				await expect(page.locator('p.latest')).toBeInViewport({ ratio: 1 });
				await expect(page.locator('p.latest')).toContainText(en.date(latest.data.date));
				await expect(page.locator('p.latest a')).toHaveAttribute('href', eventPath(latest.id));
				await expect(page.locator('.chart-title')).toBeInViewport({ ratio: 1 });
			}

			const path = testInfo.outputPath(`timeline-${width}.png`);
			await page.locator('figure.chart-unit').screenshot({ path });
			await testInfo.attach(`timeline-${width}`, { path, contentType: 'image/png' });
		});
	});
}

// 2. Phones: the first tap on a row previews its wave, the second opens it.
const dense = densestPeriod(13, inRows);

for (const width of [360, 390]) {
	test.describe(`tapping rows at ${width} px`, () => {
		test.use({ viewport: { width, height: 800 }, hasTouch: true, isMobile: true });

		test(`each of the ${dense.waves.length} rows of the densest period previews on the first tap and opens on the second`, async ({
			page,
		}, testInfo) => {
			test.setTimeout(120_000);
			note(
				testInfo,
				'densest period',
				`${dense.waves.length} waves around ${dense.centre.id} (${dense.neighbours} neighbours within 120 days)`
			);
			const misses: string[] = [];
			let previews = 0;
			let attempts = 0;
			for (const [i, wave] of dense.waves.entries()) {
				// At the centre, and 12 px off it, alternately below and above.
				for (const dy of [0, i % 2 ? -12 : 12]) {
					attempts++;
					const where = `${wave.id} at ${dy ? `${dy > 0 ? '+' : ''}${dy} px` : 'centre'}`;
					await page.goto('/', { waitUntil: 'domcontentloaded' });
					const row = page.locator(`${rowMarks}[data-id="${wave.id}"]`);
					await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
					const box = (await row.boundingBox())!;
					expect(box.height / 2, 'the tap stays inside the row').toBeGreaterThan(Math.abs(dy));
					const x = box.x + box.width / 2;
					const y = box.y + box.height / 2 + dy;
					const first = await firstTap(page, x, y, wave.id);
					if (!first.hit) {
						misses.push(`${where}: the first tap ${first.what}`);
						continue;
					}
					previews++;
					await page.touchscreen.tap(x, y);
					const opened = await page.waitForURL(at(eventPath(wave.id)), { timeout: 1500, waitUntil: 'commit' }).then(
						() => true,
						() => false
					);
					if (!opened) misses.push(`${where}: second tap did not open it (still at ${page.url()})`);
				}
			}
			const hits = attempts - misses.length;
			note(
				testInfo,
				`tap hit rate at ${width} px`,
				`${percent(hits, attempts)}; first-tap previews ${percent(previews, attempts)}`
			);
			expect(misses, `tap hit rate ${percent(hits, attempts)}`).toEqual([]);
		});
	});
}

// 3. Tablets: taps on the time chart pick the nearest wave.
test.describe('tapping the time chart at 768 px', () => {
	test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });

	test('a tap on a mark, or 10 px from its centre, previews the nearest wave without opening it', async ({
		page,
	}, testInfo) => {
		test.setTimeout(120_000);
		const open = async () => {
			await page.goto('/', { waitUntil: 'domcontentloaded' });
			const marks = await markCentres(page);
			if (marks.every((m) => m.y - m.r >= 0 && m.y + m.r <= 1024)) return marks;
			await page.locator(`${WIDE} svg.timeline-svg`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
			return markCentres(page);
		};
		const marks = await open();
		expect(marks).toHaveLength(sorted.length);
		const DIRECTIONS = [0, 90, 180, 270, 45, 135, 225, 315];
		// Each mark at its centre, then 10 px from it, the direction turning from mark to mark.
		const attempts = marks.flatMap((m, i) => [
			{ id: m.id, offset: 0, deg: 0 },
			{ id: m.id, offset: 10, deg: DIRECTIONS[i % DIRECTIONS.length]! },
		]);
		const misses: string[] = [];
		for (const { id, offset, deg } of attempts) {
			// Positions are read again on every load, so the expected wave comes from the chart as drawn.
			const now = await open();
			const mark = now.find((m) => m.id === id)!;
			const x = mark.x + offset * Math.cos((deg * Math.PI) / 180);
			const y = mark.y + offset * Math.sin((deg * Math.PI) / 180);
			const expected = nearest(now, x, y, 44)?.id ?? '';
			const first = await firstTap(page, x, y, expected);
			if (!first.hit)
				misses.push(
					`${id} ${offset ? `+${offset} px at ${deg}°` : 'centre'}: expected a preview of ${expected}; the tap ${first.what}`
				);
		}
		const hits = attempts.length - misses.length;
		note(testInfo, 'tap hit rate at 768 px', percent(hits, attempts.length));
		expect(misses, `tap hit rate ${percent(hits, attempts.length)}`).toEqual([]);
	});

	test('a second tap on the previewed wave opens it, and a touch drag does not zoom', async ({ page }) => {
		await page.goto('/');
		const svg = page.locator(`${WIDE} svg.timeline-svg`);
		await svg.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const target = (await markCentres(page)).find((m) => m.id === latest.id)!;
		// Beside the mark, not on it: nearest-wave hit testing.
		const x = target.x - target.r - 6;
		const first = await firstTap(page, x, target.y, latest.id);
		expect(first.hit, `the first tap should preview the latest wave; it ${first.what}`).toBe(true);
		await page.touchscreen.tap(x, target.y);
		await expect(page).toHaveURL(at(eventPath(latest.id)));

		await page.goto('/');
		await svg.evaluate((el) => el.scrollIntoView({ block: 'center' }));
		const box = (await svg.boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const y = box.y + box.height - 50;
		const point = (x: number) => ({ touchPoints: [{ x: Math.round(x), y: Math.round(y) }] });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', ...point(box.x + box.width * 0.5) });
		for (let step = 1; step <= 5; step++)
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				...point(box.x + box.width * (0.5 + step * 0.08)),
			});
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await page.waitForTimeout(300);
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator(wideMarks)).toHaveCount(sorted.length);
		await expect(page.locator('.timeline-brush')).toBeHidden();
	});
});

test.describe('timeline, with JavaScript, at 1400 px', () => {
	test.use({ viewport: { width: 1400, height: 900 } });

	// 4. Keyboard.
	test('Tab enters the chart at the oldest wave; arrows, End, Escape and Enter work', async ({ page }) => {
		await page.goto('/');
		await page.locator('input[name="kind"]').last().focus();
		await page.keyboard.press('Tab');
		const marks = page.locator(wideMarks);
		const preview = page.locator(PREVIEW);
		await expect(marks.first()).toBeFocused();
		await expect(marks.first()).toHaveAttribute('data-id', oldest.id);
		await expect(marks.first()).toHaveAttribute('aria-describedby', 'timeline-preview');
		await expect(preview).toBeVisible();
		await expect(preview.locator('strong')).toHaveText(markName(oldest.id));
		await expect(page.locator(`${wideMarks}[tabindex="0"]`)).toHaveCount(1);

		await page.keyboard.press('ArrowRight');
		await expect(marks.nth(1)).toBeFocused();
		await expect(marks.nth(1)).toHaveAttribute('data-id', sorted[1]!.id);
		await expect(preview.locator('strong')).toHaveText(markName(sorted[1]!.id));
		await expect(marks.first()).not.toHaveAttribute('aria-describedby', /./);
		await page.keyboard.press('ArrowLeft');
		await expect(marks.first()).toBeFocused();

		await page.keyboard.press('End');
		await expect(marks.last()).toBeFocused();
		await expect(marks.last()).toHaveAttribute('data-id', latest.id);
		await expect(preview.locator('strong')).toHaveText(markName(latest.id));
		await expect(page.locator(`${wideMarks}[tabindex="0"]`)).toHaveAttribute('data-id', latest.id);
		await page.keyboard.press('Escape');
		await expect(preview).toBeHidden();
		await expect(marks.last()).not.toHaveAttribute('aria-describedby', /./);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(at(eventPath(latest.id)));
	});

	// 5. Mouse.
	test('hovering a mark previews it; the preview never covers any mark; a click opens it', async ({
		page,
	}, testInfo) => {
		await page.goto('/');
		const latestMark = page.locator(`${wideMarks}[data-id="${latest.id}"]`);
		await latestMark.locator('.glyph').hover();
		const preview = page.locator(PREVIEW);
		await expect(preview).toBeVisible();
		await expect(latestMark).toHaveClass(/\bpreviewed\b/);
		await expect(preview.locator('strong')).toHaveText(markName(latest.id));
		await expect(preview).toContainText(latest.data.summary);
		await expect(preview.locator('a.open')).toHaveText('Open this wave →');
		await expect(preview.locator('a.open')).toHaveAttribute('href', eventPath(latest.id));

		const marks = await markCentres(page);
		const covered: string[] = [];
		for (const m of marks) {
			await page.mouse.move(1, 1);
			await expect(preview).toBeHidden();
			await page.mouse.move(m.x, m.y);
			expect(await previewedWithin(page, m.id), `hovering ${m.id} previews it`).toBe(true);
			const box = await previewBox(page);
			if (intersects(box, m.glyph)) covered.push(m.id);
		}
		note(testInfo, 'preview over its mark', `${covered.length} of ${marks.length} marks`);
		expect(covered, 'marks covered by their own preview').toEqual([]);

		await page.mouse.move(1, 1);
		await latestMark.locator('.glyph').click();
		await expect(page).toHaveURL(at(eventPath(latest.id)));
	});

	test('a click near a mark, not on it, opens the nearest wave', async ({ page }) => {
		await page.goto('/');
		const marks = await markCentres(page);
		// The mark with the most room around it, clicked just outside its target disc.
		const clearance = (m: Centre) =>
			Math.min(...marks.filter((o) => o !== m).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
		const target = marks.toSorted((a, b) => clearance(b) - clearance(a))[0]!;
		const x = target.x + target.r + 6;
		expect(x - target.x, 'within the mouse reach of 28 px').toBeLessThanOrEqual(28);
		expect(nearest(marks, x, target.y, 28)?.id).toBe(target.id);
		await page.mouse.move(x, target.y);
		expect(await previewedWithin(page, target.id), 'hovering near previews the nearest').toBe(true);
		await page.mouse.click(x, target.y);
		await expect(page).toHaveURL(at(eventPath(target.id)));
	});

	test('dragging across the chart zooms to the waves inside, snapped to their dates; "Show all waves" resets', async ({
		page,
	}) => {
		await page.goto('/');
		const reset = page.getByRole('button', { name: 'Show all waves' });
		await expect(reset).toBeHidden();
		const svg = page.locator(`${WIDE} svg.timeline-svg`);
		const box = (await svg.boundingBox())!;
		const { timeAt } = await axis(page);
		const [x0, x1] = [0.55, 0.9].map((f) => box.x + box.width * f) as [number, number];
		// Low in the chart, in the panel of prisoners held, where no mark is.
		const y = box.y + box.height - 60;
		await page.mouse.move(x0, y);
		await page.mouse.down();
		await page.mouse.move(x1, y, { steps: 6 });
		await expect(page.locator('.timeline-brush')).toBeVisible();
		await page.mouse.up();
		await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
		const url = new URL(page.url());
		const from = url.searchParams.get('from')!;
		const to = url.searchParams.get('to')!;
		const dates = new Set(sorted.map((w) => w.data.date));
		expect(dates.has(from), `from=${from} is a wave's date`).toBe(true);
		expect(dates.has(to), `to=${to} is a wave's date`).toBe(true);
		// The dragged period, as dates; waves well inside it are all kept, none well outside it.
		const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
		const dragged = [x0, x1].map((x) => timeAt(((x - box.x) / box.width) * 100));
		const inner = wavesBetween(iso(dragged[0]! + DAY), iso(dragged[1]! - DAY));
		expect(inner.length).toBeGreaterThan(0);
		expect(from <= inner[0]!.data.date && to >= inner.at(-1)!.data.date, 'every wave inside the drag is kept').toBe(
			true
		);
		expect(from >= iso(dragged[0]! - DAY) && to <= iso(dragged[1]! + DAY), 'no wave outside the drag is added').toBe(
			true
		);
		const kept = wavesBetween(from, to);
		await expect(page.locator(wideMarks)).toHaveCount(kept.length);
		expect(kept.length).toBeLessThan(sorted.length);
		await expect(page.locator(wideMarks).first()).toHaveAttribute('data-date', from);
		await expect(page.locator(wideMarks).last()).toHaveAttribute('data-date', to);
		await expect(page.locator('#waves > li:visible')).toHaveCount(kept.filter((w) => listed.includes(w)).length);
		await expect(reset).toBeVisible();
		await reset.click();
		await expect(page).toHaveURL(/\/$/);
		await expect(reset).toBeHidden();
		await expect(page.locator(wideMarks)).toHaveCount(sorted.length);
	});

	// 6. Filters.
	test('the filters offer only years and kinds that have waves, with their counts', async ({ page }) => {
		await page.goto('/');
		const options = await page
			.locator('select[name="year"] option')
			.evaluateAll((els) => els.map((el) => ({ value: (el as HTMLOptionElement).value, text: el.textContent.trim() })));
		expect(options).toEqual([
			{ value: '', text: `All years (${en.number(sorted.length)})` },
			...years.toReversed().map((year) => ({ value: year, text: `${year} (${en.number(yearCounts.get(year)!)})` })),
		]);
		const kinds = await page.locator('label.kind-option').evaluateAll((els) =>
			els.map((el) => ({
				value: el.querySelector('input')!.value,
				text: el.textContent.replace(/\s+/g, ' ').trim(),
			}))
		);
		expect(kinds).toEqual(
			[...kindCounts].map(([kind, n]) => ({ value: kind, text: `${en.t.kinds[kind]} (${en.number(n)})` }))
		);
	});

	test('a year, then a kind, narrow the chart, the rows, the list and the URL, and survive a reload', async ({
		page,
	}) => {
		await page.goto('/');
		const { year, list } = busyYear;
		const reset = page.getByRole('button', { name: 'Show all waves' });
		const ids = (selector: string) =>
			page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['id']));
		await page.locator('select[name="year"]').selectOption(year);
		await expect(page).toHaveURL(new RegExp(`\\?year=${year}$`));
		await expect(page.locator(wideMarks)).toHaveCount(list.length);
		expect((await ids(wideMarks)).sort()).toEqual(list.map((w) => w.id).sort());
		expect((await ids(rowMarks)).sort()).toEqual(list.map((w) => w.id).sort());
		expect((await ids('#waves > li:visible')).sort()).toEqual(
			list
				.filter((w) => listed.includes(w))
				.map((w) => w.id)
				.sort()
		);
		await expect(page.locator('timeline-chart').getByRole('status')).toHaveText(
			new RegExp(`^Showing ${en.number(list.length)} of ${en.number(sorted.length)} waves`)
		);
		await expect(reset).toBeVisible();

		const kind = list[0]!.data.kind;
		const ofKind = list.filter((w) => w.data.kind === kind);
		await page.locator(`input[name="kind"][value="${kind}"]`).check();
		await expect(page).toHaveURL(new RegExp(`\\?year=${year}&kind=${kind}$`));
		await expect(page.locator(wideMarks)).toHaveCount(ofKind.length);
		expect((await ids('#waves > li:visible')).sort()).toEqual(
			ofKind
				.filter((w) => listed.includes(w))
				.map((w) => w.id)
				.sort()
		);

		await page.reload();
		await expect(page.locator('select[name="year"]')).toHaveValue(year);
		await expect(page.locator(`input[name="kind"][value="${kind}"]`)).toBeChecked();
		await expect(page.locator(wideMarks)).toHaveCount(ofKind.length);
		expect((await ids(wideMarks)).sort()).toEqual(ofKind.map((w) => w.id).sort());
		await expect(page.locator('#waves > li:visible')).toHaveCount(ofKind.filter((w) => listed.includes(w)).length);
		await expect(reset).toBeVisible();

		await reset.click();
		await expect(page).toHaveURL(/\/$/);
		await expect(reset).toBeHidden();
		await expect(page.locator(wideMarks)).toHaveCount(sorted.length);
		await expect(page.locator('#waves > li:visible')).toHaveCount(listed.length);
	});

	test('a filter that matches nothing says so in the chart, the rows and the list, without a broken axis', async ({
		page,
	}) => {
		test.skip(!emptyCombination, 'every year has a wave of every kind');
		const { year, kind } = emptyCombination!;
		await page.goto('/');
		await page.locator('select[name="year"]').selectOption(year);
		await page.locator(`input[name="kind"][value="${kind}"]`).check();
		await expect(page).toHaveURL(new RegExp(`\\?year=${year}&kind=${kind}$`));
		await expect(page.locator(wideMarks)).toHaveCount(0);
		await expect(page.locator(`${WIDE} svg.timeline-svg text.empty`)).toBeVisible();
		await expect(page.locator(`${WIDE} svg.timeline-svg text.empty`)).toContainText('No waves match these filters');
		await expect(page.locator(`${ROWS_VIEW} p.timeline-empty`)).toHaveText(/No waves match these filters/);
		await expect(page.locator('p.list-empty[data-empty-for="#waves"]')).toBeVisible();
		await expect(page.locator('p.list-empty[data-empty-for="#waves"]')).toHaveText(/No waves match these filters/);
		await expect(page.locator('#waves > li:visible')).toHaveCount(0);
		await expect(page.locator('timeline-chart').getByRole('status')).toHaveText('No waves match these filters.');
		await expect(page.locator('.chart-title')).toHaveText('Political-prisoner release waves in Belarus');
		const svg = await page.locator(`${WIDE} svg.timeline-svg`).evaluate((el) => el.outerHTML);
		expect(svg).not.toMatch(/NaN|Infinity|undefined|Invalid/);
		await expect(page.locator(`${WIDE} svg.timeline-svg`)).toHaveAttribute(
			'data-domain',
			`${year}-01-01,${year}-12-31`
		);
		const ticks = await page.locator(`${WIDE} .tick-label`).allTextContents();
		expect(ticks.every((t) => t.trim().length > 0)).toBe(true);
		expect(await page.locator(`${WIDE} .annotation`).count()).toBe(0);
		await page.reload();
		await expect(page.locator(wideMarks)).toHaveCount(0);
		await expect(page.locator('p.list-empty[data-empty-for="#waves"]')).toBeVisible();
	});

	// 7. Marks are where their dates are.
	test('every wave has exactly one mark, at its date to within a day', async ({ page }, testInfo) => {
		test.skip(grouped, 'the record is grouped by month or year');
		await page.goto('/');
		const { timeAt } = await axis(page);
		const marks = await page.locator(wideMarks).evaluateAll((els) =>
			els.map((el) => ({
				id: (el as SVGElement).dataset['id']!,
				date: (el as SVGElement).dataset['date']!,
				x: Number((el as SVGElement).dataset['x']),
			}))
		);
		expect(marks.map((m) => m.id).sort()).toEqual(sorted.map((w) => w.id).sort());
		const errors = marks.map((m) => ({ ...m, days: Math.abs(timeAt(m.x) - Date.parse(`${m.date}T00:00:00Z`)) / DAY }));
		for (const m of errors) expect(m.date, m.id).toBe(sorted.find((w) => w.id === m.id)!.data.date);
		const worst = Math.max(...errors.map((m) => m.days));
		note(testInfo, 'largest date error', `${worst.toFixed(3)} days`);
		expect(errors.filter((m) => m.days > 1)).toEqual([]);
	});

	// 8. Downloads, built in the browser.
	test('the SVG download is the framed chart unit of the view', async ({ page }) => {
		await page.goto('/');
		const download = page.waitForEvent('download');
		await page.locator('[data-download="svg"]').click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('release-waves.svg');
		const svg = await readFile(await file.path(), 'utf8');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toContain(`>${await page.locator('.chart-title').textContent()}</text>`);
		await expect(page.locator('.chart-source')).toContainText('Data as of');
		const asOf = await page.locator('.chart-source time').textContent();
		expect(svg).toContain(`Data as of ${asOf}`);
		for (const kind of kindCounts.keys())
			expect(svg, `legend entry for ${kind}`).toContain(`>${en.t.kinds[kind]}</text>`);
		expect(svg.match(/<a class="mark/g)).toHaveLength(sorted.length);
	});

	test('the PNG download is a PNG', async ({ page }) => {
		await page.goto('/');
		const download = page.waitForEvent('download', { timeout: 10_000 });
		await page.locator('[data-download="png"]').click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('release-waves.png');
		const png = await readFile(await file.path());
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	});

	test('the CSV download holds exactly the waves shown', async ({ page }) => {
		await page.goto('/');
		const { year, list } = busyYear;
		await page.locator('select[name="year"]').selectOption(year);
		await expect(page.locator(wideMarks)).toHaveCount(list.length);
		const download = page.waitForEvent('download');
		await page.locator('[data-download="csv"]').click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('release-waves.csv');
		const [header, ...rows] = parseCsv(await readFile(await file.path(), 'utf8')).filter((row) => row.some(Boolean));
		expect(header).toContain('id');
		expect(rows.map((row) => row[header!.indexOf('id')])).toEqual(list.map((w) => w.id));
		expect(rows.map((row) => row[header!.indexOf('date')])).toEqual(list.map((w) => w.data.date));
	});

	// 11. Layout shift.
	test('loading the script shifts nothing on the page', async ({ page }) => {
		await page.goto('/');
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 500);
				})
		);
		expect(shift).toBeLessThan(0.01);
	});

	// 12. The list.
	test('the list is newest first, and "Oldest first" reverses it', async ({ page }) => {
		await page.goto('/');
		const items = page.locator('#waves > li');
		const ids = () => items.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['id']!));
		const newestFirst = listed.toReversed().map((w) => w.id);
		expect(await ids()).toEqual(newestFirst);
		const button = page.getByRole('button', { name: 'Oldest first' });
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		expect(await ids()).toEqual(newestFirst.toReversed());
		await expect(items.first()).toHaveAttribute('data-id', listed[0]!.id);
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		expect(await ids()).toEqual(newestFirst);
	});
});

// 5, continued: rows at 390 px with a mouse.
test.describe('hovering rows at 390 px', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the preview of a row never covers the row’s glyph', async ({ page }, testInfo) => {
		await page.goto('/');
		const rows = page.locator(rowMarks);
		const count = Math.min(8, await rows.count());
		const overRow: string[] = [];
		for (let i = 0; i < count; i++) {
			const row = rows.nth(i);
			const id = (await row.getAttribute('data-id'))!;
			await row.evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await page.mouse.move(1, 1);
			await expect(page.locator(PREVIEW)).toBeHidden();
			const glyph = (await row.locator('.glyph').boundingBox())!;
			await page.mouse.move(glyph.x + glyph.width / 2, glyph.y + glyph.height / 2);
			expect(await previewedWithin(page, id), `hovering row ${id} previews it`).toBe(true);
			// A row's preview text comes from the time chart's mark of the same wave: it must still be there.
			const summary = sorted.find((w) => w.id === id)?.data.summary;
			if (summary) await expect(page.locator(PREVIEW)).toContainText(summary.slice(0, 40));
			const box = await previewBox(page);
			const g = { left: glyph.x, top: glyph.y, right: glyph.x + glyph.width, bottom: glyph.y + glyph.height };
			expect(intersects(box, g), `the preview covers the glyph of ${id}`).toBe(false);
			const r = await row.evaluate((el) => {
				const { left, top, right, bottom } = el.getBoundingClientRect();
				return { left, top, right, bottom };
			});
			if (intersects(box, r)) overRow.push(id);
		}
		note(testInfo, 'preview over its row (outside the glyph)', `${overRow.length} of ${count} rows`);
	});
});

// 8, continued: without JavaScript the links lead to the files on the server.
test.describe('downloads without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('link to /timeline.svg, /timeline.png and /data/events.csv, each served with its type', async ({
		page,
		request,
	}) => {
		await page.goto('/');
		const files = {
			svg: ['/timeline.svg', 'image/svg+xml'],
			png: ['/timeline.png', 'image/png'],
			csv: ['/data/events.csv', 'text/csv'],
		};
		for (const [kind, [href, type]] of Object.entries(files)) {
			await expect(page.locator(`[data-download="${kind}"]`)).toHaveAttribute('href', href!);
			const response = await request.get(href!);
			expect(response.status(), href).toBe(200);
			expect(response.headers()['content-type'], href).toContain(type);
		}
		const svg = await (await request.get('/timeline.svg')).text();
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200"/);
		for (const part of ['.chart-title', '.chart-subtitle'])
			expect(svg).toContain((await page.locator(part).textContent())!.trim());
		expect(svg).toContain('Data as of');
		expect(svg).toContain('Chart: Release Waves');
		const png = Buffer.from(await (await request.get('/timeline.png')).body());
		expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		const csv = parseCsv(await (await request.get('/data/events.csv')).text()).filter((row) => row.some(Boolean));
		expect(csv.length - 1).toBe(sorted.length);
	});
});

// 9. Without JavaScript.
test.describe('timeline without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('has the complete SVG and the rows in the HTML, the data tables, and no controls', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator(`${WIDE} svg.timeline-svg`)).toBeVisible();
		const ids = await page.locator(wideMarks).evaluateAll((els) => els.map((el) => (el as SVGElement).dataset['id']!));
		if (!grouped) expect(ids.toSorted()).toEqual(sorted.map((w) => w.id).sort());
		for (const href of await page.locator(wideMarks).evaluateAll((els) => els.map((el) => el.getAttribute('href'))))
			expect(href).toMatch(/^\/events\/[^/]+\/$/);
		await expect(page.locator(rowMarks)).toHaveCount(inRows.length);
		await expect(page.locator(rowMarks).first()).toHaveAttribute('data-id', latest.id);
		await expect(page.locator('.timeline-controls')).toBeHidden();
		await expect(page.locator('select[name="year"]')).toBeHidden();
		await expect(page.locator('.timeline-legend')).toBeVisible();
		await page.getByText("The chart's data as tables").click();
		await expect(page.getByRole('table', { name: 'Release waves' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Release waves' }).locator('tbody tr')).toHaveCount(sorted.length);
		await expect(page.getByRole('table', { name: "Political prisoners held (Viasna's count)" })).toBeVisible();
	});
});

// 10. axe, light and dark, wide and narrow.
for (const width of [1400, 390]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`home page at ${width} px, ${colorScheme}`, () => {
			test.use({ viewport: { width, height: 900 }, colorScheme });
			test('has no axe violations', async ({ page }) => {
				await page.goto('/');
				const results = await new AxeBuilder({ page }).analyze();
				expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
			});
		});
	}
}
