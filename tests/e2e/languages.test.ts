import { test, expect } from './fixtures';
import { content, eventPath, latest, PAGES as ALL_PAGES, richPerson, root } from './content';
import { DICTIONARIES, localeOf } from '../../src/i18n';
import { TRANSLATED_LANGUAGES, type Language } from '../../src/lib/i18n/languages';
import { readContentHistory, lastChangedOf } from '../../src/lib/content/history';
import { localName, textState } from '../../src/lib/content/localize';
import { templateParts } from '../../src/lib/i18n/locale';

const history = readContentHistory(root);
const prefix = (lang: Language) => (lang === 'en' ? '' : `/${lang}`);

/** The pages whose versions the switcher links (the embeds have no header). */
const { embed: _embed, card: _card, ...PAGES } = ALL_PAGES;

/**
 * The English interface, as phrases of two words or more taken from the dictionary (the parts of each
 * string between its placeholders), leaving out what a translation keeps on purpose (the site's name).
 */
function englishPhrases(lang: Language): string[] {
	const phrases = new Set<string>();
	const walk = (english: unknown, translated: unknown) => {
		if (typeof english === 'string') {
			for (const part of templateParts(english))
				for (const phrase of typeof part === 'string' ? part.split(/[;:()·.,]/) : [])
					if (phrase.trim().split(/\s+/).length >= 2 && !String(translated).includes(phrase.trim()))
						phrases.add(phrase.trim());
		} else if (english && typeof english === 'object')
			for (const [key, value] of Object.entries(english))
				walk(value, (translated as Record<string, unknown> | undefined)?.[key]);
	};
	walk(DICTIONARIES.en, DICTIONARIES[lang]);
	return [...phrases];
}

/** The page's visible text in its own language: text marked as English (a fallback) and the sources' own titles left out. */
const ownText = () => {
	const body = document.body.cloneNode(true) as HTMLElement;
	for (const el of body.querySelectorAll('[lang]:not([lang="be"]):not([lang="ru"]), ol.sources, script, style'))
		el.remove();
	return body.innerText;
};

for (const lang of TRANSLATED_LANGUAGES) {
	const { t } = localeOf(lang);
	const phrases = englishPhrases(lang);

	for (const [type, path] of Object.entries(PAGES)) {
		test.describe(`${lang}: ${type} page`, () => {
			const url = `${prefix(lang)}${path}`;

			test('is in the language, lists its versions, and switches to the same page in English', async ({ page }) => {
				await page.goto(url);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				const alternates = await page
					.locator('link[rel="alternate"][hreflang]')
					.evaluateAll((links) =>
						links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])
					);
				expect(alternates).toEqual([
					['en', path],
					['be', `/be${path}`],
					['ru', `/ru${path}`],
					['x-default', path],
				]);
				const switcher = page.getByRole('navigation', { name: t.site.languages });
				await expect(switcher.locator('[aria-current="page"]')).toHaveAttribute('lang', lang);
				await switcher.getByRole('link', { name: 'English' }).click();
				await expect(page).toHaveURL(new RegExp(`${path.replace(/[/]/g, '\\/')}$`));
				await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			});

			test('shows no English interface text', async ({ page }) => {
				await page.goto(url);
				const text = await page.evaluate(ownText);
				expect(text.length).toBeGreaterThan(100);
				expect(phrases.filter((phrase) => text.includes(phrase))).toEqual([]);
			});
		});
	}

	test(`${lang}: an entry shows its translation when it is current, else the English marked as such with a note`, async ({
		page,
	}) => {
		const wave = content.events.find((e) => e.id === latest.id)!;
		const translation = content.translations[lang].events.get(wave.id);
		const state = textState(lang, translation, lastChangedOf(history, wave.file));
		await page.goto(`${prefix(lang)}${eventPath(wave.id)}`);
		const title = page.locator('h1');
		if (state.state === 'translated') {
			await expect(title).toHaveText(translation!.title);
			await expect(title).not.toHaveAttribute('lang', /./);
			await expect(page.locator('.translation-note')).toContainText(localeOf(lang).date(state.checked));
		} else {
			await expect(title).toHaveText(wave.data.title);
			await expect(title).toHaveAttribute('lang', 'en');
			await expect(page.locator('.translation-note[role="note"]')).toBeVisible();
		}
	});

	test(`${lang}: names are in the language's confirmed spelling`, async ({ page }) => {
		const person = content.people.get(richPerson)!;
		await page.goto(`${prefix(lang)}/people/${richPerson}/`);
		await expect(page.locator('h1')).toHaveText(localName(person, lang));
	});

	test(`${lang}: the embeds and the feed are in the language`, async ({ page, request }) => {
		await page.goto(`${prefix(lang)}/embed/`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('.chart-title')).toContainText(t.chart.title);
		await page.goto(`${prefix(lang)}${ALL_PAGES.card}`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('link', { name: t.embed.readMore })).toHaveAttribute(
			'href',
			new RegExp(`${prefix(lang)}${eventPath(latest.id)}$`)
		);
		await expect(page.getByRole('img', { name: t.embed.stripLabel })).toBeVisible();
		const feed = await (await request.get(`${prefix(lang)}/rss.xml`)).text();
		expect(feed).toContain(`<language>${lang}</language>`);
		expect(feed).toContain(`/${lang}/events/${latest.id}/`);
	});

	test(`${lang}: the 404 page is in the language`, async ({ page }) => {
		await page.goto(`${prefix(lang)}/404/`);
		await expect(page.locator('h1')).toHaveText(t.notFound.title);
	});
}

test('the snippet builder offers each language and points the embed at it', async ({ page }) => {
	await page.goto('/share/');
	const snippet = page.locator('#snippet');
	await expect(snippet).toHaveValue(/\/embed\/"/);
	for (const lang of TRANSLATED_LANGUAGES) {
		await page.locator('select[name="lang"]').selectOption(lang);
		await expect(snippet).toHaveValue(new RegExp(`/${lang}/embed/"`));
		expect(await snippet.inputValue()).toContain(`title="${DICTIONARIES[lang].share.iframeTitle}"`);
		await expect(page.locator('iframe.builder-preview')).toHaveAttribute('src', new RegExp(`/${lang}/embed/`));
	}
});

test('the sitemap lists every page with its versions in the other languages', async ({ request }) => {
	const index = await (await request.get('/sitemap-0.xml')).text();
	for (const lang of ['en', ...TRANSLATED_LANGUAGES] as const)
		expect(index).toMatch(new RegExp(`hreflang="${lang}" href="https?://[^/"]+${prefix(lang)}/about/"`));
});
