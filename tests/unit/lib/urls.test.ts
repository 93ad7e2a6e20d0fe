import { describe, expect, it } from 'vitest';
import {
	embedPath,
	letterPath,
	languagePrefix,
	oembedPath,
	pagePath,
	socialImagePath,
	siteBase,
	sitePath,
	splitPagePath,
} from '../../../src/lib/urls';
import { embedSnippet, embedUrl } from '../../../src/lib/embed/snippet';
import { escapeXml } from '../../../src/lib/timeline/escape';
import { DICTIONARIES } from '../../../src/i18n';
import type { Language } from '../../../src/lib/i18n/languages';

describe('sitePath()', () => {
	it('puts a path under the folder the site is served from', () => {
		expect(sitePath('/about/', '/mirror/folder/')).toBe('/mirror/folder/about/');
		expect(sitePath('events/x/', '/mirror/')).toBe('/mirror/events/x/');
		expect(sitePath('/', '/mirror/')).toBe('/mirror/');
		expect(sitePath('/data/events.csv#x', '/')).toBe('/data/events.csv#x');
	});

	it('serves from the root by default', () => {
		expect(siteBase()).toBe('/');
		expect(sitePath('/people/')).toBe('/people/');
	});
});

describe('languagePrefix()', () => {
	it('keeps English at the root and puts the other languages under their code', () => {
		expect(languagePrefix('en')).toBe('/');
		expect(languagePrefix('be')).toBe('/be/');
		expect(languagePrefix('ru')).toBe('/ru/');
	});
});

const PAGES: [Language, string, string, string][] = [
	// language, path in the language, under `/`, under `/mirror/folder/`
	['en', '/', '/', '/mirror/folder/'],
	['en', '/about/', '/about/', '/mirror/folder/about/'],
	[
		'en',
		'/events/2025-12-13-clemency-123/',
		'/events/2025-12-13-clemency-123/',
		'/mirror/folder/events/2025-12-13-clemency-123/',
	],
	['be', '/', '/be/', '/mirror/folder/be/'],
	['be', '/about/', '/be/about/', '/mirror/folder/be/about/'],
	['be', '/people/ales-bialiatski/', '/be/people/ales-bialiatski/', '/mirror/folder/be/people/ales-bialiatski/'],
	['ru', '/', '/ru/', '/mirror/folder/ru/'],
	['ru', '/data/', '/ru/data/', '/mirror/folder/ru/data/'],
	['ru', '/events/?year=2025#waves', '/ru/events/?year=2025#waves', '/mirror/folder/ru/events/?year=2025#waves'],
];

describe('socialImagePath()', () => {
	it('puts the social image of a wave beside the language’s pages, under the folder', () => {
		expect(socialImagePath('en', '2025-12-13-clemency-123', '/')).toBe('/og/events/2025-12-13-clemency-123.png');
		expect(socialImagePath('be', '2025-12-13-clemency-123', '/mirror/folder/')).toBe(
			'/mirror/folder/be/og/events/2025-12-13-clemency-123.png'
		);
	});
});

describe('pagePath()', () => {
	it.each(PAGES)('puts the %s page %s at %s, and at %s under a folder', (lang, path, atRoot, inFolder) => {
		expect(pagePath(lang, path, '/')).toBe(atRoot);
		expect(pagePath(lang, path, '/mirror/folder/')).toBe(inFolder);
	});

	it('takes a path with or without its leading slash, and serves from the root by default', () => {
		expect(pagePath('be', 'about/', '/')).toBe('/be/about/');
		expect(pagePath('ru', '/about/')).toBe('/ru/about/');
		expect(pagePath('en', 'people/')).toBe('/people/');
	});
});

describe('splitPagePath()', () => {
	it.each(PAGES.filter(([, path]) => !path.includes('?')))(
		'reads the %s page %s back from its address, at the root and under a folder',
		(lang, path, atRoot, inFolder) => {
			expect(splitPagePath(atRoot, '/')).toEqual({ lang, path });
			expect(splitPagePath(inFolder, '/mirror/folder/')).toEqual({ lang, path });
		}
	);

	it('round-trips every language and base', () => {
		for (const base of ['/', '/mirror/folder/']) {
			for (const lang of ['en', 'be', 'ru'] as const) {
				for (const path of ['/', '/about/', '/events/', '/people/ales-bialiatski/']) {
					expect(splitPagePath(pagePath(lang, path, base), base)).toEqual({ lang, path });
				}
			}
		}
	});

	it('reads a language folder without its trailing slash, and serves from the root by default', () => {
		expect(splitPagePath('/be', '/')).toEqual({ lang: 'be', path: '/' });
		expect(splitPagePath('/mirror/folder/ru', '/mirror/folder/')).toEqual({ lang: 'ru', path: '/' });
		expect(splitPagePath('/be/about/')).toEqual({ lang: 'be', path: '/about/' });
	});

	it('reads anything that is not a language folder as an English page', () => {
		expect(splitPagePath('/en/about/', '/')).toEqual({ lang: 'en', path: '/en/about/' });
		expect(splitPagePath('/de/about/', '/')).toEqual({ lang: 'en', path: '/de/about/' });
		expect(splitPagePath('/bel/', '/')).toEqual({ lang: 'en', path: '/bel/' });
		expect(splitPagePath('/events/be/', '/')).toEqual({ lang: 'en', path: '/events/be/' });
		expect(splitPagePath('/mirror/folder/about/', '/mirror/folder/')).toEqual({ lang: 'en', path: '/about/' });
	});
});

describe('embed snippet under a folder', () => {
	const TITLE = DICTIONARIES.en.share.iframeTitle;

	it('points the frame and the loader at the folder, so the loader recognises its frames', () => {
		const root = 'https://mirror.example/rw/';
		expect(embedUrl(root, { kinds: [] })).toBe('https://mirror.example/rw/embed/');
		expect(embedSnippet(root, { kinds: ['pardon'] }, TITLE, 900)).toContain(
			'src="https://mirror.example/rw/embed/?kind=pardon"'
		);
		expect(embedSnippet('https://mirror.example/rw', { kinds: [] }, TITLE, 900)).toContain(
			'src="https://mirror.example/rw/embed.js"'
		);
	});

	it("puts a Belarusian frame under the folder's /be/, and keeps the one loader at the folder", () => {
		const root = 'https://mirror.example/mirror/folder';
		const [iframe, script] = embedSnippet(
			root,
			{ kinds: ['pardon'], lang: 'be' },
			DICTIONARIES.be.share.iframeTitle,
			940
		).split('\n');
		expect(iframe).toBe(
			`<iframe src="https://mirror.example/mirror/folder/be/embed/?kind=pardon" title="${escapeXml(DICTIONARIES.be.share.iframeTitle)}" width="100%" height="940" frameborder="0" loading="lazy" lang="be"></iframe>`
		);
		expect(script).toBe('<script async src="https://mirror.example/mirror/folder/embed.js"></script>');
	});
});

describe('embedPath() and oembedPath()', () => {
	it("address the timeline and a wave's card, and their oEmbed files, in each language and under a folder", () => {
		expect(embedPath('en', undefined, '/')).toBe('/embed/');
		expect(embedPath('be', '2025-12-13-x', '/mirror/folder/')).toBe('/mirror/folder/be/embed/wave/2025-12-13-x/');
		expect(oembedPath('en', undefined, '/')).toBe('/oembed/embed.json');
		expect(oembedPath('ru', '2025-12-13-x', '/mirror/folder/')).toBe('/mirror/folder/ru/oembed/wave/2025-12-13-x.json');
		expect(embedPath('ru', 'x', 'https://site.org/rw/')).toBe('https://site.org/rw/ru/embed/wave/x/');
	});
});

describe('letterPath()', () => {
	it('puts a letter’s page one level below its list, so it can never take a person’s address', () => {
		expect(letterPath('en', 'people', 'a', '/')).toBe('/people/letter/a/');
		expect(letterPath('be', 'search', 'б', '/mirror/folder/')).toBe('/mirror/folder/be/search/letter/б/');
	});
});
