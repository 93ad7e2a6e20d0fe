import { mdxToMdast, type MdastNode } from 'satteri';
import type { ContentProblem } from '../validate/problems';
import { findMdxSafetyIssues } from './rules';
import { unknownPerson } from '../content/person-ref';
import { eachNode } from './walk';
import { isExternalUrl } from './urls';

/** The text of an event below its frontmatter, and where it starts in the file. */
export interface EventBody {
	file: string;
	body: string;
	/** 1-based file line of the body's first line. */
	firstLine: number;
}

const FIELD = '(body)';

type ToFileLine = (line: number | undefined) => number | undefined;

/** What the body check found: the problems, and the source ids the text cites with `<Cite>`. */
export interface BodyCheck {
	problems: ContentProblem[];
	cited: Set<string>;
}

/**
 * Check the MDX text of an event: that it parses, that it keeps to the content rules, that every
 * `<PersonLink id>` names a person file and every `<Cite source>` a source the entry lists.
 * Lines are file lines.
 * @param sourceIds the entry's source ids; leave out when its frontmatter did not parse.
 */
export function checkEventBody(
	{ file, body, firstLine }: EventBody,
	personIds: ReadonlySet<string>,
	sources?: { ids: ReadonlySet<string>; urls: ReadonlySet<string> },
	suggest: (id: string) => string = () => ''
): BodyCheck {
	const toFileLine: ToFileLine = (line) => (line === undefined ? undefined : line + firstLine - 1);
	let tree: MdastNode;
	try {
		tree = mdxToMdast(body);
	} catch (error) {
		return { problems: [syntaxProblem(file, body, String((error as Error).message), toFileLine)], cited: new Set() };
	}
	const unsafe = findMdxSafetyIssues(tree).map(({ line, ...issue }) => ({
		file,
		line: toFileLine(line),
		field: FIELD,
		...issue,
	}));
	const people = componentValues(tree, 'PersonLink', 'id').flatMap(({ value, line }) => {
		const unknown = unknownPerson(value, personIds, suggest);
		if (!unknown) return [];
		const { message, expected } = unknown;
		return [
			{
				file,
				line: toFileLine(line),
				field: FIELD,
				message: `<PersonLink id="${value}">: ${message}`,
				expected,
				example: 'id="ales-bialiatski"',
			},
		];
	});
	const cites = componentValues(tree, 'Cite', 'source');
	const dangling = sources
		? cites
				.filter(({ value }) => !sources.ids.has(value))
				.map(({ value, line }) => ({
					file,
					line: toFileLine(line),
					field: FIELD,
					message: `<Cite source="${value}">: no source listed under sources has the id "${value}"`,
					expected: `one of the listed ids (${[...sources.ids].join(', ')}), or add the source to sources with id: ${value}`,
				}))
		: [];
	// A link to another site is a source the entry relies on, so it must be listed, and so cited.
	const unlisted = sources
		? externalLinks(tree)
				.filter(({ url }) => !sources.urls.has(url))
				.map(({ url, line }) => ({
					file,
					line: toFileLine(line),
					field: FIELD,
					message: `links to ${url}, which is not one of the sources listed under sources`,
					expected: 'add the page to sources with an id and cite it with <Cite source="…" />, or remove the link',
				}))
		: [];
	return { problems: [...unsafe, ...people, ...dangling, ...unlisted], cited: new Set(cites.map((c) => c.value)) };
}

/**
 * Turn the MDX parser's error into a problem at the file's line and column. The parser says where, as
 * `line:column: ` before its message and `(line:column)` inside it, counted in the body; its wording and its
 * rule id (`(mdx-jsx:…)`) are replaced by plain words for the mistakes editors make.
 */
function syntaxProblem(file: string, body: string, error: string, toFileLine: ToFileLine): ContentProblem {
	const [, line, column, text = error] = /^(\d+):(\d+): ([\s\S]*)$/.exec(error) ?? [];
	const bodyLine = line === undefined ? undefined : Number(line);
	const plain = plainSyntaxError(text.split('\n')[0]!.replace(/\s*\([a-z-]+:[a-z-]+\)$/, ''), toFileLine);
	return {
		file,
		line: toFileLine(bodyLine),
		column: column === undefined ? undefined : Number(column),
		field: FIELD,
		...plain,
		excerpt: bodyLine === undefined ? undefined : body.split('\n')[bodyLine - 1],
	};
}

const CLOSE_EVERY_COMPONENT =
	'Markdown text, with every <Component> closed; write a < or { that is not part of a component as \\< or \\{';

function plainSyntaxError(text: string, toFileLine: ToFileLine): Omit<ContentProblem, 'file' | 'field'> {
	// The parser names tags in backticks, and places inside the body as (line:column).
	const [tag, open] = [...text.matchAll(/`<\/?([^>`]*)>`/g)].map((match) => match[1]);
	const openedOn = /\((\d+):\d+\)$/.exec(text)?.[1];
	if (tag !== undefined && /^[a-z]/.test(tag)) {
		return {
			message: `a tag <${tag}> is not allowed: HTML is not allowed in the text`,
			expected:
				tag === 'br'
					? 'for a line break, end the line with two spaces or start a new paragraph with an empty line'
					: 'Markdown: **bold**, *italic*, [text](https://…), an empty line for a new paragraph',
		};
	}
	if (text.startsWith('Expected a closing tag') && tag !== undefined)
		return {
			message: `<${tag}> is opened here but never closed`,
			expected: `close it with </${tag}> after its text, or write it closed in one tag as <${tag} … />`,
		};
	if (text.startsWith('Unexpected closing tag') && tag !== undefined)
		return {
			message:
				open === undefined || openedOn === undefined
					? `</${tag}> closes a component that was never opened`
					: `</${tag}> does not close <${open}>, opened on line ${toFileLine(Number(openedOn))}`,
			expected: 'the same name in the opening and the closing tag, or remove the closing tag',
		};
	if (text.includes('expression'))
		return {
			message: 'a curly brace { is never closed, and curly braces are not allowed in the text',
			expected: 'plain text; to show a curly brace, write it with a backslash',
			example: '\\{ and \\}',
		};
	if (text.includes('comment'))
		return { message: 'HTML comments <!-- … --> are not allowed in the text', expected: 'delete the comment' };
	if (text.includes('after `<`'))
		return {
			message: 'a "<" that does not start a component',
			expected: 'to show a "<" in the text, write it with a backslash',
			example: 'fewer than \\< 10',
		};
	return {
		message: `the text cannot be read as Markdown: ${text.replace(/ \(\d+:\d+\)/g, '')}`,
		expected: CLOSE_EVERY_COMPONENT,
	};
}

function externalLinks(tree: MdastNode): { url: string; line: number | undefined }[] {
	const links: { url: string; line: number | undefined }[] = [];
	eachNode(tree, (node) => {
		if ((node.type === 'link' || node.type === 'definition') && isExternalUrl(node.url))
			links.push({ url: node.url, line: node.position?.start.line });
	});
	return links;
}

/** The text values of one attribute of one content component, with their lines in the parsed text. */
function componentValues(
	tree: MdastNode,
	component: string,
	attributeName: string
): { value: string; line: number | undefined }[] {
	const found: { value: string; line: number | undefined }[] = [];
	eachNode(tree, (node) => {
		if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== component) return;
		for (const attribute of node.attributes) {
			if (
				attribute.type === 'mdxJsxAttribute' &&
				attribute.name === attributeName &&
				typeof attribute.value === 'string'
			) {
				found.push({ value: attribute.value, line: node.position?.start.line });
			}
		}
	});
	return found;
}
