import { CONDITION_TYPES, COUNT_PRECISIONS, EVENT_KINDS, type EventKind } from './vocabulary';

/** A number of people and how precise it is. */
export interface Count {
	value: number;
	precision: keyof typeof COUNT_PRECISIONS;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** Format a number with thousands separators, e.g. `1,131`. */
export function formatNumber(value: number): string {
	return numberFormat.format(value);
}

/** Format a count with its precision, e.g. `123`, `about 1,600`, `at least 18`. */
export function formatCount({ value, precision }: Count): string {
	const word = COUNT_PRECISIONS[precision];
	return word ? `${word} ${formatNumber(value)}` : formatNumber(value);
}

/** The reader-facing label of a kind, e.g. `negotiated-release` → `Negotiated release`. */
export function kindLabel(kind: EventKind): string {
	return EVENT_KINDS[kind];
}

/** The reader-facing label of a condition type. */
export function conditionLabel(type: keyof typeof CONDITION_TYPES): string {
	return CONDITION_TYPES[type];
}
