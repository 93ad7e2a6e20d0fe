import { describe, expect, it } from 'vitest';
import {
	cardFrameTitle,
	embedSnippet,
	embedUrl,
	pictureSnippet,
	svgSize,
	waveCardSnippet,
	waveCardUrl,
} from '../../../../src/lib/embed/snippet';
import { WAVE_CARD_HEIGHT } from '../../../../src/lib/embed/height';
import { DICTIONARIES } from '../../../../src/i18n';

const TITLE = DICTIONARIES.en.share.iframeTitle;

/** The attributes of the snippet's iframe, by name. */
function frameAttributes(snippet: string): Record<string, string> {
	const attributes = /^<iframe ([^>]*)><\/iframe>/.exec(snippet)?.[1] ?? '';
	return Object.fromEntries(
		[...attributes.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((m): [string, string] => [m[1]!, m[2] ?? ''])
	);
}

describe('embedUrl()', () => {
	it('writes only the options that narrow the view', () => {
		expect(embedUrl('https://site.org', { kinds: [] })).toBe('https://site.org/embed/');
		expect(
			embedUrl('https://site.org', {
				from: '2024-01-01',
				to: '2024-12-31',
				kinds: ['pardon'],
				highlight: '2024-09-16-pardon-37',
				theme: 'dark',
			})
		).toBe('https://site.org/embed/?year=2024&kind=pardon&highlight=2024-09-16-pardon-37&theme=dark');
		expect(embedUrl('https://site.org', { kinds: [], theme: 'auto' })).toBe('https://site.org/embed/');
	});

	it("puts the embed of another language under the language's folder, English at the root", () => {
		expect(embedUrl('https://site.org', { kinds: [], lang: 'en' })).toBe('https://site.org/embed/');
		expect(embedUrl('https://site.org', { kinds: [], lang: 'be' })).toBe('https://site.org/be/embed/');
		expect(embedUrl('https://site.org/', { kinds: ['pardon'], lang: 'ru', theme: 'light' })).toBe(
			'https://site.org/ru/embed/?kind=pardon&theme=light'
		);
	});
});

describe('embedSnippet()', () => {
	it('is the iframe plus the async loader, with the URL escaped for HTML', () => {
		const [iframe, script] = embedSnippet(
			'https://site.org',
			{ from: '2024-01-01', kinds: ['pardon'] },
			TITLE,
			910
		).split('\n');
		expect(iframe).toBe(
			'<iframe src="https://site.org/embed/?from=2024-01-01&amp;kind=pardon" title="Political-prisoner release waves in Belarus (Release Waves)" width="100%" height="910" frameborder="0" loading="lazy"></iframe>'
		);
		expect(script).toBe('<script async src="https://site.org/embed.js"></script>');
	});

	it('needs nothing a strict CSP forbids: no inline style, width, height and border as attributes', () => {
		const snippet = embedSnippet('https://site.org', { kinds: [], lang: 'be' }, TITLE, 1000);
		expect(snippet).not.toMatch(/\sstyle=/);
		expect(snippet).not.toMatch(/<script(?![^>]*\ssrc=)/);
		expect(frameAttributes(snippet)).toMatchObject({ width: '100%', height: '1000', frameborder: '0' });
	});

	it('titles the frame with the title given, escaped, and marks the language of a Belarusian or Russian frame', () => {
		const [iframe, script] = embedSnippet(
			'https://site.org',
			{ kinds: [], lang: 'ru' },
			'A "quoted" <title>',
			900
		).split('\n');
		expect(iframe).toBe(
			'<iframe src="https://site.org/ru/embed/" title="A &quot;quoted&quot; &lt;title&gt;" width="100%" height="900" frameborder="0" loading="lazy" lang="ru"></iframe>'
		);
		// One loader serves every language.
		expect(script).toBe('<script async src="https://site.org/embed.js"></script>');
		expect(embedSnippet('https://site.org', { kinds: [], lang: 'en' }, TITLE, 900)).not.toContain(' lang=');
	});
});

describe('waveCardSnippet()', () => {
	it("frames the wave's card in its language at the card's fixed height, with the same loader", () => {
		const snippet = waveCardSnippet(
			'https://mirror.example/rw',
			{ wave: '2025-12-13-clemency-123', lang: 'be', theme: 'dark' },
			'Картка'
		);
		expect(frameAttributes(snippet)).toEqual({
			src: 'https://mirror.example/rw/be/embed/wave/2025-12-13-clemency-123/?theme=dark',
			title: 'Картка',
			width: '100%',
			height: String(WAVE_CARD_HEIGHT),
			frameborder: '0',
			loading: 'lazy',
			lang: 'be',
		});
		expect(snippet).not.toMatch(/\sstyle=/);
		expect(snippet.split('\n')[1]).toBe('<script async src="https://mirror.example/rw/embed.js"></script>');
	});

	it('leaves the theme out when it follows the reader', () => {
		expect(waveCardUrl('https://site.org/', { wave: 'x', theme: 'auto' })).toBe('https://site.org/embed/wave/x/');
		expect(waveCardUrl('https://site.org/', { wave: 'x', lang: 'ru' })).toBe('https://site.org/ru/embed/wave/x/');
	});
});

describe('cardFrameTitle()', () => {
	it("puts the card's date, as the language writes it, into the language's title", () => {
		expect(cardFrameTitle(DICTIONARIES.en.embed.cardFrameTitle, '19 March 2026')).toBe(
			'Release wave in Belarus, 19 March 2026 (Release Waves)'
		);
		expect(cardFrameTitle(DICTIONARIES.ru.embed.cardFrameTitle, '19 марта 2026 г.')).toBe(
			'Волна освобождений в Беларуси, 19 марта 2026 г. (Release Waves)'
		);
	});
});

describe('pictureSnippet()', () => {
	it('links the picture of the chart in the language to its home page, with its size and alternative text', () => {
		expect(pictureSnippet('https://site.org', 'en', 'A "chart"', { width: 1200, height: 730 })).toBe(
			'<a href="https://site.org/"><img src="https://site.org/timeline.png" alt="A &quot;chart&quot;" width="1200" height="730"></a>'
		);
		expect(pictureSnippet('https://site.org/rw/', 'be', 'Графік', { width: 1200, height: 750 })).toBe(
			'<a href="https://site.org/rw/be/" lang="be"><img src="https://site.org/rw/be/timeline.png" alt="Графік" width="1200" height="750"></a>'
		);
	});
});

describe('svgSize()', () => {
	it("reads the root element's width and height, not a nested element's", () => {
		expect(
			svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="730"><svg width="9" height="9"/></svg>')
		).toEqual({
			width: 1200,
			height: 730,
		});
		expect(svgSize('<svg viewBox="0 0 1 1"><rect width="5" height="5"/></svg>')).toEqual({ width: 0, height: 0 });
		// resvg draws a 729.51 px tall SVG 730 px tall.
		expect(svgSize('<svg width="1200" height="729.51">')).toEqual({ width: 1200, height: 730 });
	});
});
