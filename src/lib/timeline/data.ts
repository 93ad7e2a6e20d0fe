import type { EventData, PrisonerCountData } from '../content/schema';
import type { HeldDatum, TimelineDatum } from './types';
import { isRelease } from '../content/outcomes';

/** Turn a wave into the timeline's input, naming its people by display name. */
export function toTimelineDatum(id: string, data: EventData, nameOf: (personId: string) => string): TimelineDatum {
	return {
		id,
		title: data.title,
		date: data.date,
		count: data.count.value,
		precision: data.count.precision,
		politicalPrisoners: data.politicalPrisoners?.value,
		kind: data.kind,
		released: isRelease(data),
		names: data.people.map((person) => nameOf(person.id)),
		summary: data.summary,
		milestone: data.milestone,
	};
}

/** Turn prisoner-count points into the held series. */
export function toHeldData(points: readonly PrisonerCountData[]): HeldDatum[] {
	return points.map((p) => ({
		date: p.date,
		value: p.count.value,
		approximate: p.dateApproximate || p.count.precision !== 'exact',
	}));
}
