import { describe, expect, it } from 'vitest';
import { personSchema } from '../../../../src/lib/content/schema';
import { exportedPersonSchema, peopleJson } from '../../../../src/lib/export/people-json';

const data = personSchema.parse({
	name: 'Ihar Losik',
	description: 'Blogger and RFE/RL consultant.',
	variants: { latinBelarusian: ['Ihar Losik'], cyrillicRussian: [{ spelling: 'Игорь Лосик', unverified: true }] },
});

describe('peopleJson()', () => {
	const file = peopleJson([{ id: 'ihar-losik', data, waves: [{ id: '2025-09-11-release-52' }] }], {
		site: 'https://example.org',
		generated: '2026-01-31',
	});

	it('opens with the licence, source and build date', () => {
		expect(file).toMatchObject({
			licence: 'https://creativecommons.org/licenses/by/4.0/',
			source: 'https://example.org/',
			generated: '2026-01-31',
		});
	});

	it('gives each person an id, a page address, every schema field and the ids of the waves that freed them', () => {
		expect(file.people).toEqual([
			{ id: 'ihar-losik', url: 'https://example.org/people/ihar-losik/', ...data, waves: ['2025-09-11-release-52'] },
		]);
		expect(file.people[0]!.variants.cyrillicRussian).toEqual([{ spelling: 'Игорь Лосик', unverified: true }]);
		expect(exportedPersonSchema.parse(JSON.parse(JSON.stringify(file.people[0])))).toEqual(file.people[0]);
	});
});
