import type { z } from 'astro/zod';
import {
	eventSchema,
	prisonerCountSchema,
	tallySchema,
	type EventData,
	type PrisonerCountData,
	type TallyData,
} from '../src/lib/content/schema';

type EventInput = z.input<typeof eventSchema>;

/** A valid event in frontmatter form, with any fields replaced. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
	return {
		title: 'Fifty-two freed and taken to Lithuania',
		date: '2025-09-11',
		dateMarks: 'released',
		count: { value: 52, precision: 'exact', basis: 'official', cite: ['kyiv-independent'] },
		kind: 'negotiated-release',
		conditions: [{ type: 'expelled', to: 'LT', cite: ['kyiv-independent'] }],
		people: ['ihar-losik'],
		summary: 'Fifty-two prisoners were freed and taken to Lithuania.',
		sources: [
			{
				id: 'kyiv-independent',
				publisher: 'Kyiv Independent',
				headline: 'Belarus frees 52 prisoners',
				published: '2025-09-11',
				url: 'https://kyivindependent.com/belarus-frees-52-prisoners-after-visit-by-us-envoy/',
			},
		],
		...overrides,
	};
}

/** A parsed wave whose date is the date its id starts with, with any fields replaced. */
export function waveOf(id: string, overrides: Partial<EventInput> = {}): { id: string; data: EventData } {
	return { id, data: eventSchema.parse(eventInput({ date: id.slice(0, 10), ...overrides })) };
}

/** A parsed point of the held series. */
export function heldPoint(date: string, value: number): PrisonerCountData {
	return prisonerCountSchema.parse({
		date,
		count: { value },
		source: { publisher: 'Viasna', url: 'https://spring96.org/en/news/117138' },
	});
}

/** A parsed tally, with any fields replaced. */
export function tallyOf(overrides: Partial<z.input<typeof tallySchema>> = {}): TallyData {
	return tallySchema.parse({
		date: '2026-03-05',
		measure: 'pardoned',
		from: '2020',
		count: { value: 605 },
		by: 'Viasna',
		source: { publisher: 'Reform.news', url: 'https://reform.news/en/viasna-605-pardoned' },
		...overrides,
	});
}

/** Write an event as an MDX file's text: YAML frontmatter (JSON is valid YAML) and a body. */
export function eventFile(data: Record<string, unknown>, body = 'Some text.'): string {
	const yaml = Object.entries(data)
		.map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
		.join('\n');
	return `---\n${yaml}\n---\n\n${body}\n`;
}

/** A minimal valid person file. */
export const PERSON_YAML =
	'name: "Ihar Losik"\ndescription: "Blogger and RFE/RL consultant."\nvariants:\n  latinBelarusian: ["Ihar Losik"]\n';

/** A minimal valid tallies file. */
export const TALLIES_YAML =
	'- date: 2026-03-05\n  measure: pardoned\n  from: "2020"\n  count: { value: 605, precision: exact }\n  by: "Viasna"\n  source:\n    publisher: "Reform.news"\n    url: "https://reform.news/en/viasna-605-pardoned-and-nearly-4-500-recognized-as-political-prisoners-since-2020"\n';

/** A minimal valid prisoner-counts file. */
export const COUNTS_YAML =
	'- date: 2025-12-31\n  count: { value: 1131, precision: exact }\n  source:\n    publisher: "Viasna"\n    url: "https://spring96.org/en/news/117138"\n';
