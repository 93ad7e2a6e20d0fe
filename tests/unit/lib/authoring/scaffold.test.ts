import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { eventPath, scaffoldEvent, withSourceIds } from '../../../../src/lib/authoring/scaffold';
import { splitFrontmatter } from '../../../../src/lib/validate/frontmatter';
import { fieldDocAt } from '../../../../src/lib/authoring/schema-docs';
import { eventSchema } from '../../../../src/lib/content/schema';
import { validateContent } from '../../../../src/lib/validate/validate';
import { COUNTS_YAML, PERSON_YAML, TALLIES_YAML } from '../../../helpers';

const PATH = 'content/events/2025-09-11-fifty-two-freed.mdx';
const problemsOf = (text: string) =>
	validateContent(
		[
			{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
			{ path: 'content/tallies.yaml', text: TALLIES_YAML },
			{ path: 'content/people/ihar-losik.yaml', text: PERSON_YAML },
			{ path: PATH, text },
		],
		'2026-11-22'
	).problems;

/** Replace every placeholder with the schema's own example for that field, as a careful editor would. */
function fillIn(text: string): string {
	const split = splitFrontmatter(text, PATH);
	if ('file' in split) throw new Error(split.message);
	const walk = (value: unknown, path: (string | number)[]): unknown => {
		if (typeof value === 'string' && value.startsWith('TODO')) return fieldDocAt(eventSchema, path).example;
		if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, [...path, k])]));
		return value;
	};
	return `---\n${stringify(walk(parse(split.yaml), []))}---\n\nBelarus freed fifty-two people, according to the source.\n`;
}

describe('scaffoldEvent()', () => {
	const text = scaffoldEvent({ date: '2025-09-11', title: 'Fifty-two freed' });

	it('names the file by date and slug', () => {
		expect(eventPath('2025-09-11', 'fifty-two-freed')).toBe(PATH);
	});

	it('writes every required field, and the validator rejects it until each placeholder is replaced', () => {
		const problems = problemsOf(text);
		expect(problems.map((p) => p.field).sort()).toEqual([
			'(body)',
			'conditions.0.cite.0',
			'conditions.0.type',
			'count.basis',
			'count.cite.0',
			'count.value',
			'dateMarks',
			'kind',
			'sources.0.id',
			'sources.0.publisher',
			'sources.0.url',
			'summary',
		]);
		expect(problems.every((p) => p.message.includes('placeholder'))).toBe(true);
		expect(problems.filter((p) => p.message.includes('is required'))).toEqual([]);
	});

	it('tells the editor what belongs in each placeholder', () => {
		expect(text).toContain('kind: "TODO: one of pardon, amnesty-law, negotiated-release, exchange, other"');
		expect(text).toContain('value: "TODO: The number of people, in digits."');
		expect(text).toContain('basis: "TODO: one of official, foreign-government, human-rights, press"');
		expect(text).toContain('cite:\n    - "TODO: The ids of the listed sources that give this figure or claim."');
		expect(text).toMatch(/\nsources:\n {2}- id: "TODO: A short name for the source/);
		expect(text).toMatch(
			/# Optional fields you may add: endDate, endDateApproximate, countNote, .*disputes, corrections\./
		);
	});

	it('validates once every placeholder holds a real value', () => {
		expect(problemsOf(fillIn(text))).toEqual([]);
	});
});

describe('withSourceIds()', () => {
	it('gives each source a short id from its publisher, unique within the entry', () => {
		const url = 'https://example.org/';
		expect(
			withSourceIds([
				{ publisher: 'Kyiv Independent', url },
				{ publisher: 'Kyiv Independent', url },
				{ publisher: 'Белорусское телеграфное агентство БелТА', url },
				{ publisher: '🕊️', headline: 'Freed', url },
				{ publisher: '🕊️', url },
			]).map((s) => s.id)
		).toEqual(['kyiv-independent', 'kyiv-independent-2', 'belorusskoye-telehrafnoye-ahentstvo', 'freed', 'source']);
	});
});

describe('scaffoldEvent() with answers', () => {
	const sources = [
		{ publisher: 'Kyiv Independent', url: 'https://kyivindependent.com/belarus-frees-52/' },
		{ publisher: 'BelTA', url: 'https://eng.belta.by/president/view/52' },
	];

	it('writes the people and the sources with their ids, and names the ids in each cite placeholder', () => {
		const text = scaffoldEvent({ date: '2025-09-11', title: 'Fifty-two freed', people: ['ihar-losik'], sources });
		expect(text).toContain('people:\n  - ihar-losik\n');
		expect(text).toMatch(/sources:\n {2}- id: kyiv-independent\n {4}publisher: Kyiv Independent\n/);
		expect(text).toContain('  - id: belta\n');
		expect(text).toContain('Listed: kyiv-independent, belta.');
		const problems = problemsOf(text);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.filter((p) => !p.message.includes('placeholder'))).toEqual([]);
	});

	it('writes a file the validator accepts once every answer is given', () => {
		const text = scaffoldEvent({
			date: '2025-09-11',
			title: 'Fifty-two freed',
			people: ['ihar-losik'],
			sources,
			fields: {
				dateMarks: 'released',
				count: { value: 52, precision: 'exact', basis: 'official', cite: ['belta'] },
				kind: 'negotiated-release',
				conditions: [{ type: 'expelled', to: 'LT', cite: ['kyiv-independent'] }],
				summary: 'Fifty-two prisoners were freed and taken to Lithuania.',
			},
			body: 'Fifty-two people were freed.<Cite source="belta" /> They were taken to Lithuania.<Cite source="kyiv-independent" />',
		});
		expect(problemsOf(text)).toEqual([]);
	});
});
