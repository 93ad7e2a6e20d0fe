import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGUAGES, type Language } from '../i18n/languages';
import { languagePrefix } from '../urls';
import { weighPage } from '../quality/page-weight';

/** The sizes of a built site the scale budgets are about, in bytes gzip. */
export interface SiteMeasures {
	pages: number;
	/** The heaviest language's home page on the wire: its HTML plus the CSS and JS it links (`weighPage`'s wire). */
	homeGzipBytes: number;
	homeLanguage: Language;
	/** The heaviest language's search index, `/search/index.json`. */
	searchIndexGzipBytes: number;
	/** The largest HTML document of the whole build, on its own, and its address on the site (`/ru/people/`). */
	largestPageGzipBytes: number;
	largestPagePath: string;
	/** The pages that list every wave or person, HTML alone, in the heaviest language: the ones that grow with the record. */
	listPagesGzipBytes: Record<(typeof LIST_PAGES)[number], number>;
}

const LIST_PAGES = ['/', '/events/', '/people/', '/search/'] as const;

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The heaviest of the values `weigh` gives each language, and which language it is. */
function heaviest(weigh: (prefix: string) => number): { bytes: number; lang: Language } {
	return (Object.keys(LANGUAGES) as Language[])
		.map((lang) => ({ lang, bytes: weigh(languagePrefix(lang)) }))
		.reduce((a, b) => (b.bytes > a.bytes ? b : a));
}

/** Measure a built site (the folder `astro build` wrote): every page, every language. */
export function measureSite(dist: string): SiteMeasures {
	const read = (path: string) => {
		const file = join(dist, path);
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const pages = readdirSync(dist, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.html'));
	const largest = pages
		.map((file) => ({ file, bytes: gzip(readFileSync(join(dist, file))) }))
		.reduce((a, b) => (b.bytes > a.bytes ? b : a), { file: '', bytes: 0 });
	const home = heaviest((prefix) => {
		const html = read(`${prefix}index.html`);
		return html === undefined ? 0 : weighPage(prefix, html, read).wire.gzip;
	});
	const htmlGzip = (path: string) => {
		const html = read(`${path}index.html`);
		return html === undefined ? 0 : gzip(html);
	};
	const listPagesGzipBytes = Object.fromEntries(
		LIST_PAGES.map((page) => [page, heaviest((prefix) => htmlGzip(`${prefix}${page.slice(1)}`)).bytes])
	) as SiteMeasures['listPagesGzipBytes'];
	const index = heaviest((prefix) => {
		const json = read(`${prefix}search/index.json`);
		return json === undefined ? 0 : gzip(json);
	});
	return {
		pages: pages.length,
		homeGzipBytes: home.bytes,
		homeLanguage: home.lang,
		searchIndexGzipBytes: index.bytes,
		largestPageGzipBytes: largest.bytes,
		listPagesGzipBytes,
		largestPagePath: `/${largest.file.split('\\').join('/')}`.replace(/index\.html$/, ''),
	};
}
