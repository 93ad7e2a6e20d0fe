import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
	checkCitations,
	citationTargets,
	frontmatterCitations,
	resolveCitations,
} from '../../../../src/lib/validate/citations';
import { formatProblem } from '../../../../src/lib/validate/problems';
import { eventSchema } from '../../../../src/lib/content/schema';
import { parseYamlSource } from '../../../../src/lib/validate/yaml-source';
import { eventInput } from '../../../helpers';

const FILE = 'content/events/2025-09-11-release-52.mdx';
const VIASNA = { id: 'viasna', publisher: 'Viasna', url: 'https://spring96.org/en/news/117138' };
const TWO_SOURCES = [...eventInput().sources, VIASNA];

/** Parse frontmatter written in block style, as editors write it, so every field has a line of its own. */
function citedEvent(overrides: Parameters<typeof eventInput>[0] = {}) {
	const yaml = stringify(eventInput(overrides));
	const source = parseYamlSource(yaml, FILE, 2);
	if (Array.isArray(source)) throw new Error(source.map(formatProblem).join('\n'));
	const lines = yaml.split('\n');
	/** The file line of the first line after `after` that contains `needle` (the frontmatter starts on line 2). */
	const lineWith = (needle: string, after = '') => {
		const start = after ? lines.findIndex((line) => line.includes(after)) : 0;
		const index = lines.findIndex((line, i) => i >= start && line.includes(needle));
		if (start === -1 || index === -1) throw new Error(`no line with ${needle} after ${after} in\n${yaml}`);
		return index + 2;
	};
	return { event: { file: FILE, data: eventSchema.parse(source.data), lineOf: source.lineOf }, lineWith };
}

describe('frontmatterCitations()', () => {
	it('lists every citation in field order, with the path of the field that cites', () => {
		const { event } = citedEvent({
			politicalPrisoners: { value: 40, cite: ['viasna'] },
			foreignNationals: [{ country: 'LT', cite: ['kyiv-independent'] }],
			disputes: [
				{
					about: 'count',
					note: 'Sources differ.',
					sides: [
						{ says: '52', cite: ['kyiv-independent'] },
						{ says: '50', cite: ['viasna', 'kyiv-independent'] },
					],
				},
			],
			sources: TWO_SOURCES,
		});
		expect(frontmatterCitations(event.data)).toEqual([
			{ path: ['count', 'cite', 0], id: 'kyiv-independent' },
			{ path: ['politicalPrisoners', 'cite', 0], id: 'viasna' },
			{ path: ['conditions', 0, 'cite', 0], id: 'kyiv-independent' },
			{ path: ['foreignNationals', 0, 'cite', 0], id: 'kyiv-independent' },
			{ path: ['disputes', 0, 'sides', 0, 'cite', 0], id: 'kyiv-independent' },
			{ path: ['disputes', 0, 'sides', 1, 'cite', 0], id: 'viasna' },
			{ path: ['disputes', 0, 'sides', 1, 'cite', 1], id: 'kyiv-independent' },
		]);
	});
});

describe('checkCitations()', () => {
	it('passes an entry whose every citation names a listed source and whose every source is cited', () => {
		const { event } = citedEvent();
		expect(checkCitations(event, new Set())).toEqual([]);
	});

	it.each([
		['count.cite.0', { count: { value: 52, basis: 'official', cite: ['nope'] } }, 'count:'],
		['politicalPrisoners.cite.0', { politicalPrisoners: { value: 40, cite: ['nope'] } }, 'politicalPrisoners:'],
		['conditions.0.cite.0', { conditions: [{ type: 'expelled', cite: ['nope'] }] }, 'conditions:'],
		[
			'foreignNationals.1.cite.0',
			{
				foreignNationals: [
					{ country: 'LT', cite: ['kyiv-independent'] },
					{ country: 'PL', cite: ['nope'] },
				],
			},
			'country: PL',
		],
		[
			'disputes.0.sides.1.cite.0',
			{
				disputes: [
					{
						about: 'count',
						note: 'Sources differ.',
						sides: [
							{ says: '52', cite: ['kyiv-independent'] },
							{ says: '50', cite: ['nope'] },
						],
					},
				],
			},
			'says: "50"',
		],
	] as const)('reports a dangling citation at %s, with its line and the ids listed', (field, overrides, after) => {
		const { event, lineWith } = citedEvent({
			conditions: [{ type: 'expelled', cite: ['kyiv-independent'] }],
			...(overrides as object),
		});
		// Every other citation names kyiv-independent, so it stays cited.
		expect(checkCitations(event, new Set())).toEqual([
			{
				file: FILE,
				line: lineWith('- nope', after),
				field,
				message: 'cites "nope", but no source listed under sources has that id',
				expected: 'one of the ids listed under sources (kyiv-independent), or add the source with id: nope',
			},
		]);
	});

	it('formats a dangling citation as file:line: field: message (expected: …)', () => {
		const { event, lineWith } = citedEvent({
			count: { value: 52, basis: 'official', cite: ['nope'] },
			sources: TWO_SOURCES,
		});
		const problems = checkCitations(event, new Set(['kyiv-independent', 'viasna']));
		expect(problems.map(formatProblem)).toEqual([
			`${FILE}:${lineWith('- nope')}: count.cite.0: cites "nope", but no source listed under sources has that id ` +
				'(expected: one of the ids listed under sources (kyiv-independent, viasna), or add the source with id: nope)',
		]);
	});

	it('reports a listed source that nothing cites, at its id, with the fix', () => {
		const { event, lineWith } = citedEvent({ sources: TWO_SOURCES });
		expect(checkCitations(event, new Set())).toEqual([
			{
				file: FILE,
				line: lineWith('id: viasna'),
				field: 'sources.1.id',
				message: 'the source "viasna" (Viasna) is listed but never cited',
				expected:
					'cite it where it gives a figure (cite: [viasna]) or in the text (<Cite source="viasna" />), or remove it',
			},
		]);
	});

	it('counts a source cited only from the text with <Cite> as cited', () => {
		const { event } = citedEvent({ sources: TWO_SOURCES });
		expect(checkCitations(event, new Set(['viasna']))).toEqual([]);
	});

	it('reports an id given to two sources, at the second', () => {
		const { event, lineWith } = citedEvent({
			sources: [...eventInput().sources, { ...VIASNA, id: 'kyiv-independent' }],
		});
		expect(checkCitations(event, new Set())).toEqual([
			{
				file: FILE,
				line: lineWith('id: kyiv-independent', 'publisher: Kyiv Independent'),
				field: 'sources.1.id',
				message: 'the id "kyiv-independent" is given to two sources',
				expected: 'a different id for each source, e.g. the publisher and the date',
				example: 'kyiv-independent-2',
			},
		]);
	});

	it('reports every problem of an entry, not only the first', () => {
		const { event } = citedEvent({
			conditions: [{ type: 'expelled', cite: ['gone'] }],
			sources: [...TWO_SOURCES, { ...VIASNA, id: 'hrw', publisher: 'HRW', url: 'https://www.hrw.org/' }],
		});
		expect(checkCitations(event, new Set(['viasna'])).map((p) => p.field)).toEqual([
			'conditions.0.cite.0',
			'sources.2.id',
		]);
	});
});

describe('citationTargets() and resolveCitations()', () => {
	const targets = citationTargets([
		{ id: 'belta', publisher: 'BelTA' },
		{ id: 'viasna', publisher: 'Viasna' },
		{ id: 'kyiv-independent', publisher: 'Kyiv Independent' },
	]);

	it('numbers the sources in list order, as the Sources list shows them', () => {
		expect([...targets]).toEqual([
			['belta', { number: 1, publisher: 'BelTA', anchor: 'source-belta' }],
			['viasna', { number: 2, publisher: 'Viasna', anchor: 'source-viasna' }],
			['kyiv-independent', { number: 3, publisher: 'Kyiv Independent', anchor: 'source-kyiv-independent' }],
		]);
	});

	it('resolves cited ids in number order, each once', () => {
		expect(resolveCitations(['kyiv-independent', 'belta', 'kyiv-independent'], targets).map((t) => t.number)).toEqual([
			1, 3,
		]);
		expect(resolveCitations([], targets)).toEqual([]);
	});

	it('throws on an id that is not a listed source, as it would be a dead mark', () => {
		expect(() => resolveCitations(['belta', 'nope'], targets)).toThrow('cites "nope", which is not a listed source');
	});
});
