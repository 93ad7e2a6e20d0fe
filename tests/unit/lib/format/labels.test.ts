import { describe, expect, it } from 'vitest';
import {
	conditionLabel,
	countLine,
	countVerb,
	formatCount,
	periodLabel,
	stepLabel,
	storyPhrase,
} from '../../../../src/lib/format/labels';
import { localeOf } from '../../../../src/i18n';
import { fill } from '../../../../src/lib/i18n/locale';
import { waveOf } from '../../../helpers';

const en = localeOf('en');
const be = localeOf('be');
const ru = localeOf('ru');

describe('storyPhrase()', () => {
	it('joins the steps with semicolons, the first capitalised and the rest not', () => {
		expect(
			storyPhrase(en, [
				{ what: { announced: 'pardon' }, date: '2024-08-16', approximate: false },
				{ what: { outcome: 'freed' }, date: '2024-08-21', approximate: true },
			])
		).toBe('Pardon announced 16 August 2024; freed about 21 August 2024');
	});

	it('writes a range of days, and says when a date is not recorded', () => {
		expect(
			storyPhrase(en, [
				{ what: { outcome: 'stayed-in-belarus' }, date: '2024-08-16', endDate: '2024-08-21', approximate: false },
			])
		).toBe('Released home 16–21 August 2024');
		expect(
			storyPhrase(en, [
				{ what: { announced: 'exchange' }, date: '2024-06-29', approximate: false },
				{ what: { outcome: 'handed-over' }, approximate: false },
			])
		).toBe('Exchange announced 29 June 2024; handed over (date not recorded)');
		expect(storyPhrase(en, [])).toBe('');
	});

	it('writes a roughly known last day as "to about"', () => {
		expect(
			storyPhrase(en, [
				{
					what: { outcome: 'freed' },
					date: '2024-08-16',
					endDate: '2024-08-21',
					endApproximate: true,
					approximate: false,
				},
			])
		).toBe('Freed 16 August 2024 to about 21 August 2024');
	});

	it('words the steps in the language of the page', () => {
		const steps = [
			{ what: { announced: 'pardon' }, date: '2024-08-16', approximate: false },
			{ what: { outcome: 'freed' }, date: '2024-08-21', approximate: true },
			{ what: { outcome: 'handed-over' }, approximate: false },
		] as const;
		for (const loc of [be, ru]) {
			const { announced, dates, outcomes } = loc.t;
			const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
			const [aug16, aug21] = [loc.date('2024-08-16'), loc.date('2024-08-21')];
			expect(storyPhrase(loc, steps)).toBe(
				[
					`${announced.pardon} ${aug16}`,
					`${lower(outcomes.freed)} ${fill(dates.about, { date: aug21 })}`,
					fill(dates.notRecorded, { label: lower(outcomes['handed-over']) }),
				].join('; ')
			);
		}
		expect(be.date('2024-08-16')).toBe('16 жніўня 2024 г.');
		expect(ru.date('2024-08-21')).toBe('21 августа 2024 г.');
	});
});

describe('stepLabel()', () => {
	it('words an announcement by the kind of the entry, and an outcome by the outcome', () => {
		expect(stepLabel(en, { what: { announced: 'amnesty-law' }, approximate: false })).toBe('Amnesty announced');
		expect(stepLabel(en, { what: { outcome: 'returned-to-prison' }, approximate: false })).toBe('Returned to prison');
		expect(stepLabel(be, { what: { outcome: 'returned-to-prison' }, approximate: false })).toBe(
			be.t.outcomes['returned-to-prison']
		);
		expect(stepLabel(ru, { what: { announced: 'exchange' }, approximate: false })).toBe(ru.t.announced.exchange);
	});
});

describe('formatCount()', () => {
	it('writes counts with their precision', () => {
		expect(formatCount(en, { value: 1600, precision: 'approximate' })).toBe('about 1,600');
		expect(formatCount(en, { value: 18, precision: 'at-least' })).toBe('at least 18');
		expect(formatCount(en, { value: 123, precision: 'exact' })).toBe('123');
	});

	it('writes them in the language of the page, with its grouping', () => {
		expect(formatCount(be, { value: 1600, precision: 'approximate' })).toBe(
			fill(be.t.precisions.approximate, { n: '1\u00a0600' })
		);
		expect(formatCount(ru, { value: 18, precision: 'at-least' })).toBe(fill(ru.t.precisions['at-least'], { n: '18' }));
		expect(formatCount(ru, { value: 1131, precision: 'exact' })).toBe('1\u00a0131');
	});
});

describe('countVerb()', () => {
	it('says a count of people moved to house arrest is not a release', () => {
		expect(countVerb(en, waveOf('2025-09-11-x').data)).toBe('released');
		const heldAtHome = waveOf('2020-10-11-x', { conditions: [{ type: 'house-arrest', cite: ['kyiv-independent'] }] });
		expect(countVerb(en, heldAtHome.data)).toBe('moved to house arrest (not a release)');
		expect(countVerb(be, heldAtHome.data)).toBe(be.t.counts.houseArrest);
		expect(countVerb(ru, waveOf('2025-09-11-x').data)).toBe(ru.t.counts.released);
	});
});

describe('who gives a count (t.bases)', () => {
	it.each([
		['official', 'the Belarusian authorities'],
		['foreign-government', 'another government'],
		['human-rights', 'human-rights groups'],
		['press', 'press reports'],
	] as const)('names who gives a %s count', (basis, label) => {
		expect(en.t.bases[basis]).toBe(label);
	});
});

describe('periodLabel()', () => {
	it.each([
		[{ from: '2024-07' }, 'since July 2024'],
		[{ from: '2020' }, 'since 2020'],
		[{ from: '2024-07-01' }, 'since 1 July 2024'],
		[{ from: '2025', to: '2025' }, 'in 2025'],
		[{ from: '2025-03', to: '2025-03' }, 'in March 2025'],
		[{ from: '2024-07', to: '2025-12' }, 'from July 2024 to December 2025'],
		[{ from: '2020', to: '2024-06-30' }, 'from 2020 to 30 June 2024'],
	])('describes %j as %j', (period, label) => {
		expect(periodLabel(en, period)).toBe(label);
	});

	it('describes periods in Belarusian and Russian', () => {
		expect(periodLabel(be, { from: '2024-07' })).toBe(fill(be.t.dates.since, { date: 'ліпень 2024' }));
		expect(periodLabel(be, { from: '2025', to: '2025' })).toBe(fill(be.t.dates.in, { date: '2025' }));
		expect(periodLabel(ru, { from: '2024-07', to: '2025-12' })).toBe(
			fill(ru.t.dates.fromTo, { from: 'июль 2024 г.', to: 'декабрь 2025 г.' })
		);
		expect(periodLabel(ru, { from: '2020', to: '2024-06-30' })).toBe(
			fill(ru.t.dates.fromTo, { from: '2020', to: '30 июня 2024 г.' })
		);
	});
});

describe('conditionLabel() and countLine()', () => {
	it('name a condition with its country in the language, and a count as the entry page states it', () => {
		expect(conditionLabel(en, { type: 'expelled', to: 'LT' })).toBe('Expelled from Belarus to Lithuania');
		expect(conditionLabel(ru, { type: 'stayed-in-belarus' })).toBe(ru.t.conditions['stayed-in-belarus']);
		expect(conditionLabel(be, { type: 'expelled', to: 'LT' })).toContain('Літв');
		const { data } = waveOf('2025-09-11-x', {
			count: { value: 1600, precision: 'approximate', basis: 'official', cite: ['kyiv-independent'] },
		});
		expect(countLine(en, data)).toBe('about 1,600 people released');
	});
});
