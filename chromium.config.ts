import { existsSync } from 'node:fs';

// Playwright and Lighthouse cannot download their own browser on our machines: use Debian's Chromium
// where present (or CHROMIUM_PATH / CHROME_PATH), and let each tool fall back to its own elsewhere.
export const chromiumPath: string | undefined =
	process.env['CHROMIUM_PATH'] ??
	process.env['CHROME_PATH'] ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags that let Chromium run headless here; without the network ones it keeps trying to reach hosts it cannot. */
export const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
