import { describe, expect, it } from 'vitest';
import { siteBase, sitePath } from '../../../src/lib/urls';
import { embedSnippet, embedUrl } from '../../../src/lib/embed/snippet';

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

describe('embed snippet under a folder', () => {
	it('points the frame and the loader at the folder, so the loader recognises its frames', () => {
		const root = 'https://mirror.example/rw/';
		expect(embedUrl(root, { kinds: [] })).toBe('https://mirror.example/rw/embed/');
		expect(embedSnippet(root, { kinds: ['pardon'] })).toContain('src="https://mirror.example/rw/embed/?kind=pardon"');
		expect(embedSnippet('https://mirror.example/rw', { kinds: [] })).toContain(
			'src="https://mirror.example/rw/embed.js"'
		);
	});
});
