import { describe, expect, it } from 'vitest';
import { personStory } from '../../../../src/lib/content/story';
import { storyPhrase } from '../../../../src/lib/format/labels';
import { localeOf } from '../../../../src/i18n';
import { waveOf } from '../../../helpers';

const en = localeOf('en');

const cite = ['kyiv-independent'];
const MIXED = [
	{ type: 'stayed-in-belarus', cite },
	{ type: 'left-belarus', cite },
] as const;

describe('personStory()', () => {
	it('gives an entry dated by its announcement as "… announced", then the date of what happened to the person', () => {
		const pardon = waveOf('2024-08-16-pardon-30', {
			dateMarks: 'announced',
			kind: 'pardon',
			conditions: [...MIXED],
			people: [{ id: 'ryhor-kostusiou', date: '2024-08-21', dateApproximate: true }],
		});
		const [item, ...rest] = personStory('ryhor-kostusiou', [pardon]);
		expect(rest).toEqual([]);
		expect(item).toEqual({
			wave: pardon,
			outcome: 'freed',
			freed: true,
			steps: [
				{ what: { announced: 'pardon' }, date: '2024-08-16', approximate: false },
				{ what: { outcome: 'freed' }, date: '2024-08-21', approximate: true },
			],
			note: undefined,
		});
		expect(storyPhrase(en, item!.steps)).toBe('Pardon announced 16 August 2024; freed about 21 August 2024');
	});

	it('leaves the outcome undated when an announced entry gives no date for the person', () => {
		const pardon = waveOf('2024-09-04-pardon-30', {
			dateMarks: 'announced',
			kind: 'amnesty-law',
			conditions: [{ type: 'stayed-in-belarus', cite }],
			people: ['ihar-losik'],
		});
		const [item] = personStory('ihar-losik', [pardon]);
		expect(item?.steps).toEqual([
			{ what: { announced: 'amnesty-law' }, date: '2024-09-04', approximate: false },
			{ what: { outcome: 'stayed-in-belarus' }, date: undefined, endDate: undefined, approximate: false },
		]);
		expect(storyPhrase(en, item!.steps)).toBe('Amnesty announced 4 September 2024; released home (date not recorded)');
	});

	it("gives an entry dated by the releases as the outcome with the entry's date or range", () => {
		const release = waveOf('2024-08-16-releases', {
			dateMarks: 'released',
			endDate: '2024-08-21',
			conditions: [{ type: 'expelled', to: 'LT', cite }],
			people: ['ihar-losik'],
		});
		const [item] = personStory('ihar-losik', [release]);
		expect(item).toMatchObject({ outcome: 'expelled', freed: true });
		expect(item?.steps).toEqual([
			{ what: { outcome: 'expelled' }, date: '2024-08-16', endDate: '2024-08-21', approximate: false },
		]);
		expect(storyPhrase(en, item!.steps)).toBe('Freed and expelled 16–21 August 2024');
	});

	it("uses the person's own date on a released entry", () => {
		const release = waveOf('2025-09-11-release-52', { people: [{ id: 'ihar-losik', date: '2025-09-12' }] });
		expect(storyPhrase(en, personStory('ihar-losik', [release])[0]!.steps)).toBe(
			'Freed and expelled 12 September 2025'
		);
	});

	it('records a return to prison as not freed, with its note', () => {
		const release = waveOf('2025-09-11-release-52', {
			people: [{ id: 'mikola-statkevich', outcome: 'returned-to-prison', note: 'Refused to cross the border.' }],
		});
		const [item] = personStory('mikola-statkevich', [release]);
		expect(item).toMatchObject({ outcome: 'returned-to-prison', freed: false, note: 'Refused to cross the border.' });
		expect(storyPhrase(en, item!.steps)).toBe('Returned to prison 11 September 2025');
	});

	it('lists a person named in two entries in date order: returned to prison, then released home', () => {
		const september = waveOf('2025-09-11-release-52', {
			people: ['ihar-losik', { id: 'mikola-statkevich', outcome: 'returned-to-prison' }],
		});
		const february = waveOf('2026-02-12-release', {
			conditions: [{ type: 'stayed-in-belarus', cite }],
			people: ['mikola-statkevich'],
		});
		const story = personStory('mikola-statkevich', [february, september]);
		expect(story.map((item) => [item.wave.id, item.outcome, item.freed, storyPhrase(en, item.steps)])).toEqual([
			['2025-09-11-release-52', 'returned-to-prison', false, 'Returned to prison 11 September 2025'],
			['2026-02-12-release', 'stayed-in-belarus', true, 'Released home 12 February 2026'],
		]);
	});

	it('orders by the date of what happened to the person, not the date of the entry', () => {
		const announced = waveOf('2024-08-16-pardon-30', {
			dateMarks: 'announced',
			people: [{ id: 'ihar-losik', date: '2024-09-20' }],
		});
		const released = waveOf('2024-09-04-release', { people: ['ihar-losik'] });
		expect(personStory('ihar-losik', [announced, released]).map((item) => item.wave.id)).toEqual([
			'2024-09-04-release',
			'2024-08-16-pardon-30',
		]);
	});

	it('returns nothing for a person no entry names', () => {
		expect(personStory('nobody', [waveOf('2025-09-11-release-52')])).toEqual([]);
	});
});
