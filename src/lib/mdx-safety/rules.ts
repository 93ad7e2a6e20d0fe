import type { MdastNode, MdxJsxAttributeUnion, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { slugSchema, urlSchema } from '../content/schema';
import { CONTENT_COMPONENTS, isContentComponent, type ComponentProp, type ContentComponentName } from './components';
import { imageProblem, linkProblem } from './urls';
import { eachNode } from './walk';

/** One rule broken by an MDX body, in words an editor can act on. */
export interface MdxSafetyIssue {
	/** 1-based line in the MDX text that was parsed. */
	line?: number | undefined;
	message: string;
	expected: string;
	example?: string | undefined;
}

type Issue = Omit<MdxSafetyIssue, 'line'>;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

// Raw HTML that can run code, restyle the page, or embed or post to another site.
const BLOCKED_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form']);
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'srcset',
	'source',
	'action',
	'formaction',
	'poster',
	'cite',
	'data',
	'background',
	'xlink:href',
]);
const COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS).join(', ');
const USE_MARKDOWN = `Markdown (**bold**, *italic*, [text](https://…), > quotation) or one of the components ${COMPONENT_NAMES} (see CONTRIBUTING.md)`;
const KIND_WORDS = {
	text: 'text',
	url: 'a full https:// address',
	slug: 'lower-case letters, digits and hyphens',
} as const;

const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

const codeIssue = (found: string): Issue => ({
	message: `curly braces are not allowed: MDX would run what is inside them as code (found ${quoted(found)})`,
	expected: 'plain text; to show a curly brace, write it with a backslash',
	example: '\\{ and \\}',
});

/**
 * Check a parsed MDX tree against the content rules: no ESM, no `{…}` expressions, no HTML or
 * components outside the allow-list, no event handlers, no script/data URLs, no remote images.
 * The validator and the build both call this, so they cannot disagree.
 */
export function findMdxSafetyIssues(tree: MdastNode): MdxSafetyIssue[] {
	const definitions = new Map<string, string>();
	eachNode(tree, (node) => {
		if (node.type === 'definition') definitions.set(node.identifier, node.url);
	});
	const issues: MdxSafetyIssue[] = [];
	eachNode(tree, (node) => {
		for (const issue of nodeIssues(node, definitions)) issues.push({ line: node.position?.start.line, ...issue });
	});
	return issues;
}

function nodeIssues(node: MdastNode, definitions: ReadonlyMap<string, string>): Issue[] {
	switch (node.type) {
		case 'mdxjsEsm':
			return [
				{
					message: `"import" and "export" lines are not allowed: they would run code when the site is built (found ${quoted(node.value)})`,
					expected: `text in Markdown; the components ${COMPONENT_NAMES} work without an import`,
				},
			];
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return [codeIssue(`{${node.value}}`)];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return elementIssues(node);
		case 'link':
		case 'definition':
			return urlIssues('link', node.url, linkProblem(node.url));
		case 'image':
			return urlIssues('image', node.url, imageProblem(node.url));
		case 'imageReference': {
			const url = definitions.get(node.identifier);
			return url === undefined ? [] : urlIssues('image', url, imageProblem(url));
		}
		default:
			return [];
	}
}

function urlIssues(what: 'link' | 'image', url: string, problem: string | undefined): Issue[] {
	if (!problem) return [];
	const link = what === 'link';
	return [
		{
			message: `${what} to ${quoted(url)}: ${problem}`,
			expected: link
				? 'a full https:// address, or a path on this site such as /events/…'
				: 'an image file stored next to the entry',
			example: link ? '[Viasna](https://spring96.org/en/news/117138)' : '![What the photo shows](./photo.jpg)',
		},
	];
}

function tagIssue(name: string | null): Issue | undefined {
	if (name === null) return { message: 'empty tags <>…</> are not allowed', expected: USE_MARKDOWN };
	if (BLOCKED_TAGS.has(name.toLowerCase())) {
		return {
			message: `<${name}> is never allowed in content: it can run code, restyle the page or send readers' data elsewhere`,
			expected: USE_MARKDOWN,
		};
	}
	if (isContentComponent(name)) return undefined;
	const what = /^[a-z]/.test(name)
		? 'is an HTML tag, and HTML is not allowed in content'
		: 'is not a component the site provides';
	return { message: `<${name}> ${what}`, expected: USE_MARKDOWN };
}

function elementIssues({ name, attributes }: JsxElement): Issue[] {
	const component = name !== null && isContentComponent(name) ? name : undefined;
	const issues = [tagIssue(name), ...attributes.map((attribute) => attributeIssue(name ?? '', component, attribute))];
	if (component) issues.push(...missingProps(component, attributes));
	return issues.filter((issue) => issue !== undefined);
}

/** Return the first rule an attribute breaks: code, then event handlers, then URLs, then the component's props. */
function attributeIssue(
	tag: string,
	component: ContentComponentName | undefined,
	attribute: MdxJsxAttributeUnion
): Issue | undefined {
	if (attribute.type === 'mdxJsxExpressionAttribute') return codeIssue(`{${attribute.value}}`);
	const { name, value } = attribute;
	if (typeof value === 'object' && value !== null) return codeIssue(`${name}={${value.value}}`);
	if (/^on/i.test(name)) {
		return {
			message: `<${tag} ${name}>: event-handler attributes (on…) run code and are never allowed`,
			expected: 'remove the attribute',
		};
	}
	const url = typeof value === 'string' && URL_ATTRIBUTES.has(name.toLowerCase()) ? value : undefined;
	const problem = url === undefined ? undefined : linkProblem(url);
	if (url !== undefined && problem) return urlIssues('link', url, problem)[0];
	return component ? propIssue(component, name, value) : undefined;
}

function propIssue(component: ContentComponentName, name: string, value: string | null | undefined): Issue | undefined {
	const { props, usage }: { props: Readonly<Record<string, ComponentProp>>; usage: string } =
		CONTENT_COMPONENTS[component];
	const prop = props[name];
	if (!prop) {
		const allowed = Object.entries(props).map(([key, p]) => `${key}${p.required ? ' (required)' : ''}`);
		return {
			message: `<${component}> has no attribute "${name}"`,
			expected: `only ${allowed.join(', ')}`,
			example: usage,
		};
	}
	if (typeof value === 'string' && propValueIsValid(prop, value)) return undefined;
	return {
		message: `<${component} ${name}> must be ${KIND_WORDS[prop.kind]} in double quotes (found ${value == null ? 'no value' : quoted(value)})`,
		expected: prop.description,
		example: `${name}="${prop.example}"`,
	};
}

function propValueIsValid(prop: ComponentProp, value: string): boolean {
	if (prop.kind === 'url') return urlSchema.safeParse(value).success;
	if (prop.kind === 'slug') return slugSchema.safeParse(value).success;
	return value.trim().length > 0;
}

function missingProps(component: ContentComponentName, attributes: readonly MdxJsxAttributeUnion[]): Issue[] {
	const props: Readonly<Record<string, ComponentProp>> = CONTENT_COMPONENTS[component].props;
	const written = new Set(attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : [])));
	return Object.entries(props)
		.filter(([name, prop]) => prop.required && !written.has(name))
		.map(([name, prop]) => ({
			message: `<${component}> needs the attribute "${name}"`,
			expected: prop.description,
			example: `<${component} ${name}="${prop.example}" …>`,
		}));
}
