import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download its own browser on our machines; use Debian's Chromium where present.
const executablePath =
	process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const isCI = Boolean(process.env['CI']);
const port = Number(process.env['PW_PORT'] ?? 4321);
// Parallel local runs can build to and preview separate folders.
const outDir = process.env['PW_OUT_DIR'];

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	forbidOnly: isCI,
	retries: isCI ? 1 : 0,
	workers: 2,
	reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// `npm test` builds first; the server only previews the existing dist/.
		command: `npx astro preview --host 127.0.0.1 --port ${port}${outDir ? ` --outDir ${outDir}` : ''}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !isCI,
		timeout: 60_000,
	},
});
