import { test, expect } from './fixtures';

test('links to other sites in an event text do not pass on the page they came from', async ({ page }) => {
	await page.goto('/events/2025-12-13-clemency-123/');
	const external = page.locator('.prose a[href^="http"]');
	expect(await external.count()).toBeGreaterThan(0);
	for (const link of await external.all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});
