import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema, eventTranslationSchema, personSchema } from './lib/content/schema';

// Loaders and schemas only; the files were already checked by the content guard integration.
export const collections = {
	events: defineCollection({
		loader: glob({ base: './content/events', pattern: '**/[^_]*.mdx' }),
		schema: eventSchema,
	}),
	people: defineCollection({
		loader: glob({ base: './content/people', pattern: '**/[^_]*.{yml,yaml}' }),
		schema: personSchema,
	}),
	// Translated entries, rendered in their language's pages; person translations are plain YAML, read with the rest.
	eventTranslations: defineCollection({
		loader: glob({ base: './content/translations', pattern: '*/events/[^_]*.mdx' }),
		schema: eventTranslationSchema,
	}),
};
