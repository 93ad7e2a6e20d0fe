import { describe, expect, it } from 'vitest';
import { basisLabel, countVerb, periodLabel, storyPhrase } from '../../../../src/lib/content/labels';
import { waveOf } from '../../../helpers';

describe('storyPhrase()', () => {
	it('joins the steps with semicolons, the first capitalised and the rest not', () => {
		expect(
			storyPhrase([
				{ label: 'Pardon announced', date: '2024-08-16', approximate: false },
				{ label: 'Freed', date: '2024-08-21', approximate: true },
			])
		).toBe('Pardon announced 16 August 2024; freed about 21 August 2024');
	});

	it('writes a range of days, and says when a date is not recorded', () => {
		expect(
			storyPhrase([{ label: 'Released home', date: '2024-08-16', endDate: '2024-08-21', approximate: false }])
		).toBe('Released home 16–21 August 2024');
		expect(
			storyPhrase([
				{ label: 'Exchange announced', date: '2024-06-29', approximate: false },
				{ label: 'Handed over', approximate: false },
			])
		).toBe('Exchange announced 29 June 2024; handed over (date not recorded)');
		expect(storyPhrase([])).toBe('');
	});
});

describe('countVerb()', () => {
	it('says a count of people moved to house arrest is not a release', () => {
		expect(countVerb(waveOf('2025-09-11-x').data)).toBe('released');
		const heldAtHome = waveOf('2020-10-11-x', { conditions: [{ type: 'house-arrest', cite: ['kyiv-independent'] }] });
		expect(countVerb(heldAtHome.data)).toBe('moved to house arrest (not a release)');
	});
});

describe('basisLabel()', () => {
	it.each([
		['official', 'the Belarusian authorities'],
		['foreign-government', 'another government'],
		['human-rights', 'human-rights groups'],
		['press', 'press reports'],
	] as const)('names who gives a %s count', (basis, label) => {
		expect(basisLabel(basis)).toBe(label);
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
		expect(periodLabel(period)).toBe(label);
	});
});
