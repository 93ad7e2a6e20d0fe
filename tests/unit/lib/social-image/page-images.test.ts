import { describe, expect, it } from 'vitest';
import { personShareWave, waveSocialImage } from '../../../../src/lib/social-image/page-images';
import { personStory } from '../../../../src/lib/content/story';
import { localeOf } from '../../../../src/i18n';
import { waveOf } from '../../../helpers';

const en = localeOf('en');
const be = localeOf('be');
const cite = ['kyiv-independent'];

const spread = waveOf('2024-08-16-releases', {
	title: 'About 1,600 freed over a week',
	endDate: '2024-08-21',
	endDateApproximate: true,
	count: { value: 1600, precision: 'approximate', basis: 'human-rights', cite },
	people: ['ihar-losik'],
});
const announced = waveOf('2025-02-12-pardon', {
	dateMarks: 'announced',
	kind: 'pardon',
	conditions: [{ type: 'stayed-in-belarus', cite }],
	people: [{ id: 'ihar-losik', date: '2025-02-14' }],
});

describe('waveSocialImage()', () => {
	it('words the date and the count as the page does, with the precision, and picks out the wave', () => {
		const image = waveSocialImage(en, spread.id, spread.data);
		expect(image.text.title).toBe('About 1,600 freed over a week');
		expect(image.text.line).toBe('16 August 2024 to about 21 August 2024: about 1,600 people released');
		expect(image.highlight).toEqual([{ id: spread.id, date: '2024-08-16' }]);
		expect(image.alt).toBe(
			'About 1,600 freed over a week, 16 August 2024 to about 21 August 2024: about 1,600 people released. Timeline of release waves, with this wave highlighted.'
		);
	});

	it('says a move to house arrest is not a release', () => {
		const moved = waveOf('2020-10-11-house-arrest', { conditions: [{ type: 'house-arrest', cite }] });
		expect(waveSocialImage(en, moved.id, moved.data).text.line).toBe(
			'11 October 2020: 52 people moved to house arrest (not a release)'
		);
	});

	it('writes every word in the language of the page', () => {
		const image = waveSocialImage(be, spread.id, spread.data);
		expect(image.text.line).toContain(`каля ${be.number(1600)} чалавек вызвалены`);
		expect(image.text.line).toContain('жніўня 2024');
		expect(image.text.footer).toBe(be.t.socialImage.sources);
		expect(image.alt).toContain('Храналогія');
		expect(`${image.text.line} ${image.alt}`).not.toMatch(/people|released|August|Timeline/);
	});
});

describe('personShareWave()', () => {
	it('shares the latest wave that names the person', () => {
		expect(personShareWave(personStory('ihar-losik', [spread, announced]))?.id).toBe(announced.id);
		expect(personShareWave(personStory('ihar-losik', [spread]))?.id).toBe(spread.id);
	});

	it('shares no wave when none names the person', () => {
		expect(personShareWave(personStory('someone-else', [spread, announced]))).toBeUndefined();
	});
});
