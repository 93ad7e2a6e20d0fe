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
	'expelled': 'Expelled from Belarus',
	'handed-over': 'Handed over to another state',
} as const;

/** What part of an entry a dispute concerns. */
export const DISPUTE_TOPICS = ['count', 'date', 'people', 'foreign-nationals', 'conditions', 'kind', 'other'] as const;

/** Tell whether a string is one of the defined kinds. */
export function isEventKind(value: string): value is EventKind {
	return Object.hasOwn(EVENT_KINDS, value);
}
