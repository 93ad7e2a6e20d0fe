import type { CountData, EventData } from '../content/schema';
import type { StoryStep } from '../content/story';
import { isRelease } from '../content/outcomes';
import { countryName } from '../content/countries';
import { fill, type Locale } from '../i18n/locale';
import type { Messages } from '../../i18n/en';

/** Format a count with its precision: `123`, `about 1,600`, `at least 18`; `около 1 600`. */
export function formatCount(loc: Locale<Pick<Messages, 'precisions'>>, { value, precision }: CountData): string {
	return fill(loc.t.precisions[precision], { n: loc.number(value) });
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The words of a story step: "Pardon announced", "Released home". */
export function stepLabel(loc: Locale<Pick<Messages, 'announced' | 'outcomes'>>, step: StoryStep): string {
	return 'announced' in step.what ? loc.t.announced[step.what.announced] : loc.t.outcomes[step.what.outcome];
}

/** Write a person's story steps as one phrase: "Pardon announced 16 August 2024; freed about 21 August 2024". */
export function storyPhrase(loc: Locale, steps: readonly StoryStep[]): string {
	return steps
		.map((step, i) => {
			const label = i === 0 ? stepLabel(loc, step) : lowerFirst(stepLabel(loc, step));
			if (!step.date) return fill(loc.t.dates.notRecorded, { label });
			const when = loc.range(step.date, step.endDate, step.endApproximate);
			return `${label} ${step.approximate ? fill(loc.t.dates.about, { date: when }) : when}`;
		})
		.join('; ');
}

/** What an entry's count counts: "released", or that people were moved to house arrest, which is not a release. */
export function countVerb(loc: Locale<Pick<Messages, 'counts'>>, data: EventData): string {
	return isRelease(data) ? loc.t.counts.released : loc.t.counts.houseArrest;
}

/** Describe the period a tally counts: "since July 2024", "in 2025", "from July 2024 to December 2025". */
export function periodLabel(loc: Locale, { from, to }: { from: string; to?: string | undefined }): string {
	if (to === undefined) return fill(loc.t.dates.since, { date: loc.partial(from) });
	if (to === from) return fill(loc.t.dates.in, { date: loc.partial(from) });
	return fill(loc.t.dates.fromTo, { from: loc.partial(from), to: loc.partial(to) });
}

/** One condition of a release in words: "Expelled from Belarus to Lithuania", "Stayed in Belarus". */
export function conditionLabel(
	loc: Locale<Pick<Messages, 'conditions' | 'event'>>,
	condition: Pick<EventData['conditions'][number], 'type' | 'to'>
): string {
	const { t } = loc;
	return condition.to
		? fill(t.event.conditionTo, {
				condition: t.conditions[condition.type],
				country: countryName(condition.to, loc.lang),
			})
		: t.conditions[condition.type];
}

/** An entry's count as its page states it: "about 1,600 people released", "18 people moved to house arrest". */
export function countLine(loc: Locale, data: EventData): string {
	return fill(loc.t.event.count, {
		count: formatCount(loc, data.count),
		people: loc.plural(data.count.value, loc.t.words.people),
		verb: countVerb(loc, data),
	});
}
