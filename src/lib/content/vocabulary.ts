// The fixed vocabularies of the content model, kept free of zod so browser code can import them.

/** The kinds of release wave, with the label shown to readers. */
export const EVENT_KINDS = {
	pardon: 'Pardon',
	'amnesty-law': 'Amnesty law',
	'negotiated-release': 'Negotiated release',
	exchange: 'Exchange',
	other: 'Other',
} as const;
export type EventKind = keyof typeof EVENT_KINDS;

/** What an entry dated by its announcement announced, by kind: "Pardon announced 16 August 2024". */
export const ANNOUNCED_LABELS = {
	pardon: 'Pardon announced',
	'amnesty-law': 'Amnesty announced',
	'negotiated-release': 'Release announced',
	exchange: 'Exchange announced',
	other: 'Announced',
} as const satisfies Record<EventKind, string>;

/** How sure a count is, with the word shown before the number. */
export const COUNT_PRECISIONS = {
	exact: '',
	approximate: 'about',
	'at-least': 'at least',
} as const;

/** What happened to the people released, with the label shown to readers. */
export const CONDITION_TYPES = {
	'stayed-in-belarus': 'Stayed in Belarus',
	'house-arrest': 'Moved to house arrest',
	'left-belarus': 'Allowed to leave Belarus',
	expelled: 'Expelled from Belarus',
	'handed-over': 'Handed over to another state',
	'not-reported': 'Not reported by the sources',
} as const;

/** Who gives an entry's headcount, so the headline total can say how much of it is official. */
export const COUNT_BASES = {
	official: 'the Belarusian authorities',
	'foreign-government': 'another government',
	'human-rights': 'human-rights groups',
	press: 'press reports',
} as const;
export type CountBasis = keyof typeof COUNT_BASES;

/**
 * What happened to one named person in an entry. The condition types say where a freed person
 * went; the last two say they were not freed.
 */
export const PERSON_OUTCOMES = {
	freed: 'Freed',
	'stayed-in-belarus': 'Released home',
	'left-belarus': 'Freed and left Belarus',
	expelled: 'Freed and expelled',
	'handed-over': 'Handed over',
	'not-reported': 'Freed',
	'house-arrest': 'Moved to house arrest',
	'returned-to-prison': 'Returned to prison',
} as const satisfies Record<string, string> & Record<keyof typeof CONDITION_TYPES, string>;
export type PersonOutcome = keyof typeof PERSON_OUTCOMES;

/** Outcomes that leave a person not at liberty: they are not counted as released. */
export const NOT_FREED_OUTCOMES: ReadonlySet<PersonOutcome> = new Set(['house-arrest', 'returned-to-prison']);

/** What a cumulative tally counts, with the words shown to readers. */
export const TALLY_MEASURES = {
	pardoned: 'political prisoners pardoned',
	expelled: 'political prisoners expelled from Belarus after their release',
	recognised: 'people recognised as political prisoners',
} as const;
export type TallyMeasure = keyof typeof TALLY_MEASURES;

/** What part of an entry a dispute concerns, with the heading shown to readers. */
export const DISPUTE_TOPIC_LABELS = {
	count: 'How many',
	date: 'When',
	people: 'Who',
	'foreign-nationals': 'Foreign nationals',
	conditions: 'Conditions',
	kind: 'What kind of release',
	other: 'Other',
} as const;
export const DISPUTE_TOPICS = Object.keys(DISPUTE_TOPIC_LABELS) as [
	keyof typeof DISPUTE_TOPIC_LABELS,
	...(keyof typeof DISPUTE_TOPIC_LABELS)[],
];

/** Tell whether a string is one of the defined kinds. */
export function isEventKind(value: string): value is EventKind {
	return Object.hasOwn(EVENT_KINDS, value);
}
