import { mdxToMdast, type MdastNode } from 'satteri';
import type { ContentProblem } from '../problems';
import { findMdxSafetyIssues } from './rules';
import { eachNode } from './walk';

/** The text of an event below its frontmatter, and where it starts in the file. */
export interface EventBody {
	file: string;
	body: string;
	/** 1-based file line of the body's first line. */
	firstLine: number;
}

const FIELD = '(body)';

type ToFileLine = (line: number | undefined) => number | undefined;

/**
 * Check the MDX text of an event: that it parses, that it keeps to the content rules, and that
 * every `<PersonLink id>` names a person file. Lines are file lines.
 */
export function checkEventBody({ file, body, firstLine }: EventBody, personIds: ReadonlySet<string>): ContentProblem[] {
	const toFileLine: ToFileLine = (line) => (line === undefined ? undefined : line + firstLine - 1);
	let tree: MdastNode;
	try {
		tree = mdxToMdast(body);
	} catch (error) {
		return [syntaxProblem(file, String((error as Error).message), toFileLine)];
	}
	const unsafe = findMdxSafetyIssues(tree).map(({ line, ...issue }) => ({ file, line: toFileLine(line), field: FIELD, ...issue }));
	return [...unsafe, ...unknownPeople(tree, file, personIds, toFileLine)];
}

function syntaxProblem(file: string, message: string, toFileLine: ToFileLine): ContentProblem {
	const [, line, text] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [];
	return {
		file,
		line: line === undefined ? undefined : toFileLine(Number(line)),
		field: FIELD,
		message: `MDX syntax error: ${(text ?? message).split('\n')[0]}`,
		expected: 'Markdown text, with every <Component> closed; write a < or { that is not part of a component as \\< or \\{',
	};
}

function unknownPeople(tree: MdastNode, file: string, personIds: ReadonlySet<string>, toFileLine: ToFileLine): ContentProblem[] {
	const problems: ContentProblem[] = [];
	eachNode(tree, (node) => {
		if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'PersonLink') return;
		for (const attribute of node.attributes) {
			const id = attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' ? attribute.value : undefined;
			if (typeof id !== 'string' || personIds.has(id)) continue;
			problems.push({
				file,
				line: toFileLine(node.position?.start.line),
				field: FIELD,
				message: `<PersonLink id="${id}">: no person "${id}" in content/people`,
				expected: `the name of a file in content/people without .yaml (add content/people/${id}.yaml first)`,
				example: 'id="ales-bialiatski"',
			});
		}
	});
	return problems;
}
