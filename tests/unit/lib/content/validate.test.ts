import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../../../src/lib/content/validate';
import { formatProblem } from '../../../../src/lib/content/problems';
import { COUNTS_YAML, PERSON_YAML, eventFile, eventInput } from '../../../helpers';

const TODAY = '2026-11-22';
const base: ContentFile[] = [
	{ path: 'content/people/ihar-losik.yaml', text: PERSON_YAML },
	{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
];
const event = (name: string, overrides = {}, body?: string): ContentFile => ({
	path: `content/events/${name}.mdx`,
	text: eventFile(eventInput(overrides), body),
});
const problemsOf = (...files: ContentFile[]) => validateContent([...base, ...files], TODAY).problems;

describe('validateContent()', () => {
	it('passes good content and returns it parsed', () => {
		const result = validateContent([...base, event('2025-09-11-release-52')], TODAY);
		expect(result.problems).toEqual([]);
		expect(result.events.map((e) => e.id)).toEqual(['2025-09-11-release-52']);
		expect(result.people.has('ihar-losik')).toBe(true);
		expect(result.prisonerCounts).toHaveLength(1);
	});

	it('names the file, line and field of a schema problem, with what is expected', () => {
		const [problem] = problemsOf(event('2025-09-11-release-52', { kind: 'release' }));
		expect(problem).toMatchObject({ file: 'content/events/2025-09-11-release-52.mdx', line: 6, field: 'kind' });
		expect(formatProblem(problem!)).toBe(
			'content/events/2025-09-11-release-52.mdx:6: kind: must be one of: pardon, amnesty-law, negotiated-release, exchange, other (found "release") (expected: The legal or political form of the release.; e.g. "pardon")'
		);
	});

	it('reports every problem in every file, not only the first', () => {
		const problems = problemsOf(
			event('2025-09-11-a', { kind: 'x', count: { value: 0 } }),
			event('2025-09-12-b', { date: '2025-09-12', people: ['nobody'] })
		);
		expect(problems.map((p) => `${p.file.slice(15)} ${p.field}`)).toEqual([
			'2025-09-11-a.mdx count.value',
			'2025-09-11-a.mdx kind',
			'2025-09-12-b.mdx people.0',
		]);
	});

	it('fails a reference to a person who has no file', () => {
		expect(problemsOf(event('2025-09-11-x', { people: ['ihar-losik', 'ales-bialiatski'] }))).toEqual([
			expect.objectContaining({ field: 'people.1', message: 'no person "ales-bialiatski" in content/people' }),
		]);
	});

	it('fails two entries for the same wave', () => {
		const problems = problemsOf(event('2025-09-11-a'), event('2025-09-11-b'));
		expect(problems).toEqual([expect.objectContaining({ file: 'content/events/2025-09-11-b.mdx', field: 'title' })]);
		expect(problems[0]?.message).toContain('2025-09-11-a.mdx');
	});

	it.each([
		['2019-12-31', 'is before 2020'],
		['2026-11-23', 'is in the future'],
	])('fails the date %s', (date, message) => {
		const [problem] = problemsOf(event(`${date}-x`, { date }));
		expect(problem).toMatchObject({ field: 'date' });
		expect(problem?.message).toContain(message);
	});

	it('fails an end date before the date', () => {
		expect(problemsOf(event('2025-09-11-x', { endDate: '2025-09-10' }))).toEqual([expect.objectContaining({ field: 'endDate' })]);
	});

	it('fails a file name whose date differs from the date field', () => {
		expect(problemsOf(event('2025-09-12-release-52'))).toEqual([
			expect.objectContaining({ field: '(file name)', example: '2025-09-11-release-52.mdx' }),
		]);
	});

	it('reports YAML syntax errors with their line', () => {
		const [problem] = problemsOf({ path: 'content/events/2025-09-11-x.mdx', text: '---\ntitle: "a\nkind: pardon\n---\n' });
		expect(problem).toMatchObject({ field: '(yaml)' });
		expect(problem?.message).toMatch(/^YAML syntax error/);
	});

	it('reports a missing frontmatter block', () => {
		expect(problemsOf({ path: 'content/events/2025-09-11-x.mdx', text: '# Just a heading\n' })).toEqual([
			expect.objectContaining({ field: '(frontmatter)', line: 1, message: 'no frontmatter block found' }),
		]);
	});

	it('never skips a file silently: unknown files are problems, _drafts are listed as unpublished', () => {
		const draft = { path: 'content/events/_draft.mdx', text: 'anything' };
		expect(validateContent([...base, draft], TODAY).drafts).toEqual(['content/events/_draft.mdx']);
		const problems = problemsOf({ path: 'content/events/2025-09-11-x.md', text: '' }, draft);
		expect(problems).toEqual([expect.objectContaining({ file: 'content/events/2025-09-11-x.md', field: '(file name)' })]);
	});

	it('requires the prisoner-counts file and one point per date', () => {
		expect(validateContent([], TODAY).problems).toEqual([expect.objectContaining({ file: 'content/prisoner-counts.yaml' })]);
		const twice = COUNTS_YAML + COUNTS_YAML;
		const problems = validateContent([{ path: 'content/prisoner-counts.yaml', text: twice }], TODAY).problems;
		expect(problems).toEqual([expect.objectContaining({ field: '1.date', line: 6 })]);
	});
});
