import { describe, expect, it } from 'vitest';
import {
	langAttribute,
	localName,
	textLanguage,
	textState,
	translateEvent,
	translatePerson,
	withTexts,
	type TextState,
} from '../../../../src/lib/content/localize';
import { personSchema } from '../../../../src/lib/content/schema';
import type { LastChanged } from '../../../../src/lib/content/history';
import { waveOf } from '../../../helpers';

const changed = (date: string): LastChanged => ({ date, uncommitted: false });
const NO_HISTORY: LastChanged = { date: undefined, reason: 'no-history' };

describe('textState()', () => {
	it('shows the English itself on English pages, whatever the translations say', () => {
		expect(textState('en', undefined, changed('2026-01-10'))).toEqual({ state: 'original' });
		expect(textState('en', { checked: '2020-01-01' }, changed('2026-01-10'))).toEqual({ state: 'original' });
	});

	it('falls back to the English when there is no translation', () => {
		expect(textState('be', undefined, changed('2026-01-10'))).toEqual({ state: 'missing' });
		expect(textState('ru', undefined, NO_HISTORY)).toEqual({ state: 'missing' });
	});

	it('shows a translation checked on or after the last change of the English', () => {
		expect(textState('be', { checked: '2026-01-10' }, changed('2026-01-10'))).toEqual({
			state: 'translated',
			checked: '2026-01-10',
		});
		expect(textState('ru', { checked: '2026-02-01' }, changed('2026-01-10'))).toEqual({
			state: 'translated',
			checked: '2026-02-01',
		});
	});

	it('calls a translation outdated when the English changed after it was checked', () => {
		expect(textState('be', { checked: '2026-01-09' }, changed('2026-01-10'))).toEqual({
			state: 'outdated',
			checked: '2026-01-09',
		});
		expect(textState('ru', { checked: '2026-01-09' }, { date: '2026-01-10', uncommitted: true })).toEqual({
			state: 'outdated',
			checked: '2026-01-09',
		});
	});

	it('trusts a translation when the English has no known last change', () => {
		expect(textState('be', { checked: '2026-01-09' }, NO_HISTORY)).toEqual({
			state: 'translated',
			checked: '2026-01-09',
		});
		expect(textState('ru', { checked: '2026-01-09' }, { date: undefined, reason: 'not-committed' })).toEqual({
			state: 'translated',
			checked: '2026-01-09',
		});
	});
});

describe('textLanguage() and langAttribute()', () => {
	const states: [TextState, 'be' | 'en', 'en' | undefined][] = [
		[{ state: 'translated', checked: '2026-01-10' }, 'be', undefined],
		[{ state: 'missing' }, 'en', 'en'],
		[{ state: 'outdated', checked: '2026-01-09' }, 'en', 'en'],
	];

	it.each(states)('on a Belarusian page, text that is %j is in %s and needs lang=%s', (state, language, attribute) => {
		expect(textLanguage('be', state)).toBe(language);
		expect(langAttribute('be', state)).toBe(attribute);
	});

	it('needs no lang attribute on an English page', () => {
		expect(textLanguage('en', { state: 'original' })).toBe('en');
		expect(langAttribute('en', { state: 'original' })).toBeUndefined();
	});
});

const DISPUTED = waveOf('2025-09-11-release-52', {
	countNote: 'The official count.',
	conditions: [{ type: 'expelled', to: 'LT', note: 'Taken to the border.', cite: ['kyiv-independent'] }],
	disputes: [
		{
			about: 'count',
			note: 'Sources differ on the count.',
			sides: [
				{ says: 'The authorities say 52.', cite: ['kyiv-independent'] },
				{ says: 'Viasna counts 51.', cite: ['kyiv-independent'] },
			],
		},
	],
}).data;

describe('withTexts()', () => {
	it('replaces the string at each dotted path, top-level and nested in lists', () => {
		const data = withTexts(DISPUTED, {
			countNote: 'Афіцыйная лічба.',
			'conditions.0.note': 'Вывезены да мяжы.',
			'disputes.0.sides.1.says': '«Вясна» налічвае 51.',
		});
		expect(data.countNote).toBe('Афіцыйная лічба.');
		expect(data.conditions[0]?.note).toBe('Вывезены да мяжы.');
		expect(data.disputes[0]?.sides.map((s) => s.says)).toEqual(['The authorities say 52.', '«Вясна» налічвае 51.']);
		expect(data.disputes[0]?.note).toBe('Sources differ on the count.');
		expect(data.title).toBe(DISPUTED.title);
	});

	it('ignores a path that names no string: unknown, out of range, or not text', () => {
		const texts = {
			nothing: 'x',
			'disputes.3.note': 'x',
			'disputes.0.sides.1.says.more': 'x',
			'count.value': 'x',
			conditions: 'x',
		};
		expect(withTexts(DISPUTED, texts)).toEqual(DISPUTED);
		expect(withTexts(DISPUTED, texts)).not.toHaveProperty('nothing');
	});

	it('leaves the data it is given as it was', () => {
		const before = structuredClone(DISPUTED);
		const copy = withTexts(DISPUTED, { 'disputes.0.sides.0.says': 'Улады кажуць 52.', summary: 'Інакш.' });
		expect(DISPUTED).toEqual(before);
		expect(copy).not.toBe(DISPUTED);
		expect(copy.disputes[0]?.sides).not.toBe(DISPUTED.disputes[0]?.sides);
		expect(copy.summary).toBe('Інакш.');
	});
});

describe('translateEvent()', () => {
	it('takes the title, the summary and every translated text from the translation, and the rest from the English', () => {
		const data = translateEvent(DISPUTED, {
			title: '52 вызваленыя і вывезеныя ў Літву',
			summary: 'Пяцьдзясят два вызваленыя.',
			texts: { 'disputes.0.note': 'Крыніцы разыходзяцца ў лічбе.' },
		});
		expect(data).toEqual({
			...DISPUTED,
			title: '52 вызваленыя і вывезеныя ў Літву',
			summary: 'Пяцьдзясят два вызваленыя.',
			disputes: [{ ...DISPUTED.disputes[0], note: 'Крыніцы разыходзяцца ў лічбе.' }],
		});
		expect(DISPUTED.title).toBe('Fifty-two freed and taken to Lithuania');
	});
});

const person = (variants: Record<string, unknown>) =>
	personSchema.parse({ name: 'Ales Bialiatski', description: 'Human-rights defender.', variants });

describe('translatePerson()', () => {
	it('takes the description and the translated texts from the translation, and keeps the name and spellings', () => {
		const english = personSchema.parse({
			name: 'Ales Bialiatski',
			description: 'Human-rights defender.',
			variants: { cyrillicBelarusian: ['Алесь Бяляцкі'] },
			corrections: [{ date: '2026-02-01', text: 'The spelling was confirmed.' }],
		});
		const data = translatePerson(english, {
			description: 'Праваабаронца.',
			texts: { 'corrections.0.text': 'Напісанне пацверджана.' },
		});
		expect(data.description).toBe('Праваабаронца.');
		expect(data.corrections).toEqual([{ date: '2026-02-01', text: 'Напісанне пацверджана.' }]);
		expect(data.variants).toEqual(english.variants);
		expect(english.description).toBe('Human-rights defender.');
		expect(english.corrections[0]?.text).toBe('The spelling was confirmed.');
	});
});

describe('localName()', () => {
	it("uses the first confirmed Cyrillic spelling of the page's language", () => {
		const ales = person({
			latinBelarusian: ['Ales Bialiatski'],
			cyrillicBelarusian: ['Алесь Бяляцкі', 'Алесь Бялацкі'],
			cyrillicRussian: ['Алесь Беляцкий'],
		});
		expect(localName(ales, 'en')).toBe('Ales Bialiatski');
		expect(localName(ales, 'be')).toBe('Алесь Бяляцкі');
		expect(localName(ales, 'ru')).toBe('Алесь Беляцкий');
	});

	it('never uses an unverified spelling, taking the next confirmed one instead', () => {
		const ales = person({
			cyrillicBelarusian: [{ spelling: 'Алесь Бяляцкі', unverified: true }, 'Алесь Бялацкі'],
			cyrillicRussian: [{ spelling: 'Алесь Беляцкий', unverified: true }],
		});
		expect(localName(ales, 'be')).toBe('Алесь Бялацкі');
		expect(localName(ales, 'ru')).toBe('Ales Bialiatski');
	});

	it('falls back to the English name when the language has no spelling, and never borrows the other language', () => {
		const ales = person({ cyrillicRussian: ['Алесь Беляцкий'] });
		expect(localName(ales, 'be')).toBe('Ales Bialiatski');
		expect(localName(person({}), 'ru')).toBe('Ales Bialiatski');
	});
});
