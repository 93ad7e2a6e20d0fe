import { test, expect } from './fixtures';
import { eventPath, richWave, sorted } from './content';

test('links to other sites on an event page do not pass on the page they came from', async ({ page }) => {
	await page.goto(eventPath(richWave.id));
	const external = page.locator('main a[href^="http"]');
	expect(await external.count()).toBeGreaterThanOrEqual(richWave.data.sources.length);
	for (const link of await external.all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test('every source list entry has the anchor its citation marks point at', async ({ page }) => {
	const wave = sorted.at(-1)!;
	await page.goto(eventPath(wave.id));
	const ids = await page.locator('ol.sources > li').evaluateAll((els) => els.map((el) => el.id));
	expect(ids).toEqual(wave.data.sources.map((s) => `source-${s.id}`));
});
