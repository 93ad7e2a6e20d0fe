import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl } from '../../../../src/lib/embed/snippet';

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
});

describe('embedSnippet()', () => {
	it('is the iframe plus the async loader, with the URL escaped for HTML', () => {
		const [iframe, script] = embedSnippet('https://site.org', { from: '2024-01-01', kinds: ['pardon'] }).split('\n');
		expect(iframe).toBe(
			'<iframe src="https://site.org/embed/?from=2024-01-01&amp;kind=pardon" title="Political-prisoner release waves in Belarus (Release Waves)" style="width:100%;border:0" height="480" loading="lazy"></iframe>'
		);
		expect(script).toBe('<script async src="https://site.org/embed.js"></script>');
	});
});
