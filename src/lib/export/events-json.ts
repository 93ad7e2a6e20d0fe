import { z } from 'astro/zod';
import { eventSchema, eventTranslationSchema, slugSchema, type EventTranslationData } from '../content/schema';
import type { TranslatedLanguage } from '../i18n/languages';
import type { Wave } from '../content/relations';
import { fileMeta, fileMetaShape, pageUrl, type ExportContext } from './file-meta';
import { personOf } from '../content/person-ref';
import { EVENTS_DIR } from '../content/paths';

/** One wave as the data files publish it: the schema's fields between its id and page, and the people's names. */
export const exportedEventSchema = z.strictObject({
	id: slugSchema.meta({
		description: 'The identifier of the wave: its file name in content/events, kept once published.',
		examples: ['2025-12-13-clemency-123'],
	}),
	url: z.url().meta({ description: 'The page of the wave on this site.' }),
	...eventSchema.shape,
	peopleNames: z
		.array(z.string())
		.meta({ description: 'The names of the people in "people", in the same order.', examples: [['Ales Bialiatski']] }),
	translations: z.strictObject({ be: eventTranslationSchema.optional(), ru: eventTranslationSchema.optional() }).meta({
		description:
			'The entry in Belarusian (be) and Russian (ru), where translated: title, summary, the other text fields by path, and the day each was last checked against the English.',
	}),
});
export type ExportedEvent = z.output<typeof exportedEventSchema>;

/** The file /data/events.json: its opening fields, then every wave, oldest first. */
export const eventsFileSchema = z.strictObject({
	$schema: z.url().meta({ description: 'The JSON Schema of this file.' }),
	...fileMetaShape,
	events: z.array(exportedEventSchema).meta({ description: 'Every release wave, oldest first.' }),
});
export type EventsFile = z.output<typeof eventsFileSchema>;

/** Map person ids to names, for `toExportedEvent()`. */
export function namesById(people: readonly { id: string; data: { name: string } }[]): Map<string, string> {
	return new Map(people.map((person) => [person.id, person.data.name]));
}

/** Look up an entry's translations by language. */
export type TranslationsOf = (id: string) => Partial<Record<TranslatedLanguage, EventTranslationData>>;

/** Turn a wave into its published form; throws on a person id with no name, as the build must not publish a gap. */
export function toExportedEvent(
	{ id, data }: Wave,
	names: ReadonlyMap<string, string>,
	site: URL | string,
	translationsOf: TranslationsOf = () => ({})
): ExportedEvent {
	const peopleNames = data.people.map((person) => personOf(names, person.id, `${EVENTS_DIR}${id}.mdx: people`));
	return { id, url: pageUrl(`/events/${id}/`, site), ...data, peopleNames, translations: translationsOf(id) };
}

/** Build /data/events.json from waves sorted oldest first and a map of person ids to names. */
export function eventsJson(
	waves: readonly Wave[],
	names: ReadonlyMap<string, string>,
	context: ExportContext,
	translationsOf?: TranslationsOf
): EventsFile {
	return {
		$schema: pageUrl('/data/events.schema.json', context.site),
		...fileMeta('Political-prisoner release waves in Belarus', context),
		events: waves.map((wave) => toExportedEvent(wave, names, context.site, translationsOf)),
	};
}
