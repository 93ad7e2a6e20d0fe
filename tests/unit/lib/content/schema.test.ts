import { describe, expect, it } from 'vitest';
import {
	eventSchema,
	isoDateSchema,
	partialDateSchema,
	personInEventSchema,
	personSchema,
	tallySchema,
} from '../../../../src/lib/content/schema';
import { eventInput, tallyOf } from '../../../helpers';

const issuesOf = (input: unknown) => {
	const result = eventSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('eventSchema', () => {
	it('accepts a complete event and fills defaults', () => {
		const parsed = eventSchema.parse(eventInput());
		expect(parsed.mediators).toEqual([]);
		expect(parsed.disputes).toEqual([]);
		expect(parsed.sources[0]?.headlineFromUrl).toBe(false);
	});

	it('turns a YAML Date into the same YYYY-MM-DD in any time zone', () => {
		expect(eventSchema.parse(eventInput({ date: new Date('2025-12-13T00:00:00Z') })).date).toBe('2025-12-13');
	});

	it.each([
		['count.value', { count: { value: 0, precision: 'exact' } }, 'must be at least 1'],
		['count.value', { count: { value: -3, precision: 'exact' } }, 'must be at least 1'],
		['count.value', { count: { value: 2.5, precision: 'exact' } }, 'must be a whole number'],
		[
			'count.value',
			{ count: { value: 'fifty', precision: 'exact' } },
			'must be a number written with digits, such as 52',
		],
		['count.precision', { count: { value: 5, precision: 'roughly' } }, 'must be one of: exact, approximate, at-least'],
		['kind', { kind: 'release' }, 'must be one of: pardon, amnesty-law, negotiated-release, exchange, other'],
		['date', { date: '2025-02-30' }, 'is not a real calendar date'],
		['date', { date: '13/12/2025' }, 'must be a date written YYYY-MM-DD'],
		['title', { title: '   ' }, 'must not be empty'],
		['summary', { summary: 'x'.repeat(281) }, 'must be at most 280 characters'],
		['sources', { sources: [] }, 'must list at least one source'],
		[
			'sources.0.url',
			{ sources: [{ publisher: 'P', url: 'javascript:alert(1)' }] },
			'must be a full http:// or https:// address',
		],
		[
			'sources.0.url',
			{ sources: [{ publisher: 'P', url: 'ftp://example.org/a' }] },
			'must be a full http:// or https:// address',
		],
		[
			'conditions.0.to',
			{ conditions: [{ type: 'expelled', to: 'XX' }] },
			'must be a two-letter ISO 3166-1 country code in capitals, such as LT',
		],
		[
			'foreignNationals.0.country',
			{ foreignNationals: [{ country: 'lt' }] },
			'must be a two-letter ISO 3166-1 country code in capitals, such as LT',
		],
		['people.0.id', { people: ['Ales Bialiatski'] }, 'must be lower-case letters, digits and hyphens'],
		[
			'people.0.outcome',
			{ people: [{ id: 'ihar-losik', outcome: 'escaped' }] },
			'must be one of: freed, stayed-in-belarus, left-belarus, expelled, handed-over, not-reported, house-arrest, returned-to-prison',
		],
		['people.0.date', { people: [{ id: 'ihar-losik', date: '2025-09' }] }, 'must be a date written YYYY-MM-DD'],
		[
			'count.cite',
			{ count: { value: 5, basis: 'official', cite: [] } },
			'must name at least one source: the id of a source listed under sources',
		],
		[
			'count.basis',
			{ count: { value: 5, basis: 'rumour', cite: ['kyiv-independent'] } },
			'must be one of: official, foreign-government, human-rights, press',
		],
		['conditions.0.cite', { conditions: [{ type: 'expelled' }] }, 'Invalid input: expected array, received undefined'],
		[
			'conditions',
			{ conditions: [] },
			'must list at least one condition (use not-reported when the sources do not say)',
		],
		[
			'sources.0.id',
			{ sources: [{ id: 'Kyiv Independent', publisher: 'P', url: 'https://example.org/' }] },
			'must be lower-case letters, digits and hyphens',
		],
		[
			'politicalPrisoners.cite',
			{ politicalPrisoners: { value: 40 } },
			'Invalid input: expected array, received undefined',
		],
		[
			'disputes.0.sides',
			{ disputes: [{ about: 'count', note: 'Sources differ.', sides: [] }] },
			'must list at least one side, each with the sources that say it',
		],
		[
			'corrections.0.date',
			{ corrections: [{ date: '1 March 2026', text: 'A fix.' }] },
			'must be a date written YYYY-MM-DD',
		],
		['corrections.0.text', { corrections: [{ date: '2026-03-01', text: ' ' }] }, 'must not be empty'],
	])('rejects a bad %s', (path, overrides, message) => {
		expect(issuesOf(eventInput(overrides as never))).toContainEqual({ path, message });
	});

	it('rejects an unknown field instead of ignoring it', () => {
		expect(issuesOf({ ...eventInput(), sumary: 'typo' })).toContainEqual(expect.objectContaining({ path: '' }));
	});

	it('requires the summary', () => {
		const { summary: _, ...rest } = eventInput();
		expect(issuesOf(rest).map((i) => i.path)).toContain('summary');
	});
});

describe('personInEventSchema', () => {
	it('reads a file name as a person with no outcome of their own', () => {
		expect(personInEventSchema.parse('ihar-losik')).toEqual({ id: 'ihar-losik', dateApproximate: false });
	});

	it('reads a person with their own outcome, date and note', () => {
		const person = {
			id: 'mikola-statkevich',
			outcome: 'returned-to-prison',
			date: '2025-09-12',
			dateApproximate: true,
			note: 'Refused to leave.',
		};
		expect(personInEventSchema.parse(person)).toEqual(person);
	});

	it('rejects an unknown field', () => {
		expect(personInEventSchema.safeParse({ id: 'ihar-losik', freed: true }).success).toBe(false);
	});
});

describe('partialDateSchema', () => {
	it.each(['2020', '2024-07', '2024-12', '2025-12-13', '2024-02-29'])('accepts %s', (value) => {
		expect(partialDateSchema.parse(value)).toBe(value);
	});

	it.each([
		['2024-13', 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'],
		['2024-00', 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'],
		['2024-7', 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'],
		['24', 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'],
		['July 2024', 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'],
		['2025-02-30', 'is not a real calendar date'],
	])('rejects %j: %s', (value, message) => {
		const result = partialDateSchema.safeParse(value);
		expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
	});
});

describe('tallySchema', () => {
	it('accepts a tally of an open or a closed period and fills defaults', () => {
		expect(tallyOf()).toMatchObject({ measure: 'pardoned', from: '2020', count: { value: 605, precision: 'exact' } });
		expect(tallyOf({ from: '2025', to: '2025' }).to).toBe('2025');
	});

	it.each([
		['from', { from: '2024-13' }, 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'],
		['to', { to: '2025-1' }, 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD'],
		['measure', { measure: 'released' }, 'must be one of: pardoned, expelled, recognised'],
		['date', { date: '2026-03' }, 'must be a date written YYYY-MM-DD'],
		['by', { by: '' }, 'must not be empty'],
	])('rejects a bad %s', (path, overrides, message) => {
		const result = tallySchema.safeParse({ ...tallyOf(), ...overrides });
		expect(result.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))).toContainEqual({
			path,
			message,
		});
	});
});

describe('isoDateSchema', () => {
	it.each(['2024-02-29', '2020-01-01'])('accepts %s', (value) => {
		expect(isoDateSchema.parse(value)).toBe(value);
	});

	it.each(['2023-02-29', '2025-13-01', '2025-1-5', ''])('rejects %j', (value) => {
		expect(isoDateSchema.safeParse(value).success).toBe(false);
	});
});

describe('personSchema', () => {
	it('accepts verified strings and marked unverified spellings', () => {
		const person = personSchema.parse({
			name: 'Maria Kalesnikava',
			description: 'Musician and opposition politician.',
			variants: {
				latinRussian: ['Maria Kolesnikova'],
				cyrillicRussian: [{ spelling: 'Мария Колесникова', unverified: true }],
			},
		});
		expect(person.variants.latinBelarusian).toEqual([]);
		expect(person.variants.cyrillicRussian).toEqual([{ spelling: 'Мария Колесникова', unverified: true }]);
	});

	it('rejects an unknown kind of variant', () => {
		expect(personSchema.safeParse({ name: 'A', description: 'B', variants: { polish: ['X'] } }).success).toBe(false);
	});
});
