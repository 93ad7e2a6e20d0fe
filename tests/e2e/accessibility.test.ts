import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { content, PAGES, sorted } from './content';
import { readIndex } from '../../src/lib/release/write-release';
import { localeOf } from '../../src/i18n';
import type { Language } from '../../src/lib/i18n/languages';
import { LANGUAGE_LIST as LANGUAGES } from '../../src/i18n/pages';
import { localName } from '../../src/lib/content/localize';
import { toTimelineDatum } from '../../src/lib/timeline/data';
import { markLabel } from '../../src/lib/timeline/mark-text';
import { formatCount } from '../../src/lib/format/labels';

const prefix = (lang: Language) => (lang === 'en' ? '' : `/${lang}`);

// The newest dated data release, as `npm run release-data` left it in the repository.
const { releases } = await readIndex(fileURLToPath(new URL('../../public/data/releases', import.meta.url)));
const release = releases[0];

/** One page of every type, by its path in English; each language has it under its prefix. */
const MATRIX = {
	...PAGES,
	...(release ? { release: `/data/releases/${release.date}/` } : {}),
	'404': '/404/',
};

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices the earlier page tests held the site to. */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Run axe on the page as it is, and list each violation with the elements it was found on. */
async function expectNoViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(RULES).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

// 14 page types × 3 languages × 2 schemes: each test opens one page and runs axe on it.
for (const colorScheme of ['light', 'dark'] as const)
	test.describe(`axe, ${colorScheme} scheme`, () => {
		test.use({ colorScheme });
		for (const lang of LANGUAGES)
			for (const [type, path] of Object.entries(MATRIX))
				test(`${lang}: ${type} page`, async ({ page }) => {
					await page.goto(`${prefix(lang)}${path}`);
					await expect(page.locator('html')).toHaveAttribute('lang', lang);
					await expectNoViolations(page);
				});
		// Letter pages differ by language (each has its own alphabet): reach the first from each list's index.
		for (const lang of LANGUAGES)
			for (const list of ['people', 'search'])
				test(`${lang}: ${list} letter page`, async ({ page }) => {
					await page.goto(`${prefix(lang)}/${list}/`);
					await page.locator(`a[href*="/${list}/letter/"]`).first().click();
					await expect(page).toHaveURL(new RegExp(`/${list}/letter/`));
					await expectNoViolations(page);
				});
	});

/** Press Tab until `target` (`what`, for the failure) has the focus, as a keyboard user would; fail after 200 presses. */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
	const max = 200;
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
	}
	throw new Error(`${max} presses of Tab did not reach ${what}`);
}

const spelling = (v: string | { spelling: string }) => (typeof v === 'string' ? v : v.spelling);

/** A person a wave names, with a confirmed spelling in both Cyrillic scripts, so every page shows a name the reader does not type. */
const named = new Set(sorted.flatMap((w) => w.data.people.map((p) => p.id)));
const [personId, person] = [...content.people].find(
	([id, data]) =>
		named.has(id) &&
		data.variants.cyrillicBelarusian.some((v) => typeof v === 'string') &&
		data.variants.cyrillicRussian.some((v) => typeof v === 'string')
) ?? [undefined, undefined];

test.describe('keyboard only', () => {
	test.skip(!person, 'the content names nobody with confirmed Cyrillic spellings');

	for (const lang of LANGUAGES)
		test(`${lang}: search, person, wave and "cite this", without the mouse`, async ({ page, context }) => {
			const { t } = localeOf(lang);
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(`${prefix(lang)}/`);

			// A spelling in another script than the page's: Russian Cyrillic on English pages, the Latin one elsewhere.
			const typed = lang === 'en' ? spelling(person!.variants.cyrillicRussian[0]!) : person!.name;
			expect(typed).not.toBe(localName(person!, lang));
			const search = page.getByRole('combobox', { name: t.search.label });
			await tabTo(page, search, 'the search field');
			await page.keyboard.type(typed);
			const first = page.locator('#site-search-results [role="option"]').first();
			await expect(first).toHaveAttribute('data-href', `${prefix(lang)}/people/${personId}/`);
			await page.keyboard.press('ArrowDown');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${prefix(lang)}/people/${personId}/$`));
			await expect(page.locator('h1')).toHaveText(localName(person!, lang));

			const wave = sorted.findLast((w) => w.data.people.some((p) => p.id === personId))!;
			await tabTo(page, page.locator(`main a[href="${prefix(lang)}/events/${wave.id}/"]`).first(), 'the wave');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`${prefix(lang)}/events/${wave.id}/$`));

			const cite = page.getByRole('region', { name: t.cite.page });
			await tabTo(
				page,
				cite.getByRole('button', { name: t.cite.copy }).first(),
				'the first Copy button of "Cite this"'
			);
			await page.keyboard.press('Enter');
			await expect(cite.getByRole('status')).toHaveText(t.cite.copied);
			const citation = await cite.getByLabel(t.cite.text).inputValue();
			expect(citation).toContain(`/events/${wave.id}/`);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
		});
});

/** The words of a wave's English mark name, the people's names left out: none may be on a Belarusian or Russian page. */
function englishWords(id: string, data: (typeof sorted)[number]['data']): string[] {
	const label = markLabel(
		localeOf('en'),
		toTimelineDatum(id, data, () => '')
	);
	return [...new Set(label.match(/\p{L}{2,}/gu) ?? [])];
}

test.describe('the chart marks, as a screen reader names them', () => {
	test.use({ viewport: { width: 1400, height: 900 } });

	for (const lang of LANGUAGES)
		test(`${lang}: each mark names its date, count and kind in the language`, async ({ page }) => {
			const loc = localeOf(lang);
			await page.goto(`${prefix(lang)}/`);
			const marks = page.locator('.timeline-view-wide svg.timeline-svg');
			const data = sorted.map((w) =>
				toTimelineDatum(w.id, w.data, (id) => {
					const person = content.people.get(id);
					return person ? localName(person, lang) : id;
				})
			);
			const expected = data.map((d) => markLabel(loc, d));
			await expect(marks.getByRole('link')).toHaveCount(expected.length);
			for (const name of expected) await expect(marks.getByRole('link', { name, exact: true })).toHaveCount(1);
			for (const [i, w] of sorted.entries()) {
				const name = expected[i]!;
				expect(name).toContain(loc.date(w.data.date));
				expect(name).toContain(formatCount(loc, { value: data[i]!.count, precision: data[i]!.precision }));
				expect(name).toContain(loc.t.kinds[w.data.kind].toLowerCase());
				if (lang !== 'en')
					for (const word of englishWords(w.id, w.data))
						expect(name, `the English word "${word}" in a ${lang} mark`).not.toMatch(
							new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'u')
						);
			}
		});
});
