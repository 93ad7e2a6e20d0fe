import { describe, expect, it } from 'vitest';
import { eventSchema, personSchema } from '../../../../src/lib/content/schema';
import { personStory } from '../../../../src/lib/content/story';
import { exportedPersonSchema, peopleJson } from '../../../../src/lib/export/people-json';
import { eventInput } from '../../../helpers';

const data = personSchema.parse({
	name: 'Ihar Losik',
	description: 'Blogger and RFE/RL consultant.',
	variants: { latinBelarusian: ['Ihar Losik'], cyrillicRussian: [{ spelling: 'Игорь Лосик', unverified: true }] },
});
const wave = (id: string, overrides = {}) => ({
	id,
	data: eventSchema.parse(eventInput({ date: id.slice(0, 10), ...overrides })),
});
const waves = [
	wave('2024-08-16-pardon-30', {
		dateMarks: 'announced',
		kind: 'pardon',
		conditions: [{ type: 'stayed-in-belarus', cite: ['kyiv-independent'] }],
		people: [{ id: 'ihar-losik', date: '2024-08-21', dateApproximate: true }],
	}),
	wave('2025-09-11-release-52'),
];

describe('peopleJson()', () => {
	const file = peopleJson([{ id: 'ihar-losik', data, story: personStory('ihar-losik', waves) }], {
		site: 'https://example.org',
		generated: '2026-01-31',
	});

	it('carries the translations of each person', () => {
		const be = { checked: '2026-12-02', description: 'Блогер.', texts: {} };
		const translated = peopleJson(
			[{ id: 'ihar-losik', data, story: [] }],
			{ site: 'https://example.org', generated: '2026-01-31' },
			(id) => (id === 'ihar-losik' ? { be } : {})
		);
		expect(translated.people[0]?.translations).toEqual({ be });
	});

	it('opens with the licence, source and build date', () => {
		expect(file).toMatchObject({
			licence: 'https://creativecommons.org/licenses/by/4.0/',
			source: 'https://example.org/',
			generated: '2026-01-31',
		});
	});

	it('gives each person an id, a page address, every schema field and the entries that name them', () => {
		expect(file.people).toEqual([
			{
				id: 'ihar-losik',
				url: 'https://example.org/people/ihar-losik/',
				...data,
				events: [
					{ id: '2024-08-16-pardon-30', outcome: 'stayed-in-belarus', date: '2024-08-21', dateApproximate: true },
					{ id: '2025-09-11-release-52', outcome: 'expelled', date: '2025-09-11', dateApproximate: false },
				],
				translations: {},
			},
		]);
		expect(file.people[0]!.variants.cyrillicRussian).toEqual([{ spelling: 'Игорь Лосик', unverified: true }]);
		expect(exportedPersonSchema.parse(JSON.parse(JSON.stringify(file.people[0])))).toEqual(file.people[0]);
	});

	it('leaves the date out when the entry records none for the person', () => {
		const announced = [
			wave('2024-09-04-pardon-30', {
				dateMarks: 'announced',
				people: [{ id: 'ihar-losik', outcome: 'returned-to-prison' }],
			}),
		];
		const [person] = peopleJson([{ id: 'ihar-losik', data, story: personStory('ihar-losik', announced) }], {
			site: 'https://example.org',
			generated: '2026-01-31',
		}).people;
		expect(person?.events).toEqual([
			{ id: '2024-09-04-pardon-30', outcome: 'returned-to-prison', dateApproximate: false },
		]);
		expect(exportedPersonSchema.parse(JSON.parse(JSON.stringify(person)))).toEqual(person);
	});
});
