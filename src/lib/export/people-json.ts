import { z } from 'astro/zod';
import { personSchema, slugSchema, type PersonData } from '../content/schema';
import { fileMeta, pageUrl, type ExportContext } from './file-meta';

/** One person as /data/people.json publishes them: the schema's fields between id and page, and their waves. */
export const exportedPersonSchema = z.strictObject({
	id: slugSchema.meta({
		description: 'The identifier of the person: their file name in content/people, as events list it.',
		examples: ['ales-bialiatski'],
	}),
	url: z.url().meta({ description: 'The page of the person on this site.' }),
	...personSchema.shape,
	waves: z.array(slugSchema).meta({
		description: 'The ids of the waves that freed them, oldest first.',
		examples: [['2025-12-13-clemency-123']],
	}),
});
export type ExportedPerson = z.output<typeof exportedPersonSchema>;

/** A person with the waves that freed them, as the content queries return them. */
export interface PersonWithWaves {
	id: string;
	data: PersonData;
	waves: readonly { id: string }[];
}

/** Build /data/people.json: its opening fields, then every person in the given order. */
export function peopleJson(people: readonly PersonWithWaves[], context: ExportContext) {
	return {
		...fileMeta('Notable people freed in release waves in Belarus', context),
		people: people.map(({ id, data, waves }): ExportedPerson => ({
			id,
			url: pageUrl(`/people/${id}/`, context.site),
			...data,
			waves: waves.map((wave) => wave.id),
		})),
	};
}
