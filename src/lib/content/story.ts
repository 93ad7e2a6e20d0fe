import type { Wave } from './relations';
import { isFreedOutcome, personOutcome } from './outcomes';
import type { EventKind, PersonOutcome } from './vocabulary';

/** One dated step of what happened to a person: "Pardon announced 16 August 2024", "Freed about 21 August 2024". */
export interface StoryStep {
	/** What happened: an announcement of the entry's kind, or the person's outcome; each language words it. */
	what: { announced: EventKind } | { outcome: PersonOutcome };
	/** Absent when the sources give no date for this step. */
	date?: string | undefined;
	endDate?: string | undefined;
	/** True when the last day of a span is known only roughly. */
	endApproximate?: boolean | undefined;
	approximate: boolean;
}

/** What one entry records of one person. */
export interface StoryItem<W extends Wave = Wave> {
	wave: W;
	outcome: PersonOutcome;
	freed: boolean;
	steps: StoryStep[];
	note?: string | undefined;
}

/**
 * Every entry that names a person, in date order, with what happened to them and the right kind
 * of date: an entry dated by its announcement says so, and the person's own date, when recorded,
 * is the date of what happened to them.
 */
export function personStory<W extends Wave>(personId: string, sorted: readonly W[]): StoryItem<W>[] {
	const items = sorted.flatMap((wave) => {
		const person = wave.data.people.find((p) => p.id === personId);
		if (!person) return [];
		const { data } = wave;
		const outcome = personOutcome(data, person);
		const announced = data.dateMarks === 'announced';
		const steps: StoryStep[] = [];
		if (announced) steps.push({ what: { announced: data.kind }, date: data.date, approximate: false });
		steps.push(
			person.date
				? { what: { outcome }, date: person.date, approximate: person.dateApproximate }
				: {
						what: { outcome },
						date: announced ? undefined : data.date,
						endDate: announced ? undefined : data.endDate,
						approximate: false,
					}
		);
		return [{ wave, outcome, freed: isFreedOutcome(outcome), steps, note: person.note }];
	});
	const when = (item: StoryItem<W>) => item.steps.findLast((s) => s.date)?.date ?? item.wave.data.date;
	return items.toSorted((a, b) => when(a).localeCompare(when(b)));
}
