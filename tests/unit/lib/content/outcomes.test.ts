import { describe, expect, it } from 'vitest';
import { isFreedOutcome, isRelease, personOutcome, releasedIn } from '../../../../src/lib/content/outcomes';
import { PERSON_OUTCOMES } from '../../../../src/lib/content/vocabulary';
import { waveOf } from '../../../helpers';

const cite = ['kyiv-independent'];
const count = (value: number) => ({ value, precision: 'exact' as const, basis: 'official' as const, cite });
const entry = (conditions: object[], value = 52, people: unknown[] = []) =>
	waveOf('2025-09-11-x', { count: count(value), conditions: conditions as never, people }).data;

describe('releasedIn() and isRelease()', () => {
	it('counts everyone in an entry without house arrest as released', () => {
		const data = entry([
			{ type: 'expelled', to: 'LT', cite },
			{ type: 'stayed-in-belarus', count: { value: 2 }, cite },
		]);
		expect(releasedIn(data)).toBe(52);
		expect(isRelease(data)).toBe(true);
	});

	it('releases no one in an entry that only moved people to house arrest, with or without a count', () => {
		expect(releasedIn(entry([{ type: 'house-arrest', cite }], 7))).toBe(0);
		expect(releasedIn(entry([{ type: 'house-arrest', count: { value: 3 }, cite }], 7))).toBe(0);
		expect(isRelease(entry([{ type: 'house-arrest', cite }], 7))).toBe(false);
	});

	it('subtracts the people moved to house arrest from a mixed entry', () => {
		const data = entry([
			{ type: 'expelled', cite },
			{ type: 'house-arrest', count: { value: 7 }, cite },
			{ type: 'house-arrest', count: { value: 5 }, cite },
		]);
		expect(releasedIn(data)).toBe(52 - 7 - 5);
		expect(isRelease(data)).toBe(true);
	});

	it('never releases fewer than nobody when the house-arrest counts exceed the count', () => {
		const data = entry([
			{ type: 'stayed-in-belarus', cite },
			{ type: 'house-arrest', count: { value: 60 }, cite },
		]);
		expect(releasedIn(data)).toBe(0);
		expect(isRelease(data)).toBe(false);
	});
});

describe('personOutcome()', () => {
	const person = (p: unknown, conditions: object[]) => {
		const data = entry(conditions, 52, [p]);
		return personOutcome(data, data.people[0]!);
	};

	it("takes the entry's condition when it has one kind of condition", () => {
		expect(person('ihar-losik', [{ type: 'expelled', to: 'LT', cite }])).toBe('expelled');
		expect(
			person('ihar-losik', [
				{ type: 'left-belarus', to: 'LT', cite },
				{ type: 'left-belarus', to: 'PL', cite },
			])
		).toBe('left-belarus');
		expect(person('ihar-losik', [{ type: 'house-arrest', cite }])).toBe('house-arrest');
		expect(person('ihar-losik', [{ type: 'not-reported', cite }])).toBe('not-reported');
	});

	it('says only "freed" when the conditions differ', () => {
		expect(
			person('ihar-losik', [
				{ type: 'expelled', cite },
				{ type: 'stayed-in-belarus', cite },
			])
		).toBe('freed');
	});

	it("lets the person's own outcome win over the entry's conditions", () => {
		expect(person({ id: 'ihar-losik', outcome: 'returned-to-prison' }, [{ type: 'expelled', cite }])).toBe(
			'returned-to-prison'
		);
		expect(
			person({ id: 'ihar-losik', outcome: 'stayed-in-belarus' }, [
				{ type: 'expelled', cite },
				{ type: 'house-arrest', count: { value: 1 }, cite },
			])
		).toBe('stayed-in-belarus');
	});
});

describe('isFreedOutcome()', () => {
	it('treats house arrest and a return to prison as not freed, and every other outcome as freed', () => {
		const notFreed = PERSON_OUTCOMES.filter((o) => !isFreedOutcome(o));
		expect(notFreed.sort()).toEqual(['house-arrest', 'returned-to-prison']);
	});
});
