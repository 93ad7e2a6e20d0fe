import { unknownPerson } from '../content/person-ref';
import { MIN_YEAR, type EventData, type PrisonerCountData } from '../content/schema';
import type { ContentProblem } from './problems';
import { isSlug } from './file-names';
import { isFreedOutcome, personOutcome } from '../content/outcomes';
import { utcDate } from '../time/dates';
import { formatDateIn } from '../i18n/format';

/** An event as the cross-checks see it: its data and where it was written. */
export interface CheckedEvent {
	id: string;
	file: string;
	data: EventData;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * What the people check needs of an entry: where it was written and the people it names, also when the entry
 * did not validate (then undefined stands for a person the schema already faults).
 */
export type PeopleOfEvent = Pick<CheckedEvent, 'file' | 'lineOf'> & {
	data: { people: readonly ({ id: string } | undefined)[] };
};

const problemAt = (
	event: Pick<CheckedEvent, 'file' | 'lineOf'>,
	path: PropertyKey[],
	rest: Omit<ContentProblem, 'file' | 'line' | 'field'>
) => ({
	file: event.file,
	line: event.lineOf(path),
	field: path.join('.'),
	...rest,
});

/** Report every `people` entry that names no file in `content/people/`; Astro would only log these. */
export function checkPeopleReferences(
	events: readonly PeopleOfEvent[],
	personIds: ReadonlySet<string>,
	/** The words that suggest who an unknown id means, e.g. `; did you mean "maria-kalesnikava" (…)?`. */
	suggest: (id: string) => string = () => ''
): ContentProblem[] {
	return events.flatMap((event) =>
		event.data.people.flatMap((person, i) => {
			const unknown = person && unknownPerson(person.id, personIds, suggest);
			return unknown ? [problemAt(event, ['people', i], { ...unknown, example: '"ales-bialiatski"' })] : [];
		})
	);
}

const titleKey = (event: CheckedEvent) => event.data.title.trim().toLowerCase();
const sameTitle = (a: CheckedEvent, b: CheckedEvent) => titleKey(a) === titleKey(b);

/** Report entries that describe the same wave: the same date and the same title. */
export function checkDuplicateWaves(events: readonly CheckedEvent[]): ContentProblem[] {
	const seen = new Map<string, CheckedEvent>();
	return events.flatMap((event) => {
		const key = `${event.data.date}|${titleKey(event)}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, event);
			return [];
		}
		return [
			problemAt(event, ['title'], {
				message: `describes the same wave as ${first.file} (same date and title)`,
				expected: 'one file per wave: merge the two files, or correct the date or title',
			}),
		];
	});
}

const DAY_MS = 86_400_000;
/** Waves this many days apart or fewer, with the same count, are probably one wave dated by announcement and by release. */
const SAME_WAVE_DAYS = 3;
const daysBetween = (a: string, b: string) => Math.abs(utcDate(a).getTime() - utcDate(b).getTime()) / DAY_MS;
const shortDate = (date: string) => formatDateIn('en', date, 'short');
/** Events oldest first, and by file for the same day, so "the later file" is always the same one. */
const byDate = (events: readonly CheckedEvent[]) =>
	events.toSorted((a, b) => a.data.date.localeCompare(b.data.date) || a.file.localeCompare(b.file));

/** Two waves that each name people, none of them in both, are two waves: two single pardons on one day. */
function namesOthers(a: CheckedEvent, b: CheckedEvent): boolean {
	const ids = new Set(a.data.people.map((p) => p.id));
	return ids.size > 0 && b.data.people.length > 0 && !b.data.people.some((p) => ids.has(p.id));
}

/**
 * Warn of two files that may be one wave: within a few days of each other with the same count, and not naming
 * different people. The warning is
 * on the later file and names the earlier; same date and title is an error (`checkDuplicateWaves`).
 */
export function checkLikelyDuplicateWaves(events: readonly CheckedEvent[]): ContentProblem[] {
	const sorted = byDate(events);
	return sorted.flatMap((event, i) => {
		const earlier = sorted
			.slice(0, i)
			.findLast(
				(other) =>
					other.data.count.value === event.data.count.value &&
					daysBetween(other.data.date, event.data.date) <= SAME_WAVE_DAYS &&
					!(other.data.date === event.data.date && sameTitle(other, event)) &&
					!namesOthers(other, event)
			);
		if (!earlier) return [];
		const { value } = earlier.data.count;
		return [
			problemAt(event, ['count', 'value'], {
				message: `may be the same wave as ${earlier.file} (${shortDate(earlier.data.date)}, ${value} ${value === 1 ? 'person' : 'people'}): if so, keep one file`,
				expected:
					'one file per wave; a wave announced one day and carried out another is one file, dated as dateMarks says',
			}),
		];
	});
}

/**
 * Warn of a person freed by two waves when nothing in the earlier one says they stayed held: probably one release
 * recorded twice. An earlier outcome that leaves them held (house-arrest, returned-to-prison) explains the second.
 */
export function checkPeopleFreedTwice(events: readonly CheckedEvent[]): ContentProblem[] {
	const lastFreed = new Map<string, CheckedEvent | undefined>();
	return byDate(events).flatMap((event) =>
		event.data.people.flatMap((person, i) => {
			const freed = isFreedOutcome(personOutcome(event.data, person));
			const earlier = lastFreed.get(person.id);
			lastFreed.set(person.id, freed ? event : undefined);
			if (!freed || !earlier) return [];
			return [
				problemAt(event, ['people', i], {
					message: `"${person.id}" is also freed by ${earlier.file} (${shortDate(earlier.data.date)}): a person freed twice may be one release recorded twice`,
					expected: `if it is one release, name the person in one entry only; if they were not freed the first time, give their outcome in ${earlier.file} (house-arrest or returned-to-prison)`,
				}),
			];
		})
	);
}

const inRange = (date: string, today: string) => date >= `${MIN_YEAR}-01-01` && date <= today;

function dateProblems(date: string | undefined, today: string): string | undefined {
	if (date === undefined || inRange(date, today)) return undefined;
	return date > today ? `is in the future (today is ${today})` : `is before ${MIN_YEAR}, when this record starts`;
}

/** Report dates before 2020 or after today, end dates before start dates, and names that disagree with the date. */
export function checkEventDates(events: readonly CheckedEvent[], today: string): ContentProblem[] {
	return events.flatMap((event) => {
		const { date, endDate } = event.data;
		const problems: ContentProblem[] = [];
		for (const [field, value] of [
			['date', date],
			['endDate', endDate],
		] as const) {
			const message = dateProblems(value, today);
			if (message)
				problems.push(
					problemAt(event, [field], {
						message: `${message} (found "${value}")`,
						expected: `a date from ${MIN_YEAR}-01-01 to ${today}`,
					})
				);
		}
		if (endDate !== undefined && endDate < date) {
			problems.push(
				problemAt(event, ['endDate'], {
					message: `is before date (${date})`,
					expected: 'the last day of the releases, on or after date',
				})
			);
		}
		// A name that is not valid at all is reported once, with a new name that carries the date.
		if (isSlug(event.id) && !event.id.startsWith(`${date}-`)) {
			problems.push({
				file: event.file,
				line: 1,
				field: '(file name)',
				message: `the file name must start with the date ${date}`,
				expected: 'content/events/YYYY-MM-DD-short-slug.mdx, with the same date as the date field',
				example: `${date}-${event.id.replace(/^\d{4}-\d{2}-\d{2}-?/, '') || 'short-slug'}.mdx`,
			});
		}
		return problems;
	});
}

/** Report prisoner-count points out of range or repeated for one date. */
export function checkPrisonerCounts(
	points: readonly PrisonerCountData[],
	file: string,
	lineOf: (path: readonly PropertyKey[]) => number | undefined,
	today: string
): ContentProblem[] {
	const seen = new Set<string>();
	return points.flatMap((point, i) => {
		const problems: ContentProblem[] = [];
		const message = dateProblems(point.date, today);
		if (message)
			problems.push({
				file,
				line: lineOf([i, 'date']),
				field: `${i}.date`,
				message,
				expected: `a date from ${MIN_YEAR}-01-01 to ${today}`,
			});
		if (seen.has(point.date)) {
			problems.push({
				file,
				line: lineOf([i, 'date']),
				field: `${i}.date`,
				message: `a second point for ${point.date}`,
				expected: 'one point per date: keep one and explain the other figure in its note',
			});
		}
		seen.add(point.date);
		return problems;
	});
}

/** Report entries whose released figure cannot be worked out: a house-arrest condition without a count beside other conditions. */
export function checkHouseArrestCounts(events: readonly CheckedEvent[]): ContentProblem[] {
	return events.flatMap((event) => {
		const { conditions } = event.data;
		if (conditions.every((c) => c.type === 'house-arrest')) return [];
		return conditions.flatMap((c, i) =>
			c.type === 'house-arrest' && !c.count
				? [
						problemAt(event, ['conditions', i, 'type'], {
							message:
								'a house-arrest condition beside other conditions needs a count, as people moved to house arrest are not counted as released',
							expected: 'count: { value: …, precision: … } on this condition',
							example: '{ value: 7, precision: exact }',
						}),
					]
				: []
		);
	});
}

/** Report a person named twice in one entry, and a person's own date before the entry's date. */
export function checkPeopleInEvents(events: readonly CheckedEvent[]): ContentProblem[] {
	return events.flatMap((event) => {
		const seen = new Set<string>();
		return event.data.people.flatMap((person, i) => {
			const problems: ContentProblem[] = [];
			if (seen.has(person.id)) {
				problems.push(
					problemAt(event, ['people', i], {
						message: `"${person.id}" is named twice`,
						expected: 'each person once per entry',
					})
				);
			}
			seen.add(person.id);
			if (person.date !== undefined && person.date < event.data.date) {
				problems.push(
					problemAt(event, ['people', i, 'date'], {
						message: `is before the entry's date ${event.data.date} (found "${person.date}")`,
						expected:
							"the person's own date, on or after the entry's date; an earlier release belongs in an entry of its own",
					})
				);
			}
			return problems;
		});
	});
}

/** Report dated items (corrections, tallies) dated in the future or before the record starts. */
export function checkDatesInRange(
	items: readonly { date: string }[],
	at: (i: number) => { file: string; line: number | undefined; field: string },
	today: string
): ContentProblem[] {
	return items.flatMap((item, i) => {
		const message = dateProblems(item.date, today);
		return message
			? [
					{
						...at(i),
						message: `${message} (found "${item.date}")`,
						expected: `a date from ${MIN_YEAR}-01-01 to ${today}`,
					},
				]
			: [];
	});
}

/** Report tallies whose period ends before it starts, or starts after the date the tally is as of. */
export function checkTallyPeriods(
	tallies: readonly { date: string; from: string; to?: string | undefined }[],
	file: string,
	lineOf: (path: readonly PropertyKey[]) => number | undefined
): ContentProblem[] {
	// Partial dates compare correctly as text once cut to the same length: "2024-07" vs "2024-07-15".
	const before = (a: string, b: string) =>
		a.slice(0, Math.min(a.length, b.length)) < b.slice(0, Math.min(a.length, b.length));
	return tallies.flatMap((tally, i) => {
		const problems: ContentProblem[] = [];
		if (before(tally.date, tally.from)) {
			problems.push({
				file,
				line: lineOf([i, 'from']),
				field: `${i}.from`,
				message: `starts after the tally's date ${tally.date} (found "${tally.from}")`,
				expected: 'the start of the period counted, on or before date',
			});
		}
		if (tally.to !== undefined && before(tally.to, tally.from)) {
			problems.push({
				file,
				line: lineOf([i, 'to']),
				field: `${i}.to`,
				message: `ends before the period starts (${tally.from}) (found "${tally.to}")`,
				expected: 'the end of the period, on or after from',
			});
		}
		return problems;
	});
}
