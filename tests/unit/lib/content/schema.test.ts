import { describe, expect, it } from 'vitest';
import { eventSchema, isoDateSchema, personSchema } from '../../../../src/lib/content/schema';
import { eventInput } from '../../../helpers';

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
		['count.value', { count: { value: 'fifty', precision: 'exact' } }, 'must be a number written with digits, such as 52'],
		['count.precision', { count: { value: 5, precision: 'roughly' } }, 'must be one of: exact, approximate, at-least'],
		['kind', { kind: 'release' }, 'must be one of: pardon, amnesty-law, negotiated-release, exchange, other'],
		['date', { date: '2025-02-30' }, 'is not a real calendar date'],
		['date', { date: '13/12/2025' }, 'must be a date written YYYY-MM-DD'],
		['title', { title: '   ' }, 'must not be empty'],
		['summary', { summary: 'x'.repeat(281) }, 'must be at most 280 characters'],
		['sources', { sources: [] }, 'must list at least one source'],
		['sources.0.url', { sources: [{ publisher: 'P', url: 'javascript:alert(1)' }] }, 'must be a full http:// or https:// address'],
		['sources.0.url', { sources: [{ publisher: 'P', url: 'ftp://example.org/a' }] }, 'must be a full http:// or https:// address'],
		['conditions.0.to', { conditions: [{ type: 'expelled', to: 'XX' }] }, 'must be a two-letter ISO 3166-1 country code in capitals, such as LT'],
		['foreignNationals.0.country', { foreignNationals: [{ country: 'lt' }] }, 'must be a two-letter ISO 3166-1 country code in capitals, such as LT'],
		['people.0', { people: ['Ales Bialiatski'] }, 'must be lower-case letters, digits and hyphens'],
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
			variants: { latinRussian: ['Maria Kolesnikova'], cyrillicRussian: [{ spelling: 'Мария Колесникова', unverified: true }] },
		});
		expect(person.variants.latinBelarusian).toEqual([]);
		expect(person.variants.cyrillicRussian).toEqual([{ spelling: 'Мария Колесникова', unverified: true }]);
	});

	it('rejects an unknown kind of variant', () => {
		expect(personSchema.safeParse({ name: 'A', description: 'B', variants: { polish: ['X'] } }).success).toBe(false);
	});
});
