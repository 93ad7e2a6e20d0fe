import { test, expect, hasHorizontalOverflow } from './fixtures';

const LATEST = '/events/2025-12-13-clemency-123/';

test.describe('home', () => {
	test('says what the site is, shows figures from the content and lists every wave in date order', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Belarus');
		const figures = page.getByRole('list', { name: 'Headline figures' });
		await expect(figures).toContainText(/\d+ release waves recorded/);
		await expect(figures).toContainText('political prisoners still held on 31 December 2025');
		const items = page.locator('.wave-list > li');
		const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
		expect(dates.length).toBeGreaterThanOrEqual(25);
		expect(dates).toEqual([...dates].sort());
		await expect(items.last()).toContainText('123');
	});
});

test('an event page shows facts, sources, disputes and links to people and neighbours', async ({ page }) => {
	await page.goto(LATEST);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('dl.facts')).toContainText('123');
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Disputed points' })).toBeVisible();
	await page.getByRole('link', { name: 'Ales Bialiatski' }).first().click();
	await expect(page).toHaveURL(/\/people\/ales-bialiatski\/$/);
	await page.goBack();
	await page.getByRole('link', { name: /←/ }).click();
	await expect(page).toHaveURL(/\/events\/2025-11-22-/);
});

test('a person page lists the spellings and the waves that freed them', async ({ page }) => {
	await page.goto('/people/maria-kalesnikava/');
	await expect(page.getByRole('heading', { level: 1, name: 'Maria Kalesnikava' })).toBeVisible();
	await expect(page.locator('dl.facts')).toContainText('Мария Колесникова');
	await expect(page.getByRole('link', { name: /123/ })).toHaveAttribute('href', LATEST);
});

test('the people index links every person', async ({ page }) => {
	await page.goto('/people/');
	expect(await page.locator('.people-list a').count()).toBeGreaterThanOrEqual(15);
});

test('about explains counts, sourcing and the licence', async ({ page }) => {
	await page.goto('/about/');
	for (const name of [
		'What counts as a release wave',
		'Announced counts and recognised political prisoners',
		'How entries are sourced',
		'How to contribute',
		'Licence',
	]) {
		await expect(page.getByRole('heading', { name })).toBeVisible();
	}
});

test.describe('404', () => {
	test.use({ expectedConsoleErrors: [/status of 404/] });
	test('an unknown address shows the 404 page with a way back', async ({ page }) => {
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: /timeline/i })).toHaveAttribute('href', '/');
	});
});

test.describe('at 360 px', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	for (const path of ['/', LATEST, '/people/', '/people/ales-bialiatski/', '/about/']) {
		test(`${path} has no horizontal scroll`, async ({ page }) => {
			await page.goto(path);
			expect(await page.evaluate(hasHorizontalOverflow)).toBe(false);
		});
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the home page and an event page are complete', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.wave-list > li').first()).toBeVisible();
		await page.goto(LATEST);
		await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
		await expect(page.locator('.prose p').first()).toBeVisible();
	});
});
