import type { z } from 'astro/zod';
import type { eventSchema } from '../src/lib/content/schema';

type EventInput = z.input<typeof eventSchema>;

/** A valid event in frontmatter form, with any fields replaced. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
	return {
		title: 'Fifty-two freed and taken to Lithuania',
		date: '2025-09-11',
		dateMarks: 'released',
		count: { value: 52, precision: 'exact' },
		kind: 'negotiated-release',
		conditions: [{ type: 'expelled', to: 'LT' }],
		people: ['ihar-losik'],
		summary: 'Fifty-two prisoners were freed and taken to Lithuania.',
		sources: [
			{
				publisher: 'Kyiv Independent',
				headline: 'Belarus frees 52 prisoners',
				published: '2025-09-11',
				url: 'https://kyivindependent.com/belarus-frees-52-prisoners-after-visit-by-us-envoy/',
			},
		],
		...overrides,
	};
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

/** A minimal valid prisoner-counts file. */
export const COUNTS_YAML =
	'- date: 2025-12-31\n  count: { value: 1131, precision: exact }\n  source:\n    publisher: "Viasna"\n    url: "https://spring96.org/en/news/117138"\n';
