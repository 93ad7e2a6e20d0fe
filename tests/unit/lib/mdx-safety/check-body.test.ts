import { describe, expect, it } from 'vitest';
import { checkEventBody } from '../../../../src/lib/mdx-safety/check-body';
import { formatProblem } from '../../../../src/lib/validate/problems';

const FILE = 'content/events/2025-09-11-x.mdx';
const people = new Set(['ales-bialiatski']);
const sources = {
	ids: new Set(['viasna', 'kyiv-independent']),
	urls: new Set(['https://spring96.org/en/news/117138', 'https://kyivindependent.com/belarus-frees-52/']),
};
const check = (body: string, withSources: { sources?: typeof sources } = { sources }) =>
	checkEventBody({ file: FILE, body, firstLine: 20 }, people, withSources.sources);

describe('checkEventBody()', () => {
	it('passes safe text', () => {
		expect(check('\nFreed: <PersonLink id="ales-bialiatski" />.')).toEqual({ problems: [], cited: new Set() });
	});

	it('reports rules broken with file lines, not body lines', () => {
		expect(check('\nText.\n\n<iframe />').problems).toEqual([
			expect.objectContaining({ file: FILE, line: 23, field: '(body)', message: expect.stringContaining('<iframe>') }),
		]);
	});

	it('reports text that does not parse as MDX at its file line and column, and cites nothing', () => {
		const { problems, cited } = check('\nText.\n\n<Aside>\n\nNever closed.');
		expect(problems).toEqual([
			expect.objectContaining({
				line: 23,
				column: 1,
				field: '(body)',
				message: '<Aside> is opened here but never closed',
				excerpt: '<Aside>',
			}),
		]);
		expect(cited).toEqual(new Set());
	});

	it('reports an HTML tag that breaks the MDX on body line 3 at file line 22, in plain words and without a rule id', () => {
		const [problem, ...rest] = check('\nText.\nA line <br> here.').problems;
		expect(rest).toEqual([]);
		expect(formatProblem(problem!)).toBe(
			'content/events/2025-09-11-x.mdx:22:8: (body): a tag <br> is not allowed: HTML is not allowed in the text ' +
				'(expected: for a line break, end the line with two spaces or start a new paragraph with an empty line)\n' +
				'    A line <br> here.\n' +
				'           ^'
		);
	});

	it('names the file line of the component a wrong closing tag leaves open', () => {
		expect(check('<Aside>\n\nText.\n</Asid>').problems).toEqual([
			expect.objectContaining({ line: 23, column: 1, message: '</Asid> does not close <Aside>, opened on line 20' }),
		]);
	});

	it('reports a PersonLink to a person who has no file', () => {
		expect(check('Freed: <PersonLink id="nobody" />.').problems).toEqual([
			expect.objectContaining({ line: 20, message: '<PersonLink id="nobody">: no person "nobody" in content/people' }),
		]);
	});
});

describe('checkEventBody() and <Cite>', () => {
	it('accepts a Cite whose source is a listed id, and returns the ids the text cites', () => {
		const { problems, cited } = check(
			'Viasna counted 40.<Cite source="viasna" />\n\nAgain.<Cite source="viasna" /> And more.<Cite source="kyiv-independent" />'
		);
		expect(problems).toEqual([]);
		expect(cited).toEqual(new Set(['viasna', 'kyiv-independent']));
	});

	it('reports a Cite of an id no listed source has, with the line, the listed ids and the fix', () => {
		const [problem, ...rest] = check('\nText.<Cite source="nope" />').problems;
		expect(rest).toEqual([]);
		expect(formatProblem(problem!)).toBe(
			'content/events/2025-09-11-x.mdx:21: (body): <Cite source="nope">: no source listed under sources has the id "nope" ' +
				'(expected: one of the listed ids (viasna, kyiv-independent), or add the source to sources with id: nope)'
		);
	});

	it('still returns a dangling id as cited, so the citation check does not call a source uncited twice', () => {
		expect(check('Text.<Cite source="nope" />').cited).toEqual(new Set(['nope']));
	});

	it('rejects a Cite whose source is not a slug', () => {
		expect(check('Text.<Cite source="Not A Slug" />').problems).toContainEqual(
			expect.objectContaining({
				line: 20,
				message: '<Cite source> must be lower-case letters, digits and hyphens in double quotes (found "Not A Slug")',
			})
		);
	});

	it('rejects a Cite whose source is an expression', () => {
		const { problems, cited } = check('Text.<Cite source={secret} />');
		expect(problems).toEqual([
			expect.objectContaining({
				line: 20,
				message: 'curly braces are not allowed: MDX would run what is inside them as code (found "source={secret}")',
			}),
		]);
		expect(cited).toEqual(new Set());
	});

	it('rejects a Cite without a source', () => {
		expect(check('Text.<Cite />').problems).toEqual([
			expect.objectContaining({
				line: 20,
				message: '<Cite> needs the attribute "source"',
				example: '<Cite source="article-19" …>',
			}),
		]);
	});

	it('rejects an attribute Cite does not take', () => {
		expect(check('Text.<Cite source="viasna" page="4" />').problems).toEqual([
			expect.objectContaining({ message: '<Cite> has no attribute "page"' }),
		]);
	});

	it('does not check Cite ids or links when the frontmatter did not parse, and still returns the cited ids', () => {
		expect(check('Text.<Cite source="nope" /> [a page](https://example.org/elsewhere)', {})).toEqual({
			problems: [],
			cited: new Set(['nope']),
		});
	});
});

describe('checkEventBody() and links', () => {
	it('accepts links to listed sources and to pages on this site', () => {
		expect(check('See [Viasna](https://spring96.org/en/news/117138) and [the list](/events/).').problems).toEqual([]);
	});

	it('reports a link to another site that is not a listed source, in text and in a reference definition', () => {
		const problems = check(
			'See [a page](https://example.org/elsewhere).\n\nAnd [another][x].\n\n[x]: https://example.org/other'
		).problems;
		expect(problems.map((p) => [p.line, p.message])).toEqual([
			[20, 'links to https://example.org/elsewhere, which is not one of the sources listed under sources'],
			[24, 'links to https://example.org/other, which is not one of the sources listed under sources'],
		]);
		expect(problems[0]?.expected).toBe(
			'add the page to sources with an id and cite it with <Cite source="…" />, or remove the link'
		);
	});

	it('compares the address exactly: another page on a listed site is not listed', () => {
		expect(check('See [Viasna](https://spring96.org/en/news/999).').problems).toEqual([
			expect.objectContaining({ message: expect.stringContaining('links to https://spring96.org/en/news/999') }),
		]);
	});
});
