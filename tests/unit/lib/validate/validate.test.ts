import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../../../src/lib/validate/validate';
import { formatProblem } from '../../../../src/lib/validate/problems';
import { COUNTS_YAML, PERSON_YAML, TALLIES_YAML, eventFile, eventInput } from '../../../helpers';

const TODAY = '2026-11-22';
const base: ContentFile[] = [
	{ path: 'content/people/ihar-losik.yaml', text: PERSON_YAML },
	{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
	{ path: 'content/tallies.yaml', text: TALLIES_YAML },
];
const event = (name: string, overrides = {}, body?: string): ContentFile => ({
	path: `content/events/${name}.mdx`,
	text: eventFile(eventInput(overrides), body),
});
const problemsOf = (...files: ContentFile[]) => validateContent([...base, ...files], TODAY).problems;
/** The file with its 1-based line `line` replaced, to put a mistake exactly where a test wants it. */
const withLine = (file: ContentFile, line: number, text: string): ContentFile => ({
	...file,
	text: file.text
		.split('\n')
		.map((written, i) => (i === line - 1 ? text : written))
		.join('\n'),
});
const where = (problems: readonly { file: string; line?: number | undefined; field: string }[]) =>
	problems.map((p) => `${p.file.slice(15)}:${p.line} ${p.field}`);

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
			'content/events/2025-09-11-release-52.mdx:6: kind: must be one of: pardon, amnesty-law, negotiated-release, exchange, other (found "release") (expected: The legal or political form of the release; e.g. "pardon")'
		);
	});

	it('reports every problem in every file, not only the first', () => {
		const problems = problemsOf(
			event('2025-09-11-a', { kind: 'x', count: { value: 0, basis: 'official', cite: ['kyiv-independent'] } }),
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

	it('suggests the person an unknown id most likely means, in the text as in the frontmatter', () => {
		const problems = problemsOf(
			event(
				'2025-09-11-x',
				{ people: ['ihar-losick'] },
				'Freed: <PersonLink id="ihar-losyk" />.<Cite source="kyiv-independent" />'
			)
		);
		expect(problems.map((p) => p.message)).toEqual([
			'<PersonLink id="ihar-losyk">: no person "ihar-losyk" in content/people; did you mean "ihar-losik" (Ihar Losik)?',
			'no person "ihar-losick" in content/people; did you mean "ihar-losik" (Ihar Losik)?',
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
		expect(problemsOf(event('2025-09-11-x', { endDate: '2025-09-10' }))).toEqual([
			expect.objectContaining({ field: 'endDate' }),
		]);
	});

	it('fails a file name whose date differs from the date field', () => {
		expect(problemsOf(event('2025-09-12-release-52'))).toEqual([
			expect.objectContaining({ field: '(file name)', example: '2025-09-11-release-52.mdx' }),
		]);
	});

	it('reports a YAML mistake at its line and column, with the line as written', () => {
		const problems = problemsOf(withLine(event('2025-09-11-x'), 6, 'kind: pardon: or not'));
		expect(problems).toEqual([
			expect.objectContaining({ field: '(yaml)', line: 6, column: 13, excerpt: 'kind: pardon: or not' }),
		]);
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
		expect(problems).toEqual([
			expect.objectContaining({ file: 'content/events/2025-09-11-x.md', field: '(file name)' }),
		]);
	});

	it('requires the prisoner-counts and tallies files, and one point per date', () => {
		expect(validateContent([], TODAY).problems).toEqual([
			expect.objectContaining({
				file: 'content/prisoner-counts.yaml',
				field: '(file)',
				message: 'the file is missing',
			}),
			expect.objectContaining({ file: 'content/tallies.yaml', field: '(file)', message: 'the file is missing' }),
		]);
		const twice = COUNTS_YAML + COUNTS_YAML;
		const problems = validateContent(
			[
				{ path: 'content/prisoner-counts.yaml', text: twice },
				{ path: 'content/tallies.yaml', text: TALLIES_YAML },
			],
			TODAY
		).problems;
		expect(problems).toEqual([expect.objectContaining({ field: '1.date', line: 6 })]);
	});
});

describe('validateContent() and the record readers cite', () => {
	const VIASNA = { id: 'viasna', publisher: 'Viasna', url: 'https://spring96.org/en/news/117138' };
	const FILE = 'content/events/2025-09-11-x.mdx';
	const only = (...files: ContentFile[]) => {
		const problems = problemsOf(...files);
		expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
		const [problem] = problems;
		expect(problem?.file).toBe(files[0]?.path);
		expect(problem?.line).toEqual(expect.any(Number));
		expect(problem?.expected).toBeTruthy();
		return problem!;
	};

	it('passes an entry that uses every new field', () => {
		const text = eventFile(
			eventInput({
				dateMarks: 'announced',
				kind: 'pardon',
				count: { value: 52, precision: 'approximate', basis: 'human-rights', cite: ['viasna', 'kyiv-independent'] },
				politicalPrisoners: { value: 40, precision: 'exact', cite: ['viasna'] },
				conditions: [
					{ type: 'expelled', to: 'LT', count: { value: 45 }, cite: ['kyiv-independent'] },
					{ type: 'house-arrest', count: { value: 7 }, cite: ['viasna'] },
				],
				foreignNationals: [
					{
						country: 'PL',
						count: { value: 2, precision: 'at-least' },
						note: 'Polish MFA says 3.',
						cite: ['kyiv-independent'],
					},
				],
				people: [
					'ihar-losik',
					{
						id: 'mikola-statkevich',
						outcome: 'returned-to-prison',
						date: '2025-09-12',
						dateApproximate: true,
						note: 'Refused to cross the border.',
					},
				],
				disputes: [
					{
						about: 'foreign-nationals',
						note: 'Sources differ on how many Polish citizens were freed.',
						sides: [
							{ says: 'Two Polish citizens.', cite: ['kyiv-independent'] },
							{ says: 'Three Polish citizens.', cite: ['hrw'] },
						],
					},
				],
				sources: [
					...eventInput().sources,
					VIASNA,
					{ id: 'hrw', publisher: 'Human Rights Watch', url: 'https://www.hrw.org/news/2025/09/11/x' },
					{ id: 'belta', publisher: 'BelTA', url: 'https://eng.belta.by/x' },
				],
				corrections: [
					{ date: '2026-02-01', text: 'The count of Polish citizens was given as exact; sources give 2 or 3.' },
				],
			}),
			'Viasna counted 40 political prisoners.<Cite source="viasna" /> BelTA [reported it](https://eng.belta.by/x).<Cite source="belta" />'
		);
		const statkevich = {
			path: 'content/people/mikola-statkevich.yaml',
			text: 'name: "Mikola Statkevich"\ndescription: "Politician."\nvariants: {}\ncorrections:\n  - date: 2026-01-05\n    text: "A spelling was marked as confirmed."\n',
		};
		const result = validateContent([...base, statkevich, { path: FILE, text }], TODAY);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.events[0]?.data.people).toEqual([
			{ id: 'ihar-losik', dateApproximate: false },
			{
				id: 'mikola-statkevich',
				outcome: 'returned-to-prison',
				date: '2025-09-12',
				dateApproximate: true,
				note: 'Refused to cross the border.',
			},
		]);
		expect(result.people.get('mikola-statkevich')?.corrections).toHaveLength(1);
		expect(result.tallies).toHaveLength(1);
	});

	it('fails a dangling cite, naming the file, line, field and the ids listed', () => {
		const problem = only(event('2025-09-11-x', { conditions: [{ type: 'expelled', cite: ['nope'] }] }));
		expect(formatProblem(problem)).toBe(
			`${FILE}:7: conditions.0.cite.0: cites "nope", but no source listed under sources has that id ` +
				'(expected: one of the ids listed under sources (kyiv-independent), or add the source with id: nope)'
		);
	});

	it('fails a source that is listed but never cited, with the fix', () => {
		const problem = only(event('2025-09-11-x', { sources: [...eventInput().sources, VIASNA] }));
		expect(problem).toMatchObject({
			line: 10,
			field: 'sources.1.id',
			message: 'the source "viasna" (Viasna) is listed but never cited',
		});
		expect(problem.expected).toContain('<Cite source="viasna" />');
	});

	it('counts a <Cite> in the text as citing its source', () => {
		expect(
			problemsOf(
				event('2025-09-11-x', { sources: [...eventInput().sources, VIASNA] }, 'Viasna says so.<Cite source="viasna" />')
			)
		).toEqual([]);
	});

	it('fails a <Cite> of an id no source has, at its line in the file', () => {
		const problem = only(event('2025-09-11-x', {}, 'First line.\n\nText.<Cite source="nope" />'));
		expect(formatProblem(problem)).toBe(
			`${FILE}:15: (body): <Cite source="nope">: no source listed under sources has the id "nope" ` +
				'(expected: one of the listed ids (kyiv-independent), or add the source to sources with id: nope)'
		);
	});

	it('fails a link in the text to a page that is not a listed source', () => {
		const problem = only(event('2025-09-11-x', {}, 'See [this page](https://example.org/unlisted).'));
		expect(problem).toMatchObject({
			line: 13,
			field: '(body)',
			message: 'links to https://example.org/unlisted, which is not one of the sources listed under sources',
		});
		expect(problemsOf(event('2025-09-11-x', {}, `See [the report](${eventInput().sources[0]!.url}).`))).toEqual([]);
	});

	it('fails a house-arrest condition without a count beside another condition', () => {
		const problem = only(
			event('2025-09-11-x', {
				conditions: [
					{ type: 'expelled', cite: ['kyiv-independent'] },
					{ type: 'house-arrest', cite: ['kyiv-independent'] },
				],
			})
		);
		expect(problem).toMatchObject({ line: 7, field: 'conditions.1.type', example: '{ value: 7, precision: exact }' });
		expect(problem.message).toContain('needs a count');
		expect(
			problemsOf(event('2025-09-11-x', { conditions: [{ type: 'house-arrest', cite: ['kyiv-independent'] }] }))
		).toEqual([]);
	});

	it('fails a person named twice in one entry', () => {
		const problem = only(event('2025-09-11-x', { people: ['ihar-losik', { id: 'ihar-losik', outcome: 'expelled' }] }));
		expect(formatProblem(problem)).toBe(
			`${FILE}:8: people.1: "ihar-losik" is named twice (expected: each person once per entry)`
		);
	});

	it("fails a person's own date before the entry's date", () => {
		const problem = only(event('2025-09-11-x', { people: [{ id: 'ihar-losik', date: '2025-09-10' }] }));
		expect(problem).toMatchObject({
			line: 8,
			field: 'people.0.date',
			message: `is before the entry's date 2025-09-11 (found "2025-09-10")`,
		});
		expect(problemsOf(event('2025-09-11-x', { people: [{ id: 'ihar-losik', date: '2025-09-11' }] }))).toEqual([]);
	});

	it('fails a correction dated in the future, on an entry or a person', () => {
		const problem = only(event('2025-09-11-x', { corrections: [{ date: '2026-11-23', text: 'A fix.' }] }));
		expect(formatProblem(problem)).toBe(
			`${FILE}:11: corrections.0.date: is in the future (today is 2026-11-22) (found "2026-11-23") (expected: a date from 2020-01-01 to 2026-11-22)`
		);
		const person = {
			path: 'content/people/ales-bialiatski.yaml',
			text: `${PERSON_YAML}corrections:\n  - date: 2026-12-01\n    text: "A fix."\n`,
		};
		expect(only(person)).toMatchObject({ line: 6, field: 'corrections.0.date' });
	});

	it('requires the tallies file and checks each tally', () => {
		expect(
			validateContent(
				base.filter((f) => f.path !== 'content/tallies.yaml'),
				TODAY
			).problems
		).toEqual([
			{
				file: 'content/tallies.yaml',
				field: '(file)',
				message: 'the file is missing',
				expected: 'a YAML list of dated, sourced points',
			},
		]);
		const tallies = (text: string) =>
			validateContent(
				[...base.filter((f) => f.path !== 'content/tallies.yaml'), { path: 'content/tallies.yaml', text }],
				TODAY
			).problems;
		expect(tallies(TALLIES_YAML.replace('from: "2020"', 'from: "2024-13"'))).toEqual([
			expect.objectContaining({
				file: 'content/tallies.yaml',
				line: 3,
				field: '0.from',
				message: expect.stringContaining('must be a year, month or day'),
			}),
		]);
		expect(tallies(TALLIES_YAML.replace('measure: pardoned', 'measure: released'))).toEqual([
			expect.objectContaining({
				line: 2,
				field: '0.measure',
				message: expect.stringContaining('must be one of: pardoned, expelled, recognised'),
			}),
		]);
		expect(tallies(TALLIES_YAML.replace('date: 2026-03-05', 'date: 2026-12-01'))).toEqual([
			expect.objectContaining({ line: 1, field: '0.date', message: expect.stringContaining('is in the future') }),
		]);
	});
});

describe('validateContent(): every problem in one run', () => {
	// Line 2 is the title; in the event files of these tests line 6 is kind and line 8 is people.
	const yamlMistake = (name: string) => withLine(event(name), 2, 'title: Breaking: 52 freed');

	it('reports a YAML mistake in one file and a schema problem in another', () => {
		const problems = problemsOf(yamlMistake('2025-09-11-a'), event('2025-09-12-b', { date: '2025-09-12', kind: 'x' }));
		expect(where(problems)).toEqual(['2025-09-11-a.mdx:2 (yaml)', '2025-09-12-b.mdx:6 kind']);
	});

	it('reports a YAML mistake and a schema problem on another line of the same file, and not the unreadable field as missing', () => {
		const problems = problemsOf(
			withLine(event('2025-09-11-a', { date: '5 March 2026' }), 2, 'title: Breaking: 52 freed')
		);
		expect(where(problems)).toEqual(['2025-09-11-a.mdx:2 (yaml)', '2025-09-11-a.mdx:3 date']);
	});

	it('reports every YAML mistake of a file, each at its own line', () => {
		const file = withLine(withLine(event('2025-09-11-a'), 2, 'title: Breaking: 52 freed'), 6, 'kind:pardon');
		expect(where(problemsOf(file))).toEqual(['2025-09-11-a.mdx:2 (yaml)', '2025-09-11-a.mdx:6 (yaml)']);
	});

	it('reports an unknown person in the same run as a wrong kind', () => {
		const problems = problemsOf(event('2025-09-11-a', { kind: 'Negotiated release', people: ['maria-kolesnikova'] }));
		expect(where(problems)).toEqual(['2025-09-11-a.mdx:6 kind', '2025-09-11-a.mdx:8 people.0']);
		expect(problems[1]?.message).toBe('no person "maria-kolesnikova" in content/people');
	});

	it('reports an unknown person in an entry whose YAML has a mistake', () => {
		const file = withLine(event('2025-09-11-a', { people: ['maria-kolesnikova'] }), 2, 'title: Breaking: 52 freed');
		expect(where(problemsOf(file))).toEqual(['2025-09-11-a.mdx:2 (yaml)', '2025-09-11-a.mdx:8 people.0']);
	});

	it('does not call a person unknown where named when their own file has a mistake', () => {
		const person = { path: 'content/people/ihar-losik.yaml', text: PERSON_YAML.replace('name: ', 'name:') };
		const files = [...base.filter((f) => f.path !== person.path), person, event('2025-09-11-a')];
		expect(where(validateContent(files, TODAY).problems)).toEqual(['ihar-losik.yaml:1 (yaml)']);
	});

	it.each([
		['a YAML mistake', yamlMistake('2025-09-11-release-52')],
		['a schema problem', event('2025-09-11-release-52', { kind: 'x' })],
	])('checks a translation of an entry with %s on its own, never telling it the English is missing', (_, english) => {
		const translation = {
			path: 'content/translations/be/events/2025-09-11-release-52.mdx',
			text: '---\nchecked: 2026-01-02\ntitle: "Вызвалена 52"\nsummary: "Вызвалена 52 чалавекі."\n---\n\nТэкст <iframe />\n',
		};
		const problems = problemsOf(english, translation);
		expect(problems.filter((p) => p.file === english.path)).toHaveLength(1);
		expect(problems.filter((p) => p.file === translation.path)).toEqual([
			expect.objectContaining({ line: 7, message: expect.stringContaining('<iframe>') }),
		]);
	});
});
