import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { eventPath, latest, oldest, richPerson, richWave, sorted } from './content';
import { personStory } from '../../src/lib/content/story';
import { DICTIONARIES } from '../../src/i18n';
import { LANGUAGE_LIST } from '../../src/i18n/pages';
import { pagePath, socialImagePath } from '../../src/lib/urls';
import { pngSize } from '../../src/lib/social-image/png';

/** What a page's head says of its social image, with the image's address on this server. */
async function shareMeta(page: Page) {
	const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
	const [image, twitter, width, height, alt] = await Promise.all([
		meta('property="og:image"'),
		meta('name="twitter:image"'),
		meta('property="og:image:width"'),
		meta('property="og:image:height"'),
		meta('property="og:image:alt"'),
	]);
	return { path: new URL(image!).pathname, twitter, image, width: Number(width), height: Number(height), alt };
}

/** Fetch a social image and check it is served as a PNG of the size the page announces. */
async function fetchPng(request: APIRequestContext, path: string, size: { width: number; height: number }) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	expect(response.headers()['content-type'], path).toBe('image/png');
	const bytes = new Uint8Array(await response.body());
	expect(pngSize(bytes), path).toEqual({ width: size.width, height: size.height });
	return bytes;
}

/** The words of an alt-text template after its last placeholder: what it says of the chart, in the language. */
const lastSentence = (template: string) => template.split('}. ').at(-1)!;

for (const lang of LANGUAGE_LIST) {
	const t = DICTIONARIES[lang];

	test(`${lang}: a wave's page shares its own image, a PNG of the announced size, unlike another wave's`, async ({
		page,
		request,
	}) => {
		const images = [];
		for (const wave of new Set([richWave.id, latest.id, oldest.id])) {
			await page.goto(pagePath(lang, eventPath(wave), '/'));
			const meta = await shareMeta(page);
			expect(meta.path).toBe(socialImagePath(lang, wave, '/'));
			expect(meta.twitter).toBe(meta.image);
			expect(meta).toMatchObject({ width: 1200, height: 630 });
			expect(meta.alt).toContain(await page.getByRole('heading', { level: 1 }).textContent());
			expect(meta.alt).toContain(lastSentence(t.socialImage.waveAlt));
			images.push(await fetchPng(request, meta.path, meta));
		}
		expect(images.length).toBeGreaterThan(1);
		expect(new Set(images.map((png) => Buffer.from(png).toString('base64'))).size).toBe(images.length);
	});

	test(`${lang}: a person's page shares the image of the latest wave that names them`, async ({ page, request }) => {
		await page.goto(pagePath(lang, `/people/${richPerson}/`, '/'));
		const waveId = personStory(richPerson, sorted).at(-1)!.wave.id;
		const meta = await shareMeta(page);
		expect(meta.path).toBe(socialImagePath(lang, waveId, '/'));
		expect(meta.twitter).toBe(meta.image);
		expect(meta.alt).toContain(lastSentence(t.socialImage.waveAlt));
		await fetchPng(request, meta.path, meta);
	});
}
