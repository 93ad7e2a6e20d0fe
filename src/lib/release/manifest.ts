import { z } from 'astro/zod';
import { isoDateSchema } from '../content/schema';

/** The schema of a data release's description, which its folder keeps as release.json and the index lists. */

const entrySchema = z.strictObject({
	id: z.string().meta({ description: 'The id of the wave or person.' }),
	title: z.string().meta({ description: "The wave's title or the person's name, in this release." }),
});

const partChangesSchema = z.strictObject({
	added: z.array(entrySchema).meta({ description: 'Entries in this release and not in the previous one.' }),
	changed: z
		.array(entrySchema.extend({ fields: z.array(z.string()).meta({ description: 'The fields that changed.' }) }))
		.meta({ description: 'Entries in both releases whose fields differ.' }),
	removed: z.array(entrySchema).meta({ description: 'Entries in the previous release and not in this one.' }),
});

export const releaseChangesSchema = z.strictObject({
	events: partChangesSchema.meta({ description: 'Waves added, changed and removed since the previous release.' }),
	people: partChangesSchema.meta({ description: 'People added, changed and removed since the previous release.' }),
	corrections: z
		.array(z.strictObject({ id: z.string(), date: isoDateSchema, text: z.string() }))
		.meta({ description: 'Corrections made to waves since the previous release, oldest first.' }),
	files: z.array(z.string()).meta({ description: 'The files whose data differ from the previous release.' }),
});
export type ReleaseChanges = z.output<typeof releaseChangesSchema>;

export const releaseFileSchema = z.strictObject({
	name: z.string().meta({ description: 'The file name, e.g. events.json.' }),
	bytes: z.number().int().nonnegative().meta({ description: 'The size of the file in bytes.' }),
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/)
		.meta({ description: 'The SHA-256 of the file, in hex, as SHA256SUMS.txt lists it.' }),
});
export type ReleaseFile = z.output<typeof releaseFileSchema>;

export const releaseSchema = z.strictObject({
	date: isoDateSchema.meta({ description: 'The day of the release, which is also its folder name.' }),
	previous: isoDateSchema.optional().meta({ description: 'The date of the release before this one.' }),
	files: z.array(releaseFileSchema).meta({ description: 'The files of the release, with their sizes and hashes.' }),
	changes: releaseChangesSchema,
});
export type Release = z.output<typeof releaseSchema>;

/** The index of every release, newest first: /data/releases/index.json. */
export const releaseIndexSchema = z.strictObject({
	releases: z.array(releaseSchema).meta({ description: 'Every data release, newest first.' }),
});
export type ReleaseIndex = z.output<typeof releaseIndexSchema>;
