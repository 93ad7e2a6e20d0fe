import { describe, expect, it } from 'vitest';
import { countryChoices, enumChoices, suggestValue } from '../../../../src/lib/validate/suggest';
import { CONDITION_TYPES, EVENT_KINDS, PERSON_OUTCOMES } from '../../../../src/lib/content/vocabulary';

describe('suggestValue()', () => {
	it.each([
		['Negotiated release', EVENT_KINDS, 'negotiated-release'],
		['NEGOTIATED_RELEASE', EVENT_KINDS, 'negotiated-release'],
		['Amnesty law', EVENT_KINDS, 'amnesty-law'],
		['pardn', EVENT_KINDS, 'pardon'],
		['amnesty', EVENT_KINDS, 'amnesty-law'],
		['Expelled from Belarus', CONDITION_TYPES, 'expelled'],
		['house arrest', CONDITION_TYPES, 'house-arrest'],
		['Moved to house arrest', CONDITION_TYPES, 'house-arrest'],
		['Returned to prison', PERSON_OUTCOMES, 'returned-to-prison'],
		['Freed', PERSON_OUTCOMES, 'freed'],
	])('reads %j as %j', (found, values, value) => {
		expect(suggestValue(found, enumChoices(values))).toBe(value);
	});

	it.each(['Lithuania', 'lithuania', 'LITHUANIA', 'lt', 'Літва', 'Литва', 'Lietuva', 'Lithuana'])(
		'reads the country %j as LT',
		(found) => {
			expect(suggestValue(found, countryChoices())).toBe('LT');
		}
	);

	it.each([
		['USA', 'US'],
		['UK', 'GB'],
		['United States', 'US'],
		['Poland', 'PL'],
		['Польша', 'PL'],
		['Great Britain', 'GB'],
	])('reads the country %j as %j', (found, code) => {
		expect(suggestValue(found, countryChoices())).toBe(code);
	});

	it('suggests nothing rather than guess between two or from nothing alike', () => {
		expect(suggestValue('XQ', countryChoices())).toBeUndefined();
		expect(suggestValue('Atlantis', countryChoices())).toBeUndefined();
		expect(suggestValue('something else entirely', enumChoices(EVENT_KINDS))).toBeUndefined();
		expect(suggestValue('', enumChoices(EVENT_KINDS))).toBeUndefined();
		// One edit from both "ab" and "ac": no single value is meant.
		expect(suggestValue('abcd', [{ value: 'abce' }, { value: 'abcf' }])).toBeUndefined();
	});
});
