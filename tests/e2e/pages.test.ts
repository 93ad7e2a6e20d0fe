import { test, expect, hasHorizontalOverflow } from './fixtures';
import { content, eventPath, latest, personName, richPerson, richWave, sorted, storyOf } from './content';
import { HOME_LIST_LIMIT, neighbours } from '../../src/lib/content/relations';
import { storyPhrase } from '../../src/lib/format/labels';
import { localeOf } from '../../src/i18n';

const en = localeOf('en');

const LATEST = eventPath(latest.id);
const RICH = eventPath(richWave.id);

test.describe('home', () => {
	test('says what the site is, shows figures from the content and lists the latest waves, newest first', async ({
		page,
	}) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Belarus');
		const figures = page.getByRole('list', { name: 'Headline figures' });
		await expect(figures).toContainText(`${en.number(sorted.length)} release waves recorded`);
		await expect(figures).toContainText('political prisoners still held on');
		await expect(figures).toContainText('people released, by announced or reported counts');
		const items = page.locator('.wave-list > li');
		const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
		expect(dates).toHaveLength(Math.min(sorted.length, HOME_LIST_LIMIT));
		expect(dates).toEqual([...dates].sort().reverse());
		await expect(items.first().getByRole('link').first()).toHaveAttribute('href', LATEST);
	});
});

test('an event page shows facts, sources, disputes and links to people and neighbours', async ({ page }) => {
	await page.goto(RICH);
	await expect(page.getByRole('heading', { level: 1, name: richWave.data.title })).toBeVisible();
	await expect(page.locator('dl.facts')).toContainText(en.number(richWave.data.count.value));
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Disputed points' })).toBeVisible();
	await expect(page.locator('.last-changed')).toContainText(
		/Last changed \d{1,2} \w+ \d{4}|Not yet committed|built without its history/
	);
	await page
		.getByRole('link', { name: personName(richPerson), exact: true })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`/people/${richPerson}/$`));
	await page.goBack();
	const { previous } = neighbours(sorted, richWave.id);
	if (previous) {
		await page.getByRole('link', { name: /←/ }).click();
		await expect(page).toHaveURL(new RegExp(`${eventPath(previous.id)}$`));
	}
});

test('every figure on an event page carries a numbered mark that leads to its source', async ({ page }) => {
	await page.goto(RICH);
	const marks = page.locator('dl.facts sup.cite a, .disputes sup.cite a');
	expect(await marks.count()).toBeGreaterThanOrEqual(
		1 + richWave.data.conditions.length + richWave.data.disputes.length
	);
	for (const mark of await marks.all()) {
		const target = (await mark.getAttribute('href'))!;
		expect(target).toMatch(/^#source-/);
		const number = Number((await mark.textContent())!.replace(/\D/g, ''));
		await expect(page.locator(`ol.sources > li:nth-child(${number})`)).toHaveAttribute('id', target.slice(1));
	}
	await marks.first().click();
	await expect(page).toHaveURL(/#source-/);
	await expect(page.locator('ol.sources > li:target')).toHaveCount(1);
});

test('a person page tells what happened to them, entry by entry, and lists the spellings', async ({ page }) => {
	await page.goto(`/people/${richPerson}/`);
	await expect(page.getByRole('heading', { level: 1, name: personName(richPerson) })).toBeVisible();
	const story = storyOf(richPerson);
	const items = page.locator('ol.story > li');
	await expect(items).toHaveCount(story.length);
	for (const [i, item] of story.entries()) {
		await expect(items.nth(i)).toContainText(storyPhrase(en, item.steps));
		await expect(items.nth(i).getByRole('link', { name: item.wave.data.title })).toHaveAttribute(
			'href',
			eventPath(item.wave.id)
		);
	}
	await expect(page.getByRole('heading', { name: 'Spellings of the name' })).toBeVisible();
});

for (const lang of ['en', 'be', 'ru'] as const) {
	test.describe(`${lang}: the people index, without JavaScript`, () => {
		test.use({ javaScriptEnabled: false });

		test('links to a page per letter, with its count, and the letter pages list everyone once', async ({ page }) => {
			const { t } = localeOf(lang);
			const prefix = lang === 'en' ? '' : `/${lang}`;
			await page.goto(`${prefix}/people/`);
			const letters = await page
				.getByRole('navigation', { name: t.people.letters })
				.getByRole('listitem')
				.evaluateAll((items) =>
					items.map((li) => ({
						letter: li.querySelector('a')!.textContent.trim(),
						href: li.querySelector('a')!.getAttribute('href')!,
						count: li.querySelector('.muted')!.textContent.trim(),
					}))
				);
			expect(letters.length).toBeGreaterThan(0);
			const listed: string[] = [];
			for (const { letter, href, count } of letters) {
				await page.goto(href);
				await expect(page.getByRole('heading', { level: 1 })).toContainText(letter);
				await expect(page.locator(`nav a[aria-current="page"]`)).toHaveText(letter);
				const links = page.locator('.people-list > li > a');
				await expect(links).toHaveCount(Number(count.replace(/\D/g, '')));
				listed.push(...(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))));
			}
			expect(listed.toSorted()).toEqual([...content.people.keys()].map((id) => `${prefix}/people/${id}/`).toSorted());
		});
	});
}

test('a letter page of the people index gives each person the latest thing the record shows', async ({ page }) => {
	await page.goto('/people/');
	await page
		.getByRole('navigation', { name: en.t.people.letters })
		.getByRole('link', { name: personName(richPerson).normalize('NFD').charAt(0).toLocaleUpperCase(), exact: true })
		.click();
	const story = storyOf(richPerson);
	await expect(
		page.locator('.people-list li', { has: page.locator(`a[href="/people/${richPerson}/"]`) })
	).toContainText(storyPhrase(en, story.at(-1)!.steps));
});

test('the corrections page lists every correction, newest first, each linking to its entry', async ({
	page,
	request,
}) => {
	await page.goto('/corrections/');
	await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
	const listed = [
		...content.events.flatMap((e) => e.data.corrections),
		...[...content.people.values()].flatMap((p) => p.corrections),
		...content.siteCorrections,
	];
	const items = page.locator('.corrections-list > li');
	await expect(items).toHaveCount(listed.length);
	const dates = await items.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
	expect(dates).toEqual([...dates].sort().reverse());
	const feed = await (await request.get('/corrections.xml')).text();
	expect(feed.match(/<item>/g) ?? []).toHaveLength(listed.length);
});

test('about explains counts, sourcing and the licence', async ({ page }) => {
	await page.goto('/about/');
	for (const name of [
		'What counts as a release wave',
		'Announced counts and recognised political prisoners',
		'How entries are sourced',
		'The headline figures',
		'Last changed and corrections',
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

for (const width of [320, 360]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 740 } });
		for (const path of [
			'/',
			LATEST,
			'/events/',
			'/people/',
			`/people/${richPerson}/`,
			'/about/',
			'/share/',
			'/corrections/',
			'/data/',
		]) {
			test(`${path} has no horizontal scroll`, async ({ page }) => {
				await page.goto(path);
				expect(await page.evaluate(hasHorizontalOverflow)).toBe(false);
			});
		}
	});
}

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
