import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../../../src/lib/embed/snippet';
import { DICTIONARIES } from '../../../../src/i18n';

const TITLE = DICTIONARIES.en.share.iframeTitle;

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
		const [iframe, script] = embedSnippet('https://site.org', { from: '2024-01-01', kinds: ['pardon'] }, TITLE).split(
			'\n'
		);
		expect(iframe).toBe(
			'<iframe src="https://site.org/embed/?from=2024-01-01&amp;kind=pardon" title="Political-prisoner release waves in Belarus (Release Waves)" style="width:100%;border:0" height="480" loading="lazy"></iframe>'
		);
		expect(script).toBe('<script async src="https://site.org/embed.js"></script>');
	});

	it('titles the frame with the title given, escaped, and marks the language of a Belarusian or Russian frame', () => {
		const [iframe, script] = embedSnippet('https://site.org', { kinds: [], lang: 'ru' }, 'A "quoted" <title>').split(
			'\n'
		);
		expect(iframe).toBe(
			'<iframe src="https://site.org/ru/embed/" title="A &quot;quoted&quot; &lt;title&gt;" style="width:100%;border:0" height="480" loading="lazy" lang="ru"></iframe>'
		);
		// One loader serves every language.
		expect(script).toBe('<script async src="https://site.org/embed.js"></script>');
		expect(embedSnippet('https://site.org', { kinds: [], lang: 'en' }, TITLE)).not.toContain(' lang=');
	});
});
