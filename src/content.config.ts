import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { eventSchema, personSchema } from './lib/content/schema';

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
};
