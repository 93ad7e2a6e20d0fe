import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.config';

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
			...(chromiumPath ? { executablePath: chromiumPath } : {}),
			args: CHROMIUM_FLAGS,
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
