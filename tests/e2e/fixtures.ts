import { test as base, expect } from '@playwright/test';

/**
 * Every page test also records requests to other hosts and console errors,
 * and fails if there were any: pages must never call a third-party host.
 */
export const test = base.extend<{ foreignRequests: string[]; expectedConsoleErrors: RegExp[] }>({
	/** Console errors a test provokes on purpose, such as the 404 status of a missing page. */
	expectedConsoleErrors: [[], { option: true }],
	foreignRequests: [
		async ({ page, baseURL, expectedConsoleErrors }, use) => {
			const own = new URL(baseURL!).host;
			const foreign: string[] = [];
			const errors: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.host !== own) foreign.push(request.url());
			});
			page.on('console', (message) => {
				if (message.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(message.text())))
					errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(foreign);
			expect(foreign, 'requests to other hosts').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };

/** Return true when the document is wider than the viewport (a horizontal page scroll). */
export const hasHorizontalOverflow = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;
