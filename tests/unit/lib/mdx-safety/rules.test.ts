import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { findMdxSafetyIssues } from '../../../../src/lib/mdx-safety/rules';

const issuesOf = (mdx: string) => findMdxSafetyIssues(mdxToMdast(mdx));
const messagesOf = (mdx: string) => issuesOf(mdx).map((issue) => issue.message);

describe('findMdxSafetyIssues()', () => {
	it('passes Markdown, normal links, local images and the three components used as documented', () => {
		const mdx = [
			'## What happened',
			'',
			'Belarus freed **52** people; *details* in [the report](https://spring96.org/en/news/117138), [an earlier wave](/events/2025-09-11-release-52/), [below](#sources) and [by e-mail](mailto:editor@example.org).',
			'',
			'- a list item with `code`',
			'- [a reference link][viasna]',
			'',
			'| Date | Count |',
			'| --- | --- |',
			'| 2025-09-11 | 52 |',
			'',
			'A footnote.[^1]',
			'',
			'[^1]: The note.',
			'',
			'![A photo of the border crossing](./crossing.jpg)',
			'',
			'> A Markdown quotation.',
			'',
			'<Quote by="Viasna" source="https://spring96.org/en/news/117138">Words with *emphasis* and [a link](https://example.org/).</Quote>',
			'',
			'<Aside title="About the count">',
			'',
			'Two sources differ; see <PersonLink id="ales-bialiatski" /> and <PersonLink id="maria-kalesnikava">Kalesnikava</PersonLink>.',
			'',
			'</Aside>',
			'',
			'<Aside>A note without a title.</Aside>',
			'',
			'[viasna]: https://spring96.org/en',
		].join('\n');
		expect(issuesOf(mdx)).toEqual([]);
	});

	it.each([
		['an import', "import fs from 'node:fs'\n\nText.", '"import" and "export" lines are not allowed'],
		['an export', 'export const secret = process.env.TOKEN\n\nText.', '"import" and "export" lines are not allowed'],
		['a flow expression', 'Text.\n\n{process.env.TOKEN}', 'curly braces are not allowed'],
		['a text expression', 'Freed {1 + 1} people.', 'curly braces are not allowed'],
		['an MDX comment', 'Text. {/* a note */}', 'curly braces are not allowed'],
		['a spread attribute', '<Aside {...props}>Text.</Aside>', 'curly braces are not allowed'],
		['an expression as an attribute value', '<Quote by={author}>Text.</Quote>', 'curly braces are not allowed'],
	])('rejects %s', (_, mdx, message) => {
		expect(messagesOf(mdx)).toEqual([expect.stringContaining(message)]);
	});

	it.each(['script', 'style', 'iframe', 'object', 'embed', 'form'])('rejects a raw <%s> tag', (tag) => {
		expect(messagesOf(`Text.\n\n<${tag}>x</${tag}>`)).toEqual([
			`<${tag}> is never allowed in content: it can run code, restyle the page or send readers' data elsewhere`,
		]);
	});

	it.each([
		[
			'on an allowed component',
			'<Aside onClick="steal()">Text.</Aside>',
			['<Aside onClick>: event-handler attributes (on…) run code and are never allowed'],
		],
		[
			'in lower case, on an HTML tag',
			'<img src="./x.png" onerror="steal()" />',
			[
				'<img> is an HTML tag, and HTML is not allowed in content',
				'<img onerror>: event-handler attributes (on…) run code and are never allowed',
			],
		],
	])('rejects an on* attribute %s', (_, mdx, messages) => {
		expect(messagesOf(mdx)).toEqual(messages);
	});

	it.each([
		['[x](javascript:alert(1))', 'a "javascript:" address'],
		['[x](JaVaScRiPt:alert(1))', 'a "javascript:" address'],
		['[x](&#106;avascript:alert(1))', 'a "javascript:" address'],
		['[x](<java\tscript:alert(1)>)', 'a "javascript:" address'],
		['[x](vbscript:msgbox)', 'a "vbscript:" address'],
		['[x](data:text/html;base64,PHNjcmlwdD4=)', 'a "data:" address'],
		['![x](data:image/png;base64,AAAA)', 'a "data:" address'],
		['[x][evil]\n\n[evil]: javascript:alert(1)', 'a "javascript:" address'],
		['[x](file:///etc/passwd)', '"file:" addresses are not allowed'],
	])('rejects the link or image %s', (mdx, message) => {
		expect(messagesOf(mdx)).toEqual([expect.stringContaining(message)]);
	});

	it.each([
		['<a href="javascript:alert(1)">x</a>', 'link to "javascript:alert(1)": a "javascript:" address'],
		['<Quote by="A" source="javascript:alert(1)">x</Quote>', 'link to "javascript:alert(1)": a "javascript:" address'],
		['<Quote by="A" source="&#106;avascript:alert(1)">x</Quote>', 'a "javascript:" address'],
		['<img src="data:image/png;base64,AAAA" />', 'a "data:" address'],
	])('rejects a script URL in the JSX attribute of %s', (mdx, message) => {
		expect(messagesOf(mdx)).toContainEqual(expect.stringContaining(message));
	});

	it.each([
		['a remote image', '![x](https://example.org/pixel.png)', 'images from other sites are not allowed'],
		[
			'a remote image by reference',
			'![x][pixel]\n\n[pixel]: https://example.org/pixel.png',
			'images from other sites are not allowed',
		],
		['a protocol-relative image', '![x](//example.org/pixel.png)', 'images from other sites are not allowed'],
		['an image path with a query', '![x](../../src/secret.png?raw)', 'without ? or #'],
		['a file that is not an image', '![x](../../.env)', 'must be a .jpg, .png'],
	])('rejects %s, which would reach beyond the repository', (_, mdx, message) => {
		expect(messagesOf(mdx)).toEqual([expect.stringContaining(message)]);
	});

	it.each([
		['an unknown component', '<Chart data="x" />', '<Chart> is not a component the site provides'],
		['an HTML tag', 'Some <b>bold</b> text.', '<b> is an HTML tag, and HTML is not allowed in content'],
		['a member component', '<Foo.Bar />', '<Foo.Bar> is not a component the site provides'],
		['a fragment', '<>Text</>', 'empty tags <>…</> are not allowed'],
	])('rejects %s', (_, mdx, message) => {
		expect(messagesOf(mdx)).toEqual([message]);
	});

	it.each([
		['an attribute the component does not take', '<Quote by="A" cite="x">q</Quote>', '<Quote> has no attribute "cite"'],
		['a required attribute left out', '<Quote>q</Quote>', '<Quote> needs the attribute "by"'],
		[
			'an attribute without a value',
			'<Quote by>q</Quote>',
			'<Quote by> must be text in double quotes (found no value)',
		],
		[
			'an empty text attribute',
			'<Aside title=" ">q</Aside>',
			'<Aside title> must be text in double quotes (found " ")',
		],
		[
			'a source that is not a web address',
			'<Quote by="A" source="spring96.org">q</Quote>',
			'<Quote source> must be a full https:// address',
		],
		[
			'an id that is not a file name',
			'<PersonLink id="Ales Bialiatski" />',
			'<PersonLink id> must be lower-case letters, digits and hyphens',
		],
	])('rejects %s', (_, mdx, message) => {
		expect(messagesOf(mdx)).toEqual([expect.stringContaining(message)]);
	});

	it('reports every problem with its line, not only the first', () => {
		const mdx = 'Fine.\n\n<script>x</script>\n\nAlso {fine}?\n\n[x](javascript:y)';
		expect(issuesOf(mdx).map((issue) => issue.line)).toEqual([3, 5, 7]);
	});

	it('tells the editor what to write instead, with an example', () => {
		const [issue] = issuesOf('<Quote>q</Quote>');
		expect(issue).toMatchObject({ expected: 'Who said or wrote the words.', example: '<Quote by="Viasna" …>' });
	});
});
