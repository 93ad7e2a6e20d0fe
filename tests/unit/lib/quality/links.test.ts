import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../../../src/lib/quality/links';

const ORIGIN = 'https://release-waves.org';
const files = new Set(['/data/events.csv']);

const check = (pages: Record<string, string>) =>
	findBrokenLinks(new Map(Object.entries(pages)), (p) => files.has(p), ORIGIN);

describe('findBrokenLinks()', () => {
	it('accepts links to built pages, files, fragments and well-formed external addresses', () => {
		expect(
			check({
				'/': '<a href="/about/#licence">x</a><a href="/data/events.csv">csv</a><a href="https://www.hrw.org/news">hrw</a><a href="#top">top</a><p id="top"></p>',
				'/about/': '<h2 id="licence">Licence</h2><a href="https://release-waves.org/">home</a>',
			})
		).toEqual([]);
	});

	it('reports a missing page, a missing fragment and a malformed external link', () => {
		expect(
			check({
				'/': '<a href="/nope/">a</a><a href="/#missing">b</a><a href="ftp://example.org/x">c</a><a href="https://localhost">d</a>',
			})
		).toEqual([
			{ page: '/', href: '/nope/', reason: 'no such page or file' },
			{ page: '/', href: '/#missing', reason: 'no element with id "missing" on /' },
			{ page: '/', href: 'ftp://example.org/x', reason: 'external link is not a well-formed http(s) URL' },
			{ page: '/', href: 'https://localhost', reason: 'external link is not a well-formed http(s) URL' },
		]);
	});
});
