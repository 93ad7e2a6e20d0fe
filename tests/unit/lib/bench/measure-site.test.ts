import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureSite } from '../../../../src/lib/bench/measure-site';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A built site made of the given files. */
function site(files: Record<string, string>): string {
	dist = mkdtempSync(join(tmpdir(), 'measure-site-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dist, path)), { recursive: true });
		writeFileSync(join(dist, path), text);
	}
	return dist;
}

// Text gzip cannot shrink much, so a bigger page is a bigger page after gzip too.
const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7919) % 1000).toString(36)).join(' ');

describe('measureSite()', () => {
	it('counts every page and finds the largest one anywhere in the build', () => {
		const measures = measureSite(
			site({
				'index.html': '<p>home</p>',
				'be/index.html': '<p>дом</p>',
				'ru/people/index.html': `<ul>${noise(5000)}</ul>`,
				'events/a/index.html': `<p>${noise(100)}</p>`,
				'search/index.json': '[]',
			})
		);
		expect(measures.pages).toBe(4);
		expect(measures.largestPagePath).toBe('/ru/people/');
		expect(measures.listPagesGzipBytes['/people/']).toBe(measures.largestPageGzipBytes);
		expect(measures.listPagesGzipBytes['/events/']).toBe(0);
		expect(measures.largestPageGzipBytes).toBe(gzipSync(`<ul>${noise(5000)}</ul>`, { level: 9 }).length);
	});

	it('weighs the home page with what it loads, in the language where it is heaviest', () => {
		const measures = measureSite(
			site({
				'index.html': '<link rel="stylesheet" href="/_astro/a.css"><p>home</p>',
				'be/index.html': '<link rel="stylesheet" href="/_astro/a.css"><p>дом</p>',
				'ru/index.html': `<link rel="stylesheet" href="/_astro/a.css"><p>${noise(800)}</p>`,
				'_astro/a.css': `p{color:red}/*${noise(300)}*/`,
			})
		);
		expect(measures.homeLanguage).toBe('ru');
		const ruAlone = gzipSync(`<link rel="stylesheet" href="/_astro/a.css"><p>${noise(800)}</p>`, { level: 9 }).length;
		expect(measures.homeGzipBytes).toBeGreaterThan(ruAlone);
	});

	it("takes the heaviest language's search index", () => {
		const big = JSON.stringify({ docs: noise(2000) });
		const measures = measureSite(
			site({
				'index.html': '<p>home</p>',
				'search/index.json': '{"docs":[]}',
				'be/search/index.json': big,
				'ru/search/index.json': '{"docs":[]}',
			})
		);
		expect(measures.searchIndexGzipBytes).toBe(gzipSync(big, { level: 9 }).length);
	});
});
