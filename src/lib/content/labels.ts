import {
	CONDITION_TYPES,
	COUNT_BASES,
	COUNT_PRECISIONS,
	EVENT_KINDS,
	type CountBasis,
	type EventKind,
} from './vocabulary';
import type { EventData } from './schema';
import type { StoryStep } from './story';
import { isRelease } from './outcomes';
import { formatDateRange, formatPartialDate } from '../time/format';
import { formatNumberIn } from '../i18n/format';

/** A number of people and how precise it is. */
export interface Count {
	value: number;
	precision: keyof typeof COUNT_PRECISIONS;
}

/** Format a number with thousands separators, e.g. `1,131`. */
export function formatNumber(value: number): string {
	return formatNumberIn('en', value);
}

/** The English forms of "person", for counts of people. */
export const PEOPLE_WORD = { one: 'person', other: 'people' } as const;

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

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Write a person's story steps as one phrase: "Pardon announced 16 August 2024; freed about 21 August 2024". */
export function storyPhrase(steps: readonly StoryStep[]): string {
	return steps
		.map((step, i) => {
			const label = i === 0 ? step.label : lowerFirst(step.label);
			if (!step.date) return `${label} (date not recorded)`;
			return `${label} ${step.approximate ? 'about ' : ''}${formatDateRange(step.date, step.endDate, step.endApproximate)}`;
		})
		.join('; ');
}

/** What an entry's count counts: "released", or that people were moved to house arrest, which is not a release. */
export function countVerb(data: EventData): string {
	return isRelease(data) ? 'released' : 'moved to house arrest (not a release)';
}

/** The reader-facing label of who gives a count. */
export function basisLabel(basis: CountBasis): string {
	return COUNT_BASES[basis];
}

/** Describe the period a tally counts: "since July 2024", "in 2025", "from July 2024 to December 2025". */
export function periodLabel({ from, to }: { from: string; to?: string | undefined }): string {
	if (to === undefined) return `since ${formatPartialDate(from)}`;
	if (to === from) return `in ${formatPartialDate(from)}`;
	return `from ${formatPartialDate(from)} to ${formatPartialDate(to)}`;
}
