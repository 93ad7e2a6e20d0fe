import { describe, expect, it } from 'vitest';
import { contentErrorPage } from '../../../../src/lib/validate/error-page';
import type { ContentProblem } from '../../../../src/lib/validate/problems';

const KIND: ContentProblem = {
	file: 'content/events/2025-09-11-release-52.mdx',
	line: 6,
	field: 'kind',
	message: 'must be one of: pardon, other (found "Negotiated release")',
	expected: 'The legal or political form of the release.',
	example: '"pardon"',
};
const options = { statusPath: '/__content-status', version: 3 };
/** The page's text as a reader sees it, without tags and with entities read back. */
const text = (html: string) =>
	html
		.replace(/<script>[\s\S]*<\/script>/, '')
		.replace(/<[^>]+>/g, '')
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

describe('contentErrorPage()', () => {
	it('says how many problems keep the page from showing, and how to bring it back', () => {
		const page = text(contentErrorPage([KIND, { ...KIND, line: 9, field: 'date' }], options));
		expect(page).toContain('This page is not shown: 2 problems in the content');
		expect(page).toContain('Fix the file and save: this page reloads by itself.');
		expect(text(contentErrorPage([KIND], options))).toContain('not shown: 1 problem in the content');
	});

	it('lists every problem with its file, line, field, message, expected value and example', () => {
		const other = { file: 'content/tallies.yaml', field: '(file)', message: 'the file is missing' };
		const page = text(contentErrorPage([KIND, other], options));
		for (const part of [
			'content/events/2025-09-11-release-52.mdx:6',
			'field kind',
			'must be one of: pardon, other (found "Negotiated release")',
			'Expected: The legal or political form of the release.',
			'Example: "pardon"',
			'content/tallies.yaml, field (file)',
			'the file is missing',
		])
			expect(page).toContain(part);
	});

	it('escapes < and & in what the editor wrote, so a message cannot become markup', () => {
		const html = contentErrorPage([{ ...KIND, message: 'found <Cite source="a"> & more' }], options);
		expect(html).toContain('found &lt;Cite source=&quot;a&quot;&gt; &amp; more');
		expect(html).not.toContain('<Cite');
	});

	it('shows the line as written with a caret under the column, when the validator knows them', () => {
		const problem = { ...KIND, column: 7, excerpt: 'kind: Negotiated release' };
		const html = contentErrorPage([problem], options);
		expect(html).toContain('content/events/2025-09-11-release-52.mdx:6:7');
		expect(html).toContain('<pre>kind: Negotiated release\n      ^</pre>');
		expect(contentErrorPage([KIND], options)).not.toContain('<pre>');
	});

	it('reloads when the content status reports another version, and carries no site policy or outside file', () => {
		const html = contentErrorPage([KIND], options);
		expect(html).toContain('fetch("/__content-status"');
		expect(html).toContain('status.version !== 3');
		expect(html).not.toMatch(/http-equiv|src=|href="(?!data:)/i);
	});
});
