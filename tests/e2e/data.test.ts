import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { readContentFiles, todayUtc } from '../../src/lib/validate/read-content';
import { validateContent } from '../../src/lib/validate/validate';
import { eventSchema } from '../../src/lib/content/schema';
import { parseCsv, splitList } from '../../src/lib/export/csv';

// The content exactly as the validator (and so the build) reads it from disk.
const root = fileURLToPath(new URL('../..', import.meta.url));
const content = validateContent(readContentFiles(root), todayUtc());
const waves = new Map(content.events.map((event) => [event.id, event.data]));

const FILES = [
	{ name: 'events.json', type: 'application/json' },
	{ name: 'events.csv', type: 'text/csv' },
	{ name: 'events-people.csv', type: 'text/csv' },
	{ name: 'events-sources.csv', type: 'text/csv' },
	{ name: 'people.json', type: 'application/json' },
	{ name: 'prisoner-counts.csv', type: 'text/csv' },
	{ name: 'tallies.csv', type: 'text/csv' },
	{ name: 'events.schema.json', type: 'application/json' },
	{ name: 'rss.xml', type: 'xml' },
	{ name: 'corrections.xml', type: 'xml' },
];

test('/data/ links to every file, and each is served with its content type', async ({ page, request }) => {
	await page.goto('/data/');
	await expect(page.getByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
	for (const { name, type } of FILES) {
		const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
		const response = await request.get(href!);
		expect(response.status(), name).toBe(200);
		expect(response.headers()['content-type'], name).toContain(type);
	}
});

test('/data/ documents every field, the licence, a dated citation and the source repository', async ({
	page,
	request,
}) => {
	const { generated } = await (await request.get('/data/events.json')).json();
	await page.goto('/data/');
	const documented = await page
		.getByRole('table', { name: 'Fields of a wave' })
		.locator('tbody th code')
		.allTextContents();
	expect(documented).toEqual(expect.arrayContaining(['id', 'url', ...Object.keys(eventSchema.shape), 'peopleNames']));
	await expect(page.getByRole('table', { name: 'Fields of a person' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'Columns of a prisoner count' })).toBeVisible();
	await expect(page.locator('a[rel="license"]').first()).toHaveAttribute(
		'href',
		'https://creativecommons.org/licenses/by/4.0/'
	);
	await expect(page.locator('time').first()).toHaveAttribute('datetime', generated);
	await expect(page.getByRole('heading', { name: 'How to cite' })).toBeVisible();
	await expect(page.locator('#cite + .callout')).toContainText(/data of \d{1,2} \w+ \d{4}/);
	await expect(page.getByRole('link', { name: 'source repository' })).toHaveAttribute('href', /^https:\/\//);
});

test('events.json holds every wave exactly as the content says', async ({ request }) => {
	expect(content.problems, 'the content must be valid for the comparison to mean anything').toEqual([]);
	const file = await (await request.get('/data/events.json')).json();
	expect(file.events.map((e: { id: string }) => e.id).sort()).toEqual([...waves.keys()].sort());
	for (const { id, url, peopleNames, translations, ...data } of file.events) {
		expect(data, id).toEqual(JSON.parse(JSON.stringify(waves.get(id))));
		expect(new URL(url).pathname).toBe(`/events/${id}/`);
		expect(peopleNames, id).toEqual(waves.get(id)!.people.map((person) => content.people.get(person.id)!.name));
		for (const lang of ['be', 'ru'] as const) {
			expect(translations[lang], `${id} in ${lang}`).toEqual(
				JSON.parse(JSON.stringify(content.translations[lang].events.get(id) ?? null)) ?? undefined
			);
		}
	}
});

test('events.csv has one row per wave whose figures and list keys equal the content, with no escapes', async ({
	request,
}) => {
	const text = await (await request.get('/data/events.csv')).text();
	expect(text).not.toContain('\\;');
	const [header, ...rows] = parseCsv(text);
	expect(rows.map((row) => row[0]).sort()).toEqual([...waves.keys()].sort());
	const list = (row: string[], name: string) => splitList(row[header!.indexOf(name)]!);
	const cell = (row: string[], name: string) => row[header!.indexOf(name)];
	for (const row of rows) {
		const data = waves.get(row[0]!)!;
		expect(row, row[0]).toHaveLength(header!.length);
		expect(cell(row, 'title')).toBe(data.title);
		expect(cell(row, 'date')).toBe(data.date);
		expect(cell(row, 'endDate')).toBe(data.endDate ?? '');
		expect(Number(cell(row, 'count.value'))).toBe(data.count.value);
		expect(cell(row, 'count.precision')).toBe(data.count.precision);
		expect(cell(row, 'count.basis')).toBe(data.count.basis);
		expect(list(row, 'count.cite')).toEqual(data.count.cite);
		expect(cell(row, 'politicalPrisoners.value')).toBe(String(data.politicalPrisoners?.value ?? ''));
		expect(list(row, 'people.name')).toEqual(data.people.map((p) => content.people.get(p.id)!.name));
		expect(list(row, 'conditions.type')).toEqual(data.conditions.map((c) => c.type));
		expect(list(row, 'mediators.name')).toEqual(data.mediators.map((m) => m.name));
		expect(list(row, 'foreignNationals.country')).toEqual(data.foreignNationals.map((f) => f.country));
		expect(list(row, 'sources.id')).toEqual(data.sources.map((s) => s.id));
	}
});

test('the long tables hold every item of every list, keyed by wave id and place', async ({ request }) => {
	const table = async (name: string) => {
		const [header, ...rows] = parseCsv(await (await request.get(`/data/${name}.csv`)).text());
		return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
	};
	const people = await table('events-people');
	const sources = await table('events-sources');
	const conditions = await table('events-conditions');
	const nationals = await table('events-foreign-nationals');
	for (const [id, data] of waves) {
		const of = (rows: Record<string, string>[]) => rows.filter((row) => row['eventId'] === id);
		expect(
			of(people).map((row) => [row['n'], row['id'], row['name']]),
			id
		).toEqual(data.people.map((p, i) => [String(i + 1), p.id, content.people.get(p.id)!.name]));
		expect(
			of(sources).map((row) => [row['id'], row['url'], row['archived']]),
			id
		).toEqual(data.sources.map((s) => [s.id, s.url, s.archived ?? '']));
		expect(
			of(conditions).map((row) => [row['type'], row['note'], splitList(row['cite']!)]),
			id
		).toEqual(data.conditions.map((c) => [c.type, c.note ?? '', c.cite]));
		expect(
			of(nationals).map((row) => [row['country'], row['count.value']]),
			id
		).toEqual(data.foreignNationals.map((f) => [f.country, String(f.count?.value ?? '')]));
	}
});

test('prisoner-counts.csv has one row per point of the content, in date order', async ({ request }) => {
	const [header, ...rows] = parseCsv(await (await request.get('/data/prisoner-counts.csv')).text());
	const expected = content.prisonerCounts.toSorted((a, b) => a.date.localeCompare(b.date));
	expect(rows.map((row) => [row[header!.indexOf('date')], Number(row[header!.indexOf('count.value')])])).toEqual(
		expected.map((point) => [point.date, point.count.value])
	);
});

test('tallies.csv has one row per tally of the content, with its date, measure, period and source', async ({
	request,
}) => {
	const [header, ...rows] = parseCsv(await (await request.get('/data/tallies.csv')).text());
	const col = (row: string[], name: string) => row[header!.indexOf(name)];
	const expected = content.tallies.toSorted((a, b) => a.date.localeCompare(b.date));
	expect(
		rows.map((row) => [
			col(row, 'date'),
			col(row, 'measure'),
			col(row, 'from'),
			Number(col(row, 'count.value')),
			col(row, 'source.url'),
		])
	).toEqual(expected.map((t) => [t.date, t.measure, t.from, t.count.value, t.source.url]));
});

test('rss.xml parses as RSS 2.0 with one item per wave, newest first', async ({ page, request }) => {
	const xml = await (await request.get('/rss.xml')).text();
	const feed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const items = [...doc.querySelectorAll('channel > item')];
		const child = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? null;
		return {
			errors: doc.getElementsByTagName('parsererror').length,
			root: doc.documentElement.nodeName,
			version: doc.documentElement.getAttribute('version'),
			channel: ['title', 'link', 'description'].map((name) => child(doc.querySelector('channel')!, name)),
			items: items.map((item) => ({
				link: child(item, 'link'),
				description: child(item, 'description'),
				pubDate: child(item, 'pubDate'),
				title: child(item, 'title'),
			})),
		};
	}, xml);
	expect(feed).toMatchObject({ errors: 0, root: 'rss', version: '2.0' });
	expect(feed.channel.every(Boolean)).toBe(true);
	const ids = feed.items.map((item) => new URL(item.link!).pathname.replace(/^\/events\/|\/$/g, ''));
	expect([...ids].sort()).toEqual([...waves.keys()].sort());
	const dates = feed.items.map((item) => Date.parse(item.pubDate!));
	expect(dates).toEqual(dates.toSorted((a, b) => b - a));
	for (const [i, item] of feed.items.entries()) {
		expect(item.title).toBe(waves.get(ids[i]!)!.title);
		expect(item.description).toBe(waves.get(ids[i]!)!.summary);
	}
});

test('the sitemap lists every wave and the data page, but not the 404 page', async ({ request }) => {
	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	const locs = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).flatMap((xml) =>
		[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
	);
	for (const id of waves.keys()) expect(locs).toContain(`/events/${id}/`);
	expect(locs).toContain('/data/');
	expect(locs.filter((path) => path.startsWith('/404'))).toEqual([]);
});

test('pages carry social metadata and point to the feed', async ({ page }) => {
	const id = [...waves.keys()].at(-1)!;
	for (const [path, description, image] of [
		['/', undefined, '/og/site.png'],
		[`/events/${id}/`, waves.get(id)!.summary, `/og/events/${id}.png`],
		['/data/', undefined, '/og/site.png'],
	] as const) {
		await page.goto(path);
		const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
		for (const key of [
			'og:title',
			'og:description',
			'og:type',
			'og:url',
			'og:image',
			'twitter:card',
			'twitter:image',
		]) {
			await expect(meta(key), `${path} ${key}`).toHaveAttribute('content', /\S/);
		}
		await expect(meta('og:image')).toHaveAttribute(
			'content',
			new RegExp(`^https?://[^/]+${image.replaceAll('.', '\\.')}$`)
		);
		await expect(meta('og:url')).toHaveAttribute('content', new RegExp(`${path.replaceAll('/', '\\/')}$`));
		if (description) await expect(meta('og:description')).toHaveAttribute('content', description);
		await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/rss.xml');
	}
});

test.describe('at 360 px', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('/data/ has no horizontal scroll', async ({ page }) => {
		await page.goto('/data/');
		expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(
			false
		);
	});
});
