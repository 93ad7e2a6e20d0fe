import { PRISONER_COUNTS_FILE, SITE_CORRECTIONS_FILE, TALLIES_FILE } from './lib/content/paths';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { parse } from 'yaml';
import {
	eventSchema,
	eventTranslationSchema,
	personSchema,
	prisonerCountSchema,
	siteCorrectionSchema,
	tallySchema,
} from './lib/content/schema';

/**
 * In `astro dev` an entry that does not match its schema when the server starts is kept as written, instead of
 * stopping the server: the content guard shows its problems in place of every page until it is fixed. After the
 * start, Astro keeps the last good version of an entry an edit broke, which the guard hides the same way.
 * A build never gets here with such an entry, because the guard stops it first.
 */
function previewable(loader: Loader): Loader {
	if (!import.meta.env.DEV) return loader;
	return {
		...loader,
		load: async (context) => {
			let starting = true;
			await loader.load({
				...context,
				parseData: async (props) => {
					try {
						return await context.parseData(props);
					} catch (error) {
						if (!starting) throw error;
						return props.data;
					}
				},
			});
			starting = false;
		},
	};
}

/**
 * A YAML list of dated items, each given its position in the file as its id (a list has no ids of its own).
 * Parsed with the validator's YAML reader, so dates stay the strings it checked.
 */
function listFile(path: string, { optional = false } = {}): Loader {
	const loader = previewable(
		file(path, {
			parser: (text) =>
				Object.fromEntries((parse(text) as Record<string, unknown>[]).map((item, index) => [String(index), item])),
		})
	);
	if (!optional) return loader;
	return {
		...loader,
		load: async (context) => {
			if (existsSync(new URL(path, context.config.root))) await loader.load(context);
			else context.store.clear();
		},
	};
}

// Loaders and schemas only; the files were already checked by the content guard integration.
export const collections = {
	events: defineCollection({
		loader: previewable(glob({ base: './content/events', pattern: '**/[^_]*.mdx' })),
		schema: eventSchema,
	}),
	people: defineCollection({
		loader: previewable(glob({ base: './content/people', pattern: '**/[^_]*.{yml,yaml}' })),
		schema: personSchema,
	}),
	// Translated entries, rendered in their language's pages; person translations are plain YAML, read with the rest.
	eventTranslations: defineCollection({
		loader: previewable(glob({ base: './content/translations', pattern: '*/events/[^_]*.mdx' })),
		schema: eventTranslationSchema,
	}),
	prisonerCounts: defineCollection({ loader: listFile(PRISONER_COUNTS_FILE), schema: prisonerCountSchema }),
	tallies: defineCollection({ loader: listFile(TALLIES_FILE), schema: tallySchema }),
	// Optional: a site without corrections to its other pages has no such file.
	siteCorrections: defineCollection({
		loader: listFile(SITE_CORRECTIONS_FILE, { optional: true }),
		schema: siteCorrectionSchema,
	}),
};
