import type { EventData, PersonInEventData } from './schema';
import { NOT_FREED_OUTCOMES, type PersonOutcome } from './vocabulary';

/**
 * What counts as a release. People moved to house arrest were not released, so an entry's
 * released figure is its count less the counts of its house-arrest conditions.
 */
export function releasedIn(data: EventData): number {
	if (data.conditions.every((c) => c.type === 'house-arrest')) return 0;
	const heldAtHome = data.conditions.reduce(
		(sum, c) => sum + (c.type === 'house-arrest' ? (c.count?.value ?? 0) : 0),
		0
	);
	return Math.max(0, data.count.value - heldAtHome);
}

/** Tell whether an entry released anyone, or only changed where people were held. */
export function isRelease(data: EventData): boolean {
	return releasedIn(data) > 0;
}

/**
 * What happened to one named person: their own outcome when the entry gives one, else the
 * entry's condition when all its conditions agree, else "freed".
 */
export function personOutcome(data: EventData, person: PersonInEventData): PersonOutcome {
	if (person.outcome) return person.outcome;
	const types = new Set(data.conditions.map((c) => c.type));
	const [only] = types;
	return types.size === 1 && only !== undefined ? only : 'freed';
}

/** Tell whether an outcome left the person at liberty. */
export function isFreedOutcome(outcome: PersonOutcome): boolean {
	return !NOT_FREED_OUTCOMES.has(outcome);
}
