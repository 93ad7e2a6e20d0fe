// The fixed vocabularies of the content model, kept free of zod so browser code can import them.
// Their words for readers are in each language's dictionary (src/i18n/), keyed by these values.

/** The kinds of release wave. */
export const EVENT_KINDS = ['pardon', 'amnesty-law', 'negotiated-release', 'exchange', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How sure a count is. */
export const COUNT_PRECISIONS = ['exact', 'approximate', 'at-least'] as const;
export type CountPrecision = (typeof COUNT_PRECISIONS)[number];

/** What happened to the people released. */
export const CONDITION_TYPES = [
	'stayed-in-belarus',
	'house-arrest',
	'left-belarus',
	'expelled',
	'handed-over',
	'not-reported',
] as const;
export type ConditionType = (typeof CONDITION_TYPES)[number];

/** Who gives an entry's headcount, so the headline total can say how much of it is official. */
export const COUNT_BASES = ['official', 'foreign-government', 'human-rights', 'press'] as const;
export type CountBasis = (typeof COUNT_BASES)[number];

/**
 * What happened to one named person in an entry. The condition types say where a freed person
 * went; `freed` says no more than that, and the last one says they were not freed.
 */
export const PERSON_OUTCOMES = [
	'freed',
	'stayed-in-belarus',
	'left-belarus',
	'expelled',
	'handed-over',
	'not-reported',
	'house-arrest',
	'returned-to-prison',
] as const satisfies readonly (ConditionType | 'freed' | 'returned-to-prison')[];
export type PersonOutcome = (typeof PERSON_OUTCOMES)[number];

/** Outcomes that leave a person not at liberty: they are not counted as released. */
export const NOT_FREED_OUTCOMES: ReadonlySet<PersonOutcome> = new Set(['house-arrest', 'returned-to-prison']);

/** What a cumulative tally counts. */
export const TALLY_MEASURES = ['pardoned', 'expelled', 'recognised'] as const;
export type TallyMeasure = (typeof TALLY_MEASURES)[number];

/** What part of an entry a dispute concerns. */
export const DISPUTE_TOPICS = ['count', 'date', 'people', 'foreign-nationals', 'conditions', 'kind', 'other'] as const;
export type DisputeTopic = (typeof DISPUTE_TOPICS)[number];

/** Tell whether a string is one of the defined kinds. */
export function isEventKind(value: string): value is EventKind {
	return (EVENT_KINDS as readonly string[]).includes(value);
}
