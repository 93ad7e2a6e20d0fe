import { mdxToMdast, type MdastNode } from 'satteri';
import type { ContentProblem } from '../problems';
import { findMdxSafetyIssues } from './rules';
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
		return { problems: [syntaxProblem(file, String((error as Error).message), toFileLine)], cited: new Set() };
	}
	const unsafe = findMdxSafetyIssues(tree).map(({ line, ...issue }) => ({
		file,
		line: toFileLine(line),
		field: FIELD,
		...issue,
	}));
	const people = componentValues(tree, 'PersonLink', 'id')
		.filter(({ value }) => !personIds.has(value))
		.map(({ value, line }) => ({
			file,
			line: toFileLine(line),
			field: FIELD,
			message: `<PersonLink id="${value}">: no person "${value}" in content/people${suggest(value)}`,
			expected: `the name of a file in content/people without .yaml (add content/people/${value}.yaml first)`,
			example: 'id="ales-bialiatski"',
		}));
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

function syntaxProblem(file: string, message: string, toFileLine: ToFileLine): ContentProblem {
	const [, line, text] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [];
	return {
		file,
		line: line === undefined ? undefined : toFileLine(Number(line)),
		field: FIELD,
		message: `MDX syntax error: ${(text ?? message).split('\n')[0]}`,
		expected:
			'Markdown text, with every <Component> closed; write a < or { that is not part of a component as \\< or \\{',
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
