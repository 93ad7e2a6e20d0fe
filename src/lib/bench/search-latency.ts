/**
 * Keystroke-to-results latency of the built site's search, in Chromium with the CPU slowed 4×, as the bench
 * scripts measure it (Node only: it serves a built site and drives a browser).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../../../chromium.config';

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
};

export interface LatencyOptions {
	/** The built site. */
	dist: string;
	port: number;
	/** What to type, one query after another, each into an emptied field. */
	queries: readonly string[];
	/** Served instead of every language's `/search/index.json`, to measure an index the site does not have. */
	index?: string;
}

/** Every keystroke's time from key to results on screen, in ms, sorted. */
export async function keystrokeLatencies({ dist, port, queries, index }: LatencyOptions): Promise<number[]> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
		if (index && path.endsWith('/search/index.json'))
			res.writeHead(200, { 'Content-Type': 'application/json' }).end(index);
		else if (!existsSync(file)) res.writeHead(404).end();
		else
			res
				.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
				.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const browser = await chromium.launch({
		...(chromiumPath ? { executablePath: chromiumPath } : {}),
		args: CHROMIUM_FLAGS,
	});
	try {
		const page = await browser.newPage();
		await page.goto(`http://127.0.0.1:${port}/about/`);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const input = page.locator('#site-search-q');
		await input.focus();
		// The index is fetched and folded on focus; wait until it answers before timing keystrokes.
		await input.fill(queries[0] ?? '');
		await page.locator('#site-search-results [role="option"]').first().waitFor();
		await input.fill('');
		await page.evaluate(() => {
			const w = window as unknown as { keyAt: number; shownAt: number };
			document.addEventListener('keydown', () => (w.keyAt = performance.now()), { capture: true });
			new MutationObserver(() => (w.shownAt = performance.now())).observe(document.querySelector('.search-status')!, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		});
		const latencies: number[] = [];
		for (const query of queries) {
			// One letter is not yet a search: the field shows nothing for it, so there is nothing to time.
			await input.fill(query.slice(0, 1));
			for (const char of query.slice(1)) {
				await page.evaluate(() => ((window as unknown as { shownAt: number }).shownAt = 0));
				await input.press(char === ' ' ? 'Space' : char);
				const ms = await page.waitForFunction(
					() => {
						const w = window as unknown as { keyAt: number; shownAt: number };
						return w.shownAt > w.keyAt ? w.shownAt - w.keyAt : 0;
					},
					undefined,
					{ timeout: 5000 }
				);
				latencies.push(Number(await ms.jsonValue()));
			}
		}
		return latencies.sort((a, b) => a - b);
	} finally {
		await browser.close();
		server.close();
	}
}
