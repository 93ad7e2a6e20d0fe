import { test, expect } from './fixtures';
import { PAGES as PAGE_TYPES } from './content';

const PAGES = { ...PAGE_TYPES, '404': '/no-such-page/' };

for (const [type, path] of Object.entries(PAGES)) {
	test.describe(`${type} page`, () => {
		if (type === '404') test.use({ expectedConsoleErrors: [/status of 404/] });

		test('has a strict Content-Security-Policy and runs without violations or console errors', async ({ page }) => {
			const violations: string[] = [];
			await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
						`${e.violatedDirective} ${e.blockedURI}`
					);
				});
			});
			await page.goto(path);
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp).toContain("default-src 'self'");
			expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
			expect(csp).not.toContain('unsafe-inline');
			expect(csp).not.toContain('unsafe-eval');
			expect(csp).not.toContain('wasm-unsafe-eval');
			await page.mouse.move(10, 10);
			expect(violations).toEqual([]);
		});
	});
}
