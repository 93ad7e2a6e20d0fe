import { z } from 'astro/zod';
import { isCountryCode } from './countries';
import { CONDITION_TYPES, COUNT_PRECISIONS, DISPUTE_TOPICS, EVENT_KINDS, type EventKind } from './vocabulary';

export { CONDITION_TYPES, COUNT_PRECISIONS, DISPUTE_TOPICS, EVENT_KINDS, type EventKind };

/**
 * The content model: the single source of truth for the Astro collections, `npm run validate`,
 * the JSON/CSV exports, the JSON Schema and the field reference for editors.
 * Every field carries a description and an example; error messages quote both.
 */

/** The first year a wave may be dated in. */
export const MIN_YEAR = 2020;

function isRealIsoDate(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Accept `YYYY-MM-DD` (YAML may already have turned it into a Date at UTC midnight) and
 * return the same `YYYY-MM-DD` string, so output never depends on the reader's time zone.
 */
export const isoDateSchema = z
	.preprocess(
		(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
		z
			.string({ error: 'must be a date written YYYY-MM-DD' })
			.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
			.refine(isRealIsoDate, { error: 'is not a real calendar date' })
	)
	.meta({ description: 'A calendar date, written YYYY-MM-DD.', examples: ['2025-12-13'] });

/** A slug: lower-case letters, digits and single hyphens. */
export const slugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and hyphens' })
	.meta({ description: 'A lower-case identifier made of letters, digits and hyphens.', examples: ['ales-bialiatski'] });

const nonEmptyText = (description: string, example: string, max = 500) =>
	z
		.string({ error: 'must be text' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `must be at most ${max} characters` })
		.meta({ description, examples: [example] });

/** An http(s) link. */
export const urlSchema = z
	.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' })
	.meta({ description: 'A full web address starting with https:// or http://.', examples: ['https://www.hrw.org/news/2025/12/15/more-than-1000-belarusians-remain-in-prison-for-exercising-their-rights'] });

/** A whole number of people, at least 1, and how precise it is. */
export const countSchema = z
	.strictObject({
		value: z
			.number({ error: 'must be a number written with digits, such as 52' })
			.int({ error: 'must be a whole number' })
			.min(1, { error: 'must be at least 1' })
			.meta({ description: 'The number of people, in digits.', examples: [52] }),
		precision: z
			.enum(Object.keys(COUNT_PRECISIONS) as [keyof typeof COUNT_PRECISIONS], {
				error: `must be one of: ${Object.keys(COUNT_PRECISIONS).join(', ')}`,
			})
			.default('exact')
			.meta({ description: 'exact, approximate ("about") or at-least.', examples: ['exact'] }),
	})
	.meta({ description: 'A number of people and how precise it is.', examples: [{ value: 52, precision: 'exact' }] });

/** A published source: who published it, what it was called, when, and where. */
export const sourceSchema = z
	.strictObject({
		publisher: nonEmptyText('The site or organisation that published the page (wire service in "via").', 'Human Rights Watch'),
		via: z.string().trim().min(1).optional().meta({ description: 'The original wire service or author organisation, when the page is a syndicated copy.', examples: ['AP'] }),
		headline: z
			.string()
			.trim()
			.min(1, { error: 'must not be empty (leave the field out when the headline is not shown)' })
			.optional()
			.meta({ description: 'The headline as published. Leave out when the page shows none.', examples: ['More than 1,000 Belarusians Remain in Prison for Exercising Their Rights'] }),
		headlineFromUrl: z.boolean().default(false).meta({ description: 'true when the headline was read from the address rather than the page.', examples: [false] }),
		published: isoDateSchema.optional().meta({ description: 'The publication date, YYYY-MM-DD. Leave out when unknown.', examples: ['2025-12-15'] }),
		publishedInferred: z.boolean().default(false).meta({ description: 'true when the date was inferred from the address or text rather than printed.', examples: [false] }),
		url: urlSchema,
	})
	.meta({ description: 'A published source.' });

const countrySchema = z
	.string()
	.refine(isCountryCode, { error: 'must be a two-letter ISO 3166-1 country code in capitals, such as LT' })
	.meta({ description: 'A two-letter ISO 3166-1 country code.', examples: ['LT'] });

/** Fields of one release wave, from the frontmatter of `content/events/YYYY-MM-DD-slug.mdx`. */
export const eventSchema = z.strictObject({
	title: nonEmptyText('A short headline for the wave.', '123 freed and expelled after talks with the US envoy'),
	date: isoDateSchema.meta({ description: 'The date the wave is dated by (see dateMarks), YYYY-MM-DD.', examples: ['2025-12-13'] }),
	dateMarks: z
		.enum(['announced', 'released'], { error: 'must be announced or released' })
		.meta({ description: 'Whether the date is when the release was announced or when people were released.', examples: ['released'] }),
	endDate: isoDateSchema.optional().meta({ description: 'The last day of releases spread over several days, YYYY-MM-DD.', examples: ['2024-08-21'] }),
	count: countSchema.meta({ description: 'How many people were released, as announced.', examples: [{ value: 123, precision: 'exact' }] }),
	countNote: z.string().trim().min(1).optional().meta({ description: 'One sentence on how the count was reached or what it includes.', examples: ['Official figure; 8 convicted of "extremism" and 7 of drug offences.'] }),
	politicalPrisoners: z
		.strictObject({
			count: countSchema,
			source: sourceSchema,
		})
		.optional()
		.meta({ description: 'How many of those released were recognised political prisoners, with the source of that figure. Leave out when not known.' }),
	kind: z
		.enum(Object.keys(EVENT_KINDS) as [EventKind], { error: `must be one of: ${Object.keys(EVENT_KINDS).join(', ')}` })
		.meta({ description: 'The legal or political form of the release.', examples: ['pardon'] }),
	conditions: z
		.array(
			z.strictObject({
				type: z
					.enum(Object.keys(CONDITION_TYPES) as [keyof typeof CONDITION_TYPES], {
						error: `must be one of: ${Object.keys(CONDITION_TYPES).join(', ')}`,
					})
					.meta({ description: 'What happened to the people released.', examples: ['expelled'] }),
				to: countrySchema.optional().meta({ description: 'The country they were taken to, as an ISO code.', examples: ['LT'] }),
				count: countSchema.optional(),
				note: z.string().trim().min(1).optional().meta({ description: 'One sentence of detail.', examples: ['Taken to the US Embassy in Vilnius.'] }),
			})
		)
		.min(1, { error: 'must list at least one condition (use stayed-in-belarus when nothing else is known)' })
		.meta({ description: 'Conditions of release: where people went, or what they were moved to.' }),
	mediators: z
		.array(z.strictObject({ name: nonEmptyText('Name of the person or body.', 'John Coale'), role: z.string().trim().min(1).optional().meta({ description: 'Their role at the time.', examples: ['US special envoy for Belarus'] }) }))
		.default([])
		.meta({ description: 'People or states that brokered the release.' }),
	foreignNationals: z
		.array(
			z.strictObject({
				country: countrySchema,
				count: countSchema.optional(),
				note: z.string().trim().min(1).optional().meta({ description: 'Who they were, or how sources differ.', examples: ['Polish MFA says 3.'] }),
			})
		)
		.default([])
		.meta({ description: 'Citizens of other countries among those released.' }),
	people: z.array(slugSchema).default([]).meta({ description: 'Notable people released, as file names in content/people without .yaml.', examples: [['ales-bialiatski']] }),
	milestone: z
		.string()
		.trim()
		.min(1, { error: 'must not be empty (leave the field out instead)' })
		.max(60, { error: 'must be at most 60 characters' })
		.optional()
		.meta({ description: 'A few words marking the wave as a turning point; shown as a label on the timeline.', examples: ['First of the 2024–25 pardon waves'] }),
	summary: nonEmptyText(
		'One plain-text sentence for lists, tooltips and feeds, at most 280 characters.',
		'Belarus freed 123 prisoners, among them Ales Bialiatski and Maria Kalesnikava, after talks with the US envoy John Coale.',
		280
	),
	sources: z.array(sourceSchema).min(1, { error: 'must list at least one source' }).meta({ description: 'Published sources for the entry; the first is the main one.' }),
	disputes: z
		.array(
			z.strictObject({
				about: z.enum(DISPUTE_TOPICS, { error: `must be one of: ${DISPUTE_TOPICS.join(', ')}` }).meta({ description: 'Which part of the entry is disputed.', examples: ['foreign-nationals'] }),
				note: nonEmptyText('What the sources say, and which says what.', 'BelTA counts 2 Polish citizens; the Polish foreign ministry counts 3.'),
			})
		)
		.default([])
		.meta({ description: 'Points on which sources disagree.' }),
});

/** A spelling of a name; an object marks spellings not confirmed by a source. */
const spellingSchema = z.union([
	z.string().trim().min(1),
	z.strictObject({ spelling: z.string().trim().min(1), unverified: z.literal(true) }),
]);

/** One notable person, from `content/people/<slug>.yaml`. */
export const personSchema = z.strictObject({
	name: nonEmptyText('The usual English spelling.', 'Ales Bialiatski'),
	description: nonEmptyText('One line on who they are.', 'Human-rights defender, founder of Viasna, Nobel Peace Prize 2022.'),
	variants: z
		.strictObject({
			latinBelarusian: z.array(spellingSchema).default([]).meta({ description: 'Latin spellings based on Belarusian, the usual English one first.', examples: [['Ales Bialiatski', 'Ales Byalyatski']] }),
			latinRussian: z.array(spellingSchema).default([]).meta({ description: 'Latin spellings based on Russian.', examples: [['Ales Belyatsky']] }),
			cyrillicBelarusian: z.array(spellingSchema).default([]).meta({ description: 'The name in Belarusian Cyrillic.', examples: [['Алесь Бяляцкі']] }),
			cyrillicRussian: z.array(spellingSchema).default([]).meta({ description: 'The name in Russian Cyrillic.', examples: [['Алесь Беляцкий']] }),
		})
		.meta({ description: 'Spellings of the name; mark unconfirmed ones as { spelling: ..., unverified: true }.' }),
	sources: z.array(sourceSchema).default([]).meta({ description: 'Sources for the spellings or description.' }),
});

/** One point of the series of recognised political prisoners held. */
export const prisonerCountSchema = z.strictObject({
	date: isoDateSchema,
	dateApproximate: z.boolean().default(false).meta({ description: 'true when the source gives only the month or an approximate date.', examples: [false] }),
	count: countSchema,
	source: sourceSchema,
	note: z.string().trim().min(1).optional().meta({ description: 'What the figure is, or how sources differ.', examples: ['Viasna monthly review.'] }),
});

/** The file `content/prisoner-counts.yaml`: a list of points. */
export const prisonerCountsFileSchema = z.array(prisonerCountSchema).min(1);

export type EventData = z.output<typeof eventSchema>;
export type PersonData = z.output<typeof personSchema>;
export type PrisonerCountData = z.output<typeof prisonerCountSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type CountData = z.output<typeof countSchema>;

