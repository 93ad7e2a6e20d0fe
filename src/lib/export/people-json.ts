import { z } from 'astro/zod';
import {
	PERSON_OUTCOMES,
	personSchema,
	personTranslationSchema,
	slugSchema,
	type PersonData,
	type PersonTranslationData,
} from '../content/schema';
import type { TranslatedLanguage } from '../i18n/languages';
import type { StoryItem } from '../content/story';
import { fileMeta, pageUrl, type ExportContext } from './file-meta';

/** One person as /data/people.json publishes them: the schema's fields between id and page, and their waves. */
export const exportedPersonSchema = z.strictObject({
	id: slugSchema.meta({
		description: 'The identifier of the person: their file name in content/people, as events list it.',
		examples: ['ales-bialiatski'],
	}),
	url: z.url().meta({ description: 'The page of the person on this site.' }),
	...personSchema.shape,
	events: z
		.array(
			z.strictObject({
				id: slugSchema.meta({
					description: 'The id of an entry that names the person.',
					examples: ['2025-12-13-clemency-123'],
				}),
				outcome: z
					.enum(PERSON_OUTCOMES)
					.meta({ description: 'What happened to the person in that entry.', examples: ['expelled'] }),
				date: z
					.string()
					.optional()
					.meta({ description: 'The date of that outcome, YYYY-MM-DD, when recorded.', examples: ['2025-12-13'] }),
				dateApproximate: z.boolean().meta({ description: 'true when the date is approximate.', examples: [false] }),
			})
		)
		.meta({ description: 'Every entry that names the person, in date order, with what happened to them.' }),
	translations: z
		.strictObject({ be: personTranslationSchema.optional(), ru: personTranslationSchema.optional() })
		.meta({
			description:
				'The description in Belarusian (be) and Russian (ru), where translated, with the day each was last checked against the English.',
		}),
});
export type ExportedPerson = z.output<typeof exportedPersonSchema>;

/** A person with their story, as the content queries return them. */
export interface PersonWithStory {
	id: string;
	data: PersonData;
	story: readonly StoryItem[];
}

/** Build /data/people.json: its opening fields, then every person in the given order. */
export function peopleJson(
	people: readonly PersonWithStory[],
	context: ExportContext,
	translationsOf: (id: string) => Partial<Record<TranslatedLanguage, PersonTranslationData>> = () => ({})
) {
	return {
		...fileMeta('Notable people named in release waves in Belarus', context),
		people: people.map(({ id, data, story }): ExportedPerson => ({
			id,
			url: pageUrl(`/people/${id}/`, context.site),
			...data,
			events: story.map(({ wave, outcome, steps }) => {
				const last = steps.at(-1);
				return {
					id: wave.id,
					outcome,
					...(last?.date && { date: last.date }),
					dateApproximate: last?.approximate ?? false,
				};
			}),
			translations: translationsOf(id),
		})),
	};
}
