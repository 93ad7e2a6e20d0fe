import { z } from 'astro/zod';
import { isCountryCode } from './countries';
import { archiveProblem } from './archives';
import {
	CONDITION_TYPES,
	COUNT_BASES,
	COUNT_PRECISIONS,
	DISPUTE_TOPICS,
	EVENT_KINDS,
	PERSON_OUTCOMES,
	TALLY_MEASURES,
	type EventKind,
} from './vocabulary';

export {
	CONDITION_TYPES,
	COUNT_BASES,
	COUNT_PRECISIONS,
	DISPUTE_TOPICS,
	EVENT_KINDS,
	PERSON_OUTCOMES,
	TALLY_MEASURES,
	type EventKind,
};

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

/** The rule for every file name and id: lower-case letters and digits, words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug: lower-case letters, digits and single hyphens. */
export const slugSchema = z
	.string()
	.regex(SLUG_PATTERN, { error: 'must be lower-case letters, digits and hyphens' })
	.meta({ description: 'A lower-case identifier made of letters, digits and hyphens.', examples: ['ales-bialiatski'] });

const nonEmptyText = (description: string, example: string, max = 500) =>
	z
		.string({ error: 'must be text' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `must be at most ${max} characters` })
		.meta({ description, examples: [example] });

/** A name, which the spreadsheet downloads list with `; ` between names, so it cannot hold a semicolon. */
const nameText = (description: string, example: string) =>
	z
		.string({ error: 'must be text' })
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(200, { error: 'must be at most 200 characters' })
		.refine((name) => !name.includes(';'), { error: 'must not contain ";" (give each name as its own entry)' })
		.meta({ description, examples: [example] });

/** An http(s) link. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'must be a full http:// or https:// address' }).meta({
	description: 'A full web address starting with https:// or http://.',
	examples: [
		'https://www.hrw.org/news/2025/12/15/more-than-1000-belarusians-remain-in-prison-for-exercising-their-rights',
	],
});

/** A whole number of people, at least 1, and how precise it is. */
export const countSchema = z
	.strictObject({
		value: z
			.number({ error: 'must be a number written with digits, such as 52' })
			.int({ error: 'must be a whole number' })
			.min(1, { error: 'must be at least 1' })
			.meta({ description: 'The number of people, in digits.', examples: [52] }),
		precision: z
			.enum(COUNT_PRECISIONS, {
				error: `must be one of: ${COUNT_PRECISIONS.join(', ')}`,
			})
			.default('exact')
			.meta({ description: 'exact, approximate ("about") or at-least.', examples: ['exact'] }),
	})
	.meta({ description: 'A number of people and how precise it is.', examples: [{ value: 52, precision: 'exact' }] });

/** A published source: who published it, what it was called, when, and where. */
export const sourceSchema = z
	.strictObject({
		publisher: nonEmptyText(
			'The site or organisation that published the page (wire service in "via").',
			'Human Rights Watch'
		),
		via: z
			.string()
			.trim()
			.min(1)
			.optional()
			.meta({
				description: 'The original wire service or author organisation, when the page is a syndicated copy.',
				examples: ['AP'],
			}),
		headline: z
			.string()
			.trim()
			.min(1, { error: 'must not be empty (leave the field out when the headline is not shown)' })
			.optional()
			.meta({
				description: 'The headline as published. Leave out when the page shows none.',
				examples: ['More than 1,000 Belarusians Remain in Prison for Exercising Their Rights'],
			}),
		headlineFromUrl: z
			.boolean()
			.default(false)
			.meta({
				description: 'true when the headline was read from the address rather than the page.',
				examples: [false],
			}),
		published: isoDateSchema
			.optional()
			.meta({ description: 'The publication date, YYYY-MM-DD. Leave out when unknown.', examples: ['2025-12-15'] }),
		publishedInferred: z
			.boolean()
			.default(false)
			.meta({
				description: 'true when the date was inferred from the address or text rather than printed.',
				examples: [false],
			}),
		url: urlSchema,
		archived: z
			.string()
			.optional()
			.meta({
				description:
					'The address of an archived copy of the page, on the Wayback Machine or archive.today, in case the page changes or disappears.',
				examples: ['https://web.archive.org/web/20251215000000/https://www.hrw.org/news/2025/12/15/belarus'],
			}),
	})
	.superRefine((source, ctx) => {
		const problem = source.archived === undefined ? undefined : archiveProblem(source.archived, source.url);
		if (problem) ctx.addIssue({ code: 'custom', path: ['archived'], message: problem, input: source.archived });
	})
	.meta({ description: 'A published source.' });

const enumOf = <const K extends readonly [string, ...string[]]>(vocabulary: K) =>
	z.enum(vocabulary, { error: `must be one of: ${vocabulary.join(', ')}` });

/** The id an entry gives one of its sources, so figures and text can cite it. */
export const sourceIdSchema = slugSchema.meta({
	description: 'A short name for the source, unique within the entry, by which figures and the text cite it.',
	examples: ['kyiv-independent'],
});

/** A source listed by an event, with the id its figures cite it by. */
export const eventSourceSchema = sourceSchema
	.extend({ id: sourceIdSchema })
	.meta({ description: 'A published source, with the id it is cited by.' });

/** The sources that give a figure: ids of sources the entry lists. */
export const citeSchema = z
	.array(sourceIdSchema)
	.min(1, { error: 'must name at least one source: the id of a source listed under sources' })
	.meta({
		description: 'The ids of the listed sources that give this figure or claim.',
		examples: [['kyiv-independent']],
	});

/** A count with the sources that give it. */
export const citedCountSchema = countSchema.extend({ cite: citeSchema }).meta({
	description: 'A number of people, how precise it is, and the sources that give it.',
	examples: [{ value: 40, precision: 'exact', cite: ['article-19'] }],
});

/** A date written as a year, a month or a day: `2020`, `2024-07`, `2025-12-13`. */
export const partialDateSchema = z
	.string({ error: 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD' })
	.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/, {
		error: 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD',
	})
	.refine((value) => value.length < 10 || isRealIsoDate(value), { error: 'is not a real calendar date' })
	.meta({ description: 'A year, month or day: YYYY, YYYY-MM or YYYY-MM-DD.', examples: ['2024-07'] });

/** A dated fix of a wrong number, name, date or attribution, kept on the entry and listed on /corrections/. */
export const correctionSchema = z
	.strictObject({
		date: isoDateSchema.meta({ description: 'The day the fix was made, YYYY-MM-DD.', examples: ['2026-12-02'] }),
		text: nonEmptyText(
			'One sentence: what was wrong and what it says now.',
			'The count of Polish citizens was given as exact; sources give 2 or 3.',
			400
		),
	})
	.meta({ description: 'A substantive fix (a wrong number, name, date or attribution), dated.' });

/** A correction to a page that is not an entry, such as the home page's headline figures. */
export const siteCorrectionSchema = correctionSchema.extend({
	title: nonEmptyText('The name of the page or figure that was corrected.', 'Headline figures'),
	page: z
		.string()
		.regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, {
			error: 'must be a path on this site, such as / or /about/#headline-figures',
		})
		.meta({ description: 'The path of the corrected page on this site.', examples: ['/about/#headline-figures'] }),
});

/** The file `content/site-corrections.yaml`: corrections to pages that are not entries. */
export const siteCorrectionsFileSchema = z.array(siteCorrectionSchema);

const correctionsSchema = z
	.array(correctionSchema)
	.default([])
	.meta({ description: 'Substantive fixes made to this entry, oldest first; each is listed on /corrections/.' });

const countrySchema = z
	.string()
	.refine(isCountryCode, {
		error: 'must be a two-letter ISO 3166-1 country code in capitals, such as LT',
		// Tells the problem report to suggest the code of a country written by name ("Lithuania" → LT).
		params: { choices: 'country' },
	})
	.meta({ description: 'A two-letter ISO 3166-1 country code.', examples: ['LT'] });

/** One named person in an entry: a file name, or what happened to them when the entry alone does not say. */
export const personInEventSchema = z.preprocess(
	(value) => (typeof value === 'string' ? { id: value } : value),
	z.strictObject({
		id: slugSchema.meta({
			description: 'The file name of the person in content/people, without .yaml.',
			examples: ['ales-bialiatski'],
		}),
		outcome: enumOf(PERSON_OUTCOMES)
			.optional()
			.meta({
				description: `What happened to this person, when the entry's conditions do not say it alone: ${PERSON_OUTCOMES.join(', ')}.`,
				examples: ['returned-to-prison'],
			}),
		date: isoDateSchema.optional().meta({
			description: "The person's own date, when it differs from the entry's date, YYYY-MM-DD.",
			examples: ['2024-08-21'],
		}),
		dateApproximate: z
			.boolean()
			.default(false)
			.meta({ description: 'true when the own date is approximate ("about").', examples: [false] }),
		note: z
			.string()
			.trim()
			.min(1)
			.optional()
			.meta({
				description: 'One sentence on what happened to this person.',
				examples: ['Refused to cross the border and went back into Belarus.'],
			}),
	})
);

/** Fields of one release wave, from the frontmatter of `content/events/YYYY-MM-DD-slug.mdx`. */
export const eventSchema = z.strictObject({
	title: nonEmptyText('A short headline for the wave.', '123 freed and expelled after talks with the US envoy'),
	date: isoDateSchema.meta({
		description: 'The date the wave is dated by (see dateMarks), YYYY-MM-DD.',
		examples: ['2025-12-13'],
	}),
	dateMarks: z.enum(['announced', 'released'], { error: 'must be announced or released' }).meta({
		description: 'Whether the date is when the release was announced or when people were released.',
		examples: ['released'],
	}),
	endDate: isoDateSchema
		.optional()
		.meta({ description: 'The last day of releases spread over several days, YYYY-MM-DD.', examples: ['2024-08-21'] }),
	endDateApproximate: z
		.boolean()
		.default(false)
		.meta({
			description: 'true when the sources give the last day of the releases only roughly ("to about 21 August").',
			examples: [true],
		}),
	count: citedCountSchema
		.extend({
			basis: enumOf(COUNT_BASES).meta({
				description: `Who gives the count: ${COUNT_BASES.join(', ')}.`,
				examples: ['official'],
			}),
		})
		.meta({
			description:
				'How many people the entry covers, as announced or reported, who gives that count, and the sources that give it.',
			examples: [{ value: 123, precision: 'exact', basis: 'official', cite: ['belta'] }],
		}),
	countNote: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta({
			description: 'One sentence on how the count was reached or what it includes.',
			examples: ['Official figure; 8 convicted of "extremism" and 7 of drug offences.'],
		}),
	politicalPrisoners: citedCountSchema.optional().meta({
		description:
			'How many of those released were recognised political prisoners (by Viasna or the human-rights community), and the sources that say so. Leave out when not known; press labels do not count.',
		examples: [{ value: 40, precision: 'exact', cite: ['article-19'] }],
	}),
	kind: enumOf(EVENT_KINDS).meta({ description: 'The legal or political form of the release.', examples: ['pardon'] }),
	conditions: z
		.array(
			z.strictObject({
				type: enumOf(CONDITION_TYPES).meta({
					description: 'What happened to the people released; house-arrest means they were not released.',
					examples: ['expelled'],
				}),
				to: countrySchema
					.optional()
					.meta({ description: 'The country they were taken to, as an ISO code.', examples: ['LT'] }),
				count: countSchema.optional(),
				note: z
					.string()
					.trim()
					.min(1)
					.optional()
					.meta({ description: 'One sentence of detail.', examples: ['Taken to the US Embassy in Vilnius.'] }),
				cite: citeSchema,
			})
		)
		.min(1, { error: 'must list at least one condition (use not-reported when the sources do not say)' })
		.meta({ description: 'Conditions of release: where people went, or what they were moved to.' }),
	mediators: z
		.array(
			z.strictObject({
				name: nameText('Name of the person or body.', 'John Coale'),
				role: z
					.string()
					.trim()
					.min(1)
					.optional()
					.meta({ description: 'Their role at the time.', examples: ['US special envoy for Belarus'] }),
			})
		)
		.default([])
		.meta({ description: 'People or states that brokered the release.' }),
	foreignNationals: z
		.array(
			z.strictObject({
				country: countrySchema,
				count: countSchema.optional(),
				note: z
					.string()
					.trim()
					.min(1)
					.optional()
					.meta({ description: 'Who they were, or how sources differ.', examples: ['Polish MFA says 3.'] }),
				cite: citeSchema,
			})
		)
		.default([])
		.meta({ description: 'Citizens of other countries among those released.' }),
	people: z
		.array(personInEventSchema)
		.default([])
		.meta({
			description:
				'Notable people named in the entry, each as a file name in content/people, or with what happened to them.',
			examples: [['ales-bialiatski']],
		}),
	milestone: z
		.string()
		.trim()
		.min(1, { error: 'must not be empty (leave the field out instead)' })
		.max(60, { error: 'must be at most 60 characters' })
		.optional()
		.meta({
			description: 'A few words marking the wave as a turning point; shown as a label on the timeline.',
			examples: ['First of the 2024–25 pardon waves'],
		}),
	summary: nonEmptyText(
		'One plain-text sentence for lists, tooltips and feeds, at most 280 characters.',
		'Belarus freed 123 prisoners, among them Ales Bialiatski and Maria Kalesnikava, after talks with the US envoy John Coale.',
		280
	),
	sources: z
		.array(eventSourceSchema)
		.min(1, { error: 'must list at least one source' })
		.meta({ description: 'Published sources for the entry, the main one first; each is cited at least once.' }),
	disputes: z
		.array(
			z.strictObject({
				about: z
					.enum(DISPUTE_TOPICS, { error: `must be one of: ${DISPUTE_TOPICS.join(', ')}` })
					.meta({ description: 'Which part of the entry is disputed.', examples: ['foreign-nationals'] }),
				note: nonEmptyText(
					'What is disputed, in one or two sentences.',
					'Sources differ on how many Polish citizens were freed.'
				),
				sides: z
					.array(
						z.strictObject({
							says: nonEmptyText('What this side says.', 'BelTA counts 2 Polish citizens.'),
							cite: citeSchema,
						})
					)
					.min(1, { error: 'must list at least one side, each with the sources that say it' })
					.meta({ description: 'What each side says, with its sources.' }),
			})
		)
		.default([])
		.meta({ description: 'Points on which sources disagree.' }),
	corrections: correctionsSchema,
});

/** A spelling of a name; an object marks spellings not confirmed by a source. */
const spellingSchema = z.union([
	z.string().trim().min(1),
	z.strictObject({ spelling: z.string().trim().min(1), unverified: z.literal(true) }),
]);

/** One notable person, from `content/people/<slug>.yaml`. */
export const personSchema = z.strictObject({
	name: nameText('The usual English spelling.', 'Ales Bialiatski'),
	description: nonEmptyText(
		'One line on who they are.',
		'Human-rights defender, founder of Viasna, Nobel Peace Prize 2022.'
	),
	variants: z
		.strictObject({
			latinBelarusian: z
				.array(spellingSchema)
				.default([])
				.meta({
					description: 'Latin spellings based on Belarusian, the usual English one first.',
					examples: [['Ales Bialiatski', 'Ales Byalyatski']],
				}),
			latinRussian: z
				.array(spellingSchema)
				.default([])
				.meta({ description: 'Latin spellings based on Russian.', examples: [['Ales Belyatsky']] }),
			cyrillicBelarusian: z
				.array(spellingSchema)
				.default([])
				.meta({ description: 'The name in Belarusian Cyrillic.', examples: [['Алесь Бяляцкі']] }),
			cyrillicRussian: z
				.array(spellingSchema)
				.default([])
				.meta({ description: 'The name in Russian Cyrillic.', examples: [['Алесь Беляцкий']] }),
		})
		.meta({ description: 'Spellings of the name; mark unconfirmed ones as { spelling: ..., unverified: true }.' }),
	sources: z.array(sourceSchema).default([]).meta({ description: 'Sources for the spellings or description.' }),
	corrections: correctionsSchema,
});

/** One point of the series of recognised political prisoners held. */
export const prisonerCountSchema = z.strictObject({
	date: isoDateSchema,
	dateApproximate: z
		.boolean()
		.default(false)
		.meta({ description: 'true when the source gives only the month or an approximate date.', examples: [false] }),
	count: countSchema,
	source: sourceSchema,
	note: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta({ description: 'What the figure is, or how sources differ.', examples: ['Viasna monthly review.'] }),
});

/** The file `content/prisoner-counts.yaml`: a list of points. */
export const prisonerCountsFileSchema = z.array(prisonerCountSchema).min(1);

/** One cumulative tally by a human-rights group: how many political prisoners were pardoned, expelled or recognised over a period. */
export const tallySchema = z.strictObject({
	date: isoDateSchema.meta({ description: 'The date the tally is as of, YYYY-MM-DD.', examples: ['2026-03-05'] }),
	measure: enumOf(TALLY_MEASURES).meta({
		description: `What the tally counts: ${TALLY_MEASURES.join(', ')}.`,
		examples: ['pardoned'],
	}),
	from: partialDateSchema.meta({
		description: 'The start of the period counted: YYYY, YYYY-MM or YYYY-MM-DD.',
		examples: ['2024-07'],
	}),
	to: partialDateSchema.optional().meta({
		description: 'The end of the period, when it is closed (e.g. 2025 for "in 2025"); leave out for "up to the date".',
		examples: ['2025'],
	}),
	count: countSchema,
	by: nonEmptyText('Who made the tally.', 'Viasna'),
	source: sourceSchema,
	note: z
		.string()
		.trim()
		.min(1)
		.optional()
		.meta({
			description: 'What the tally includes, or how it differs from others.',
			examples: ['Counts pardons only, not releases at the end of a sentence.'],
		}),
});

/** The file `content/tallies.yaml`: a list of tallies. */
export const talliesFileSchema = z.array(tallySchema).min(1);

/** The text fields of an entry a translation may give, by their path in the English entry, e.g. `disputes.0.sides.1.says`. */
const translatedTextsSchema = z
	.record(
		z.string().regex(/^[a-zA-Z]+(?:\.(?:\d+|[a-zA-Z]+))*$/, {
			error: 'must be the path of a text field, such as countNote or disputes.0.note',
		}),
		z.string().trim().min(1, { error: 'must not be empty (leave the field out to show the English)' })
	)
	.default({})
	.meta({
		description:
			'Other translated text fields, each under its path in the English entry (countNote, conditions.0.note, disputes.1.sides.0.says, corrections.0.text…).',
		examples: [{ countNote: 'Афіцыйная лічба.' }],
	});

const checkedSchema = isoDateSchema.meta({
	description:
		'The day the translation was last checked against the English text, YYYY-MM-DD; when the English changes later, the page shows the English with a note.',
	examples: ['2026-12-02'],
});

/** A translation of an entry, from `content/translations/<lang>/events/<id>.mdx`; the body is the translated text. */
export const eventTranslationSchema = z.strictObject({
	checked: checkedSchema,
	title: nonEmptyText('The title, translated.', '52 вызваленыя і вывезеныя ў Літву'),
	summary: nonEmptyText(
		'The summary, translated: one plain sentence, at most 280 characters.',
		'Пасля сустрэчы Лукашэнкі з пасланцом ЗША…',
		280
	),
	texts: translatedTextsSchema,
});

/** A translation of a person file, from `content/translations/<lang>/people/<id>.yaml`. */
export const personTranslationSchema = z.strictObject({
	checked: checkedSchema,
	description: nonEmptyText('The description, translated.', 'Праваабаронца, заснавальнік «Вясны».'),
	texts: translatedTextsSchema,
});

export type EventData = z.output<typeof eventSchema>;
export type PersonData = z.output<typeof personSchema>;
export type PrisonerCountData = z.output<typeof prisonerCountSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type EventSourceData = z.output<typeof eventSourceSchema>;
export type PersonInEventData = z.output<typeof personInEventSchema>;
export type TallyData = z.output<typeof tallySchema>;
export type EventTranslationData = z.output<typeof eventTranslationSchema>;
export type PersonTranslationData = z.output<typeof personTranslationSchema>;
export type CorrectionData = z.output<typeof correctionSchema>;
export type SiteCorrectionData = z.output<typeof siteCorrectionSchema>;
export type CountData = z.output<typeof countSchema>;
