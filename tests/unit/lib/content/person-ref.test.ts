import { describe, expect, it } from 'vitest';
import { personOf, unknownPerson } from '../../../../src/lib/content/person-ref';

describe('unknownPerson()', () => {
	it('accepts an id that names a person, and explains one that does not, with the suggestion', () => {
		const known = new Set(['ihar-losik']);
		expect(unknownPerson('ihar-losik', known)).toBeUndefined();
		expect(unknownPerson('ihar-losyk', known, () => '; did you mean "ihar-losik"?')).toEqual({
			message: 'no person "ihar-losyk" in content/people; did you mean "ihar-losik"?',
			expected: 'the name of a file in content/people without .yaml (add content/people/ihar-losyk.yaml first)',
		});
	});
});

describe('personOf()', () => {
	it('returns the person an id names, and stops the build with the same words when there is none', () => {
		const people = new Map([['ihar-losik', { name: 'Ihar Losik' }]]);
		expect(personOf(people, 'ihar-losik', 'x.mdx')).toEqual({ name: 'Ihar Losik' });
		expect(() => personOf(people, 'nobody', 'content/events/x.mdx: people')).toThrow(
			'content/events/x.mdx: people: no person "nobody" in content/people'
		);
	});
});
