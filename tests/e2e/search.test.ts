import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { content } from './content';
import { recordedSpellings } from '../../src/lib/search/build-index';
import { transliterate } from '../../src/lib/search/transliterate';
import type { Page } from '@playwright/test';
import { DICTIONARIES, localeOf } from '../../src/i18n';
import type { Language } from '../../src/lib/i18n/languages';

const en = DICTIONARIES.en;

/** People with spellings in both scripts: the cases the search exists for. */
const people = [...content.people]
	.filter(([, data]) => data.variants.cyrillicBelarusian.length + data.variants.cyrillicRussian.length > 0)
	.slice(0, 6);

/** A reader's slip: one letter dropped from the longest word, when it has six letters or more. */
function typo(text: string): string | undefined {
	const words = text.split(' ');
	const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
	if (longest.length < 6) return undefined;
	return words.map((w) => (w === longest ? w.slice(0, -2) + w.slice(-1) : w)).join(' ');
}

/** Spellings nobody recorded: what BGN/PCGN and the national system give for the Belarusian, ICAO 9303 for the Russian. */
const generatedOf = (data: (typeof people)[number][1]) => {
	const text = (v: string | { spelling: string }) => (typeof v === 'string' ? v : v.spelling);
	return [
		...data.variants.cyrillicBelarusian.flatMap((v) => [
			transliterate(text(v), 'be-bgn-pcgn'),
			transliterate(text(v), 'be-national-2007'),
		]),
		...data.variants.cyrillicRussian.map((v) => transliterate(text(v), 'ru-icao')),
	];
};

/** Forms a reader might type for a recorded spelling: as recorded, without marks and in lower case, with a slip. */
const formsOf = (spelling: string) =>
	[spelling, spelling.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), typo(spelling)].filter(
		(form): form is string => form !== undefined
	);

const field = (page: import('@playwright/test').Page) => page.getByRole('combobox', { name: en.search.label });

test.describe('search in the header', () => {
	test('loads nothing of the search until the field is focused', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((path) => path.includes('search'))).toEqual([]);
		await field(page).focus();
		await expect.poll(() => requests.some((path) => path.endsWith('/search/index.json'))).toBe(true);
	});

	for (const [id, data] of people) {
		test(`finds ${data.name} first by every recorded spelling and generated ones, without marks and with a typo`, async ({
			page,
		}) => {
			await page.goto('/about/');
			const input = field(page);
			for (const spelling of [...recordedSpellings(data), ...generatedOf(data)])
				for (const form of formsOf(spelling)) {
					await input.fill(form);
					const first = page.locator('#site-search-results [role="option"]').first();
					await expect(first, `"${form}" should find ${id}`).toHaveAttribute('data-href', `/people/${id}/`);
				}
		});
	}

	test('works by keyboard: arrows choose, Enter opens, Escape closes; the count is announced', async ({ page }) => {
		const [id, data] = people[0]!;
		await page.goto('/');
		const input = field(page);
		const russian = data.variants.cyrillicRussian[0];
		await input.fill(typeof russian === 'string' ? russian : (russian?.spelling ?? data.name));
		await expect(input).toHaveAttribute('aria-expanded', 'true');
		await expect(page.locator('site-search .search-status').first()).toHaveText(/\d/);
		await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(0);
		await input.press('ArrowDown');
		await expect(input).toHaveAttribute('aria-activedescendant', 'site-search-q-result-0');
		await expect(page.locator('#site-search-q-result-0')).toHaveAttribute('aria-selected', 'true');
		// Up from the first result wraps round to the last.
		const count = await page.locator('#site-search-results [role="option"]').count();
		await input.press('ArrowUp');
		await expect(input).toHaveAttribute('aria-activedescendant', `site-search-q-result-${count - 1}`);
		await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(1);
		await input.press('Escape');
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await input.press('ArrowUp');
		await input.fill(data.name);
		await input.press('ArrowDown');
		await input.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/people/${id}/$`));
	});

	test('has no axe violations with its results open', async ({ page }) => {
		await page.goto('/');
		await field(page).fill(people[0]![1].name);
		await expect(page.locator('#site-search-results')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	});

	test('searches in the page’s language, with its index', async ({ page }) => {
		const [id, data] = people[0]!;
		await page.goto('/ru/');
		const input = page.getByRole('combobox', { name: DICTIONARIES.ru.search.label });
		await input.fill(data.name);
		await expect(page.locator('#site-search-results [role="option"]').first()).toHaveAttribute(
			'data-href',
			`/ru/people/${id}/`
		);
	});
});

test.describe('the search page', () => {
	test('filters as you type and takes its query from the address', async ({ page }) => {
		const [id, data] = people[0]!;
		await page.goto(`/search/?q=${encodeURIComponent(data.name)}`);
		const first = page.locator('#search-page-results a').first();
		await expect(first).toHaveAttribute('href', `/people/${id}/`);
		await expect(page.locator('.name-index')).toBeHidden();
	});
});

/** Every spelling on the A–Z letter pages the search page leads to, with the address each links to. */
async function lettersIndex(page: Page, lang: Language): Promise<Map<string, Set<string>>> {
	const { t } = localeOf(lang);
	const letters = await page
		.getByRole('navigation', { name: t.search.letters })
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => [a.textContent.trim(), a.getAttribute('href')!] as const));
	expect(letters.length).toBeGreaterThan(0);
	const found = new Map<string, Set<string>>();
	for (const [letter, href] of letters) {
		await page.goto(href);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(letter);
		const entries = await page
			.locator('.names a')
			.evaluateAll((links) => links.map((a) => [a.textContent.trim(), a.getAttribute('href')!] as const));
		expect(entries.length).toBeGreaterThan(0);
		for (const [spelling, to] of entries) found.set(spelling, (found.get(spelling) ?? new Set()).add(to));
	}
	return found;
}

test.describe('search without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the field leads to an A–Z index of every name and spelling, each linking to its person', async ({ page }) => {
		await page.goto('/');
		await page.locator('header input[type="search"]').fill('anything');
		await page.locator('header input[type="search"]').press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=anything$/);
		const found = await lettersIndex(page, 'en');
		for (const [id, data] of people)
			for (const spelling of recordedSpellings(data)) expect(found.get(spelling)).toContain(`/people/${id}/`);
	});

	for (const lang of ['be', 'ru'] as const)
		test(`${lang}: the A–Z letter pages lead to every person`, async ({ page }) => {
			await page.goto(`/${lang}/search/`);
			const found = await lettersIndex(page, lang);
			const reached = new Set([...found.values()].flatMap((to) => [...to]));
			for (const id of content.people.keys()) expect(reached).toContain(`/${lang}/people/${id}/`);
		});
});

for (const lang of ['en', 'be', 'ru'] as const)
	test(`${lang}: the A–Z index keeps each alphabet in a list of its own, named when there are two`, async ({
		page,
	}) => {
		const { t } = localeOf(lang);
		await page.goto(lang === 'en' ? '/search/' : `/${lang}/search/`);
		const lists = page.getByRole('navigation', { name: t.search.letters }).getByRole('list');
		const rows = await lists.evaluateAll((uls) =>
			uls.map((ul) => ({
				name: ul.getAttribute('aria-labelledby')
					? document.getElementById(ul.getAttribute('aria-labelledby')!)!.textContent.trim()
					: undefined,
				letters: [...ul.querySelectorAll('a')].map((a) => a.textContent.trim()),
			}))
		);
		const scriptOf = (letter: string) =>
			/\p{Script=Cyrillic}/u.test(letter) ? 'cyrillic' : /\p{Script=Latin}/u.test(letter) ? 'latin' : 'other';
		const scripts = rows.map(({ letters }) => new Set(letters.map(scriptOf)));
		// Look-alikes such as Cyrillic В and Latin B never share a list, and no alphabet is split over two.
		for (const inRow of scripts) expect(inRow.size).toBe(1);
		expect(new Set(scripts.map((s) => [...s][0])).size).toBe(rows.length);
		for (const [i, row] of rows.entries())
			expect(row.name).toBe(rows.length > 1 ? t.scripts[[...scripts[i]!][0] as keyof typeof t.scripts] : undefined);
	});
