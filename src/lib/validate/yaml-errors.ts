import { isCollection, isScalar, visit, type Document, type LineCounter, type Node, type YAMLError } from 'yaml';

/** One mistake in a YAML text, in plain words, at the line and column (1-based, in the text) where it was made. */
export interface YamlMistake {
	line: number;
	column: number;
	message: string;
	expected: string;
	/** The offending line written correctly, when it can be derived from what was written. */
	example?: string | undefined;
}

type Mistake = Omit<YamlMistake, 'line' | 'column'>;

/** A `field: value` line: what precedes the name (indentation, list dashes), the name, and the value as written. */
const FIELD_LINE = /^(\s*(?:- +)*)([\w.-]+):(?: +(.*))?$/;
const DASH_WITHOUT_SPACE = /^(\s*)-(?=[^\s\d-])/;
const COLON_WITHOUT_SPACE = /^(\s*(?:- +)?)([\w.-]+):(?=[^\s/])/;
const RESERVED_START = new Set(['@', '`', '%', '*', '&', '!', '|', '>']);
const QUOTE_IT = 'put the whole text in double quotes';

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;
const quoted = (field: RegExpExecArray) => `${field[1]}${field[2]}: ${JSON.stringify(field[3]!.trim())}`;

/**
 * Read the first thing the yaml library found wrong in `text` as the mistake an editor made: at the line
 * that holds it (not where the library noticed it), in words that say how to fix it. Only the first: the
 * library often reports one mistake several times, at the lines around it, so the caller leaves that line
 * out and parses again to find the next real one.
 * @param fileLine turns a line of `text` into the file's line, for messages that point to another line.
 */
export function firstYamlMistake(
	doc: Document,
	text: string,
	counter: LineCounter,
	fileLine: (line: number) => number = (line) => line
): YamlMistake | undefined {
	const reader = new MistakeReader(doc, text.split('\n'), counter, fileLine);
	const [error] = doc.errors;
	return error ? reader.read(error) : reader.listItemsWithoutSpace()[0];
}

class MistakeReader {
	constructor(
		private readonly doc: Document,
		private readonly lines: readonly string[],
		private readonly counter: LineCounter,
		private readonly fileLine: (line: number) => number
	) {}

	/** Classify one library error by its code and by what the line it points at shows. */
	read(error: YAMLError): YamlMistake {
		const { line, col } = this.counter.linePos(error.pos[0]);
		const text = this.lines[line - 1] ?? '';
		const at = (mistakeLine: number, column: number, mistake: Mistake) => ({ line: mistakeLine, column, ...mistake });
		const dash = DASH_WITHOUT_SPACE.exec(text);
		if (dash) return at(line, dash[1]!.length + 1, missingDashSpace(text));
		switch (error.code) {
			case 'TAB_AS_INDENT':
				return at(line, col, tabIndent(text));
			case 'DUPLICATE_KEY':
				return at(line, col, this.duplicate(error.pos[0]));
			case 'BLOCK_AS_IMPLICIT_KEY': {
				if (/^\s*-\s/.test(text.slice(col - 1)))
					return at(line, indentOf(text) + 1, this.misIndented(line, 'list item'));
				const colon = text.slice(col - 1).search(/:(\s|$)/);
				if (colon >= 0) return at(line, col + colon, colonInText(text));
				const next = this.nextContentLine(line);
				return at(next, indentOf(this.lines[next - 1] ?? '') + 1, this.overIndented(line, next));
			}
			case 'MULTILINE_IMPLICIT_KEY':
			case 'MISSING_CHAR': {
				if (text[col - 1] === '#') return at(line, col, gluedComment(text, col));
				const quote = this.unclosed(error.pos[0], isScalar);
				if (quote)
					return at(...this.position(quote.range![0]), unclosedQuote(this.lineAt(quote.range![0]), this.charAt(quote)));
				const colon = COLON_WITHOUT_SPACE.exec(text);
				if (colon) return at(line, colon[0].length, missingColonSpace(text, colon));
				return at(line, indentOf(text) + 1, notAField());
			}
			case 'BAD_INDENT': {
				const flow = this.unclosed(error.pos[0], isCollection);
				if (flow)
					return at(...this.position(flow.range![0]), unclosedFlow(this.lineAt(flow.range![0]), this.charAt(flow)));
				return at(line, indentOf(text) + 1, this.misIndented(line, 'field'));
			}
			case 'BAD_SCALAR_START':
			case 'BAD_ALIAS':
			case 'UNEXPECTED_TOKEN':
				return this.badValue(line, text, (column, mistake) => at(line, column, mistake));
			default:
				return at(line, col, {
					message: 'YAML cannot read this line',
					expected:
						'fields written "name: value", indented with two spaces per level, text with a colon or # in double quotes',
				});
		}
	}

	/** A list item written `-name` is valid YAML (text starting with a dash), so the library says nothing. */
	listItemsWithoutSpace(): YamlMistake[] {
		const found: YamlMistake[] = [];
		visit(this.doc, {
			Scalar: (_, node) => {
				if (node.type !== 'PLAIN' || !node.range) return;
				const [first] = this.position(node.range[0]);
				const last = this.position(node.range[1])[0];
				for (let line = first; line <= last; line++) {
					const text = this.lines[line - 1] ?? '';
					const dash = DASH_WITHOUT_SPACE.exec(text);
					const startsLine = line > first || indentOf(text) + 1 === this.position(node.range[0])[1];
					if (dash && startsLine) found.push({ line, column: dash[1]!.length + 1, ...missingDashSpace(text) });
				}
			},
		});
		return found;
	}

	private position(offset: number): [number, number] {
		const { line, col } = this.counter.linePos(offset);
		return [line, col];
	}

	/** The character a node starts with: its opening quote or bracket. */
	private charAt(node: Node): string {
		const [line, column] = this.position(node.range![0]);
		return this.lines[line - 1]?.[column - 1] ?? '';
	}

	private lineAt(offset: number): string {
		return this.lines[this.position(offset)[0] - 1] ?? '';
	}

	private nextContentLine(line: number): number {
		const next = this.lines.findIndex((text, i) => i >= line && text.trim() !== '');
		return next === -1 ? line : next + 1;
	}

	/** The quoted value or `[…]`/`{…}` list that runs, unclosed, up to where the library gave up. */
	private unclosed(offset: number, kind: (node: unknown) => boolean): Node | undefined {
		let found: Node | undefined;
		visit(this.doc, (_, node) => {
			if (!kind(node)) return;
			const n = node as Node;
			const open = isScalar(n) ? n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE' : isCollection(n) && n.flow;
			if (open && n.range?.[1] === offset) found = n;
		});
		return found;
	}

	private duplicate(offset: number): Mistake {
		let name = '';
		let firstLine: number | undefined;
		visit(this.doc, {
			Map: (_, map) => {
				const pair = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
				if (!pair || !isScalar(pair.key)) return;
				name = String(pair.key.value);
				const first = map.items.find((p) => isScalar(p.key) && p.key.value === name);
				if (isScalar(first?.key) && first.key.range) firstLine = this.position(first.key.range[0])[0];
			},
		});
		return {
			message: `the field "${name}" is written twice${firstLine === undefined ? '' : `; it is first written on line ${this.fileLine(firstLine)}`}`,
			expected: `each field once: keep the right "${name}" line and delete the other`,
		};
	}

	private overIndented(line: number, next: number): Mistake {
		const above = FIELD_LINE.exec(this.lines[line - 1] ?? '');
		const text = this.lines[next - 1] ?? '';
		return {
			message: 'this line is indented further than the field above it, so YAML reads it as part of that value',
			expected: 'start the line in the same column as the field above it',
			example: above ? `${' '.repeat(above[1]!.length)}${text.trimStart()}` : undefined,
		};
	}

	/** An under- or unevenly indented field or list item: line it up with the one above when that is its sibling. */
	private misIndented(line: number, what: 'field' | 'list item'): Mistake {
		const text = this.lines[line - 1] ?? '';
		const above = this.lines.slice(0, line - 1).findLast((l) => l.trim() !== '') ?? '';
		const aboveField = FIELD_LINE.exec(above);
		const indent =
			what === 'list item'
				? /^\s*-\s/.test(above) && indentOf(above)
				: aboveField?.[3] !== undefined && aboveField[3] !== '' && aboveField[1]!.length;
		return {
			message: `this ${what} is not indented like the ${what}s around it`,
			expected: `indent it exactly like the other ${what}s of the same group, with spaces (two for each level)`,
			example: indent === false || indent === undefined ? undefined : `${' '.repeat(indent)}${text.trimStart()}`,
		};
	}

	private badValue<T>(line: number, text: string, at: (column: number, mistake: Mistake) => T): T {
		const field = FIELD_LINE.exec(text);
		const valueColumn = field?.[3] === undefined ? indentOf(text) + 1 : text.length - field[3].length + 1;
		const first = field?.[3]?.[0] ?? '';
		const example = field?.[3] ? quoted(field) : undefined;
		if (first === '"' || first === "'")
			return at(valueColumn, {
				message: 'the text goes on after its closing quote',
				expected: `${QUOTE_IT}, and write a double quote inside it as \\"`,
				example,
			});
		return at(valueColumn, {
			message: RESERVED_START.has(first)
				? `text that starts with "${first}" must be in quotes: at the start of a value "${first}" has a special meaning in YAML`
				: `YAML cannot read the value on line ${this.fileLine(line)}`,
			expected: QUOTE_IT,
			example,
		});
	}
}

function missingDashSpace(text: string): Mistake {
	return {
		message: 'a list item needs a space after its "-"',
		expected: 'each item on its own line, written "- " and then the value',
		example: text.replace(DASH_WITHOUT_SPACE, '$1- '),
	};
}

function tabIndent(text: string): Mistake {
	return {
		message: 'this line is indented with a tab; YAML allows only spaces',
		expected: 'indent with spaces, two for each level',
		example: text.replace(/^\s+/, (indent) => indent.replaceAll('\t', '  ')),
	};
}

function colonInText(text: string): Mistake {
	const field = FIELD_LINE.exec(text);
	return {
		message: `${field ? `the text of "${field[2]}"` : 'this text'} contains a colon followed by a space, which YAML reads as the start of another field`,
		expected: QUOTE_IT,
		example: field?.[3] ? quoted(field) : undefined,
	};
}

function missingColonSpace(text: string, colon: RegExpExecArray): Mistake {
	return {
		message: `the field "${colon[2]}" needs a space after its colon`,
		expected: 'the field name, a colon, a space, then the value',
		example: `${colon[0]} ${text.slice(colon[0].length)}`,
	};
}

function gluedComment(text: string, column: number): Mistake {
	return {
		message: 'a "#" glued to a value: YAML reads "#" as the start of a comment only after a space',
		expected: `a space before the # if it starts a comment, or, if the # is part of the text, ${QUOTE_IT}`,
		example: `${text.slice(0, column - 1)} ${text.slice(column - 1)}`,
	};
}

function unclosedQuote(text: string, mark: string): Mistake {
	const field = FIELD_LINE.exec(text);
	const kind = mark === '"' ? 'double' : 'single';
	return {
		message: `the ${kind} quote (${mark}) that starts ${field ? `the value of "${field[2]}"` : 'this text'} is never closed`,
		expected: `end the text with a closing ${mark}`,
		example: `${text.trimEnd()}${mark}`,
	};
}

function unclosedFlow(text: string, open: string): Mistake {
	const list = open === '[';
	return {
		message: list
			? 'the list that starts with "[" is never closed with "]"'
			: 'the group of fields that starts with "{" is never closed with "}"',
		expected: list
			? 'the items separated by commas, then "]", on the same line'
			: 'the fields, then "}", on the same line',
		example: `${text.trimEnd()}${list ? ']' : ' }'}`,
	};
}

function notAField(): Mistake {
	return {
		message: 'this line is not a field: a field is a name, a colon, a space and then the value',
		expected: 'name: value, or, if the line continues the text above, the whole text in double quotes on one line',
		example: 'kind: pardon',
	};
}

/** The name of the field a line writes, if it writes one, even with a mistake after the colon. */
export function fieldNameOf(line: string): string | undefined {
	return /^\s*(?:-\s*)*([\w.-]+)\s*:/.exec(line)?.[1];
}

/** The 1-based lines that follow `line` indented further than it: its value's continuation and its children. */
export function linesUnder(lines: readonly string[], line: number): number[] {
	const indent = indentOf(lines[line - 1] ?? '');
	const under: number[] = [];
	for (let next = line + 1; next <= lines.length; next++) {
		const text = lines[next - 1]!;
		if (text.trim() !== '' && indentOf(text) <= indent) break;
		under.push(next);
	}
	return under;
}
