import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { busyYear, eventPath, latest, markName, oldest, sorted } from './content';
import { formatDate } from '../../src/lib/time/format';
import { formatCount, kindLabel } from '../../src/lib/content/labels';

const chart = '.timeline-view-wide';

test.describe('timeline, enhanced', () => {
	test('has one mark per wave, and every mark links to a page that exists', async ({ page, request }) => {
		await page.goto('/');
		const marks = page.locator(`${chart} a.mark`);
		const waves = await page.locator('#waves > li').count();
		await expect(marks).toHaveCount(waves);
		for (const href of await marks.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))) {
			expect((await request.get(href)).status(), href).toBe(200);
		}
		await expect(marks.last()).toHaveAccessibleName(markName(latest.id));
	});

	test('Tab enters the chart, arrows move between waves with a tooltip, Esc hides it, Enter opens the wave', async ({
		page,
	}) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Show all waves' }).focus();
		await page.keyboard.press('Tab');
		const first = page.locator(`${chart} a.mark`).first();
		await expect(first).toBeFocused();
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toContainText(formatDate(oldest.data.date));
		await page.keyboard.press('ArrowRight');
		const second = page.locator(`${chart} a.mark`).nth(1);
		await expect(second).toBeFocused();
		await expect(second).toHaveAttribute('aria-describedby', 'timeline-tooltip');
		await expect(tooltip).toContainText(formatDate(sorted[1]!.data.date));
		await page.keyboard.press('Escape');
		await expect(tooltip).toBeHidden();
		await page.keyboard.press('End');
		await expect(page.locator(`${chart} a.mark`).last()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${eventPath(latest.id)}$`));
	});

	test('shows the tooltip on hover', async ({ page }) => {
		await page.goto('/');
		await page.locator(`${chart} a.mark`).last().hover();
		await expect(page.getByRole('tooltip')).toContainText(`${formatCount(latest.data.count)} released`);
	});

	test('filters by year and kind update the chart, the list and the URL, and survive a reload', async ({ page }) => {
		await page.goto('/');
		const { year, list } = busyYear;
		const kind = list[0]!.data.kind;
		const kindName = kindLabel(kind);
		await page.getByLabel('Year').selectOption(year);
		await expect(page).toHaveURL(new RegExp(`\\?year=${year}$`));
		const visibleItems = page.locator('#waves > li:visible');
		await expect(visibleItems).toHaveCount(list.length);
		await expect(page.locator(`${chart} a.mark`)).toHaveCount(list.length);
		await page.getByRole('checkbox', { name: kindName, exact: true }).check();
		await expect(page).toHaveURL(new RegExp(`\\?year=${year}&kind=${kind}$`));
		const pardons = list.filter((w) => w.data.kind === kind).length;
		await expect(visibleItems).toHaveCount(pardons);
		await expect(page.getByRole('status')).toHaveText(new RegExp(`^Showing ${pardons} of \\d+ waves`));
		await page.reload();
		await expect(page.getByLabel('Year')).toHaveValue(year);
		await expect(page.getByRole('checkbox', { name: kindName, exact: true })).toBeChecked();
		await expect(page.locator(`${chart} a.mark`)).toHaveCount(pardons);
		await expect(visibleItems).toHaveCount(pardons);
		await page.getByRole('button', { name: 'Show all waves' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator(`${chart} a.mark`)).toHaveCount(await page.locator('#waves > li').count());
	});

	test('dragging across the chart zooms to that period, and reset shows everything again', async ({ page }) => {
		await page.goto('/');
		const svg = page.locator(`${chart} svg`);
		await svg.scrollIntoViewIfNeeded();
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.62, box.y + box.height * 0.3);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.98, box.y + box.height * 0.3, { steps: 5 });
		await page.mouse.up();
		await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
		const zoomed = await page.locator(`${chart} a.mark`).count();
		expect(zoomed).toBeLessThan(await page.locator('#waves > li').count());
		expect(zoomed).toBeGreaterThan(0);
		await page.getByRole('button', { name: 'Show all waves' }).click();
		await expect(page.locator(`${chart} a.mark`)).toHaveCount(await page.locator('#waves > li').count());
	});

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
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the home page has no axe violations in the ${colorScheme} scheme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	});
}

test.describe('timeline without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('still shows the complete SVG with links, and the data table', async ({ page }) => {
		await page.goto('/');
		const svg = page.getByRole('group', { name: /^Release waves and political prisoners held/ }).first();
		await expect(svg).toBeVisible();
		await expect(page.locator(`${chart} a.mark`)).toHaveCount(await page.locator('#waves > li').count());
		await expect(page.getByRole('combobox', { name: 'Year' })).toBeHidden();
		await page.getByText("The chart's data as tables").click();
		await expect(page.getByRole('table', { name: 'Release waves' })).toBeVisible();
		await expect(page.getByRole('table', { name: "Political prisoners held (Viasna's count)" })).toBeVisible();
	});
});

for (const width of [360, 1440]) {
	test.describe(`timeline at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });
		test('fits without horizontal scroll; screenshot saved as an artifact', async ({ page }, testInfo) => {
			await page.goto('/');
			const view = page.locator(width < 600 ? '.timeline-view-compact' : chart);
			await expect(view.locator('svg')).toBeVisible();
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)
			).toBe(true);
			const path = testInfo.outputPath(`timeline-${width}.png`);
			await page.locator('timeline-chart').screenshot({ path });
			await testInfo.attach(`timeline-${width}`, { path, contentType: 'image/png' });
		});
	});
}
