import { MIN_YEAR, type EventData, type PrisonerCountData } from './schema';
import type { ContentProblem } from './problems';

/** An event as the cross-checks see it: its data and where it was written. */
export interface CheckedEvent {
	id: string;
	file: string;
	data: EventData;
	lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const problemAt = (event: CheckedEvent, path: PropertyKey[], rest: Omit<ContentProblem, 'file' | 'line' | 'field'>) => ({
	file: event.file,
	line: event.lineOf(path),
	field: path.join('.'),
	...rest,
});

/** Report every `people` entry that names no file in `content/people/`; Astro would only log these. */
export function checkPeopleReferences(events: readonly CheckedEvent[], personIds: ReadonlySet<string>): ContentProblem[] {
	return events.flatMap((event) =>
		event.data.people.flatMap((id, i) =>
			personIds.has(id)
				? []
				: [problemAt(event, ['people', i], {
						message: `no person "${id}" in content/people`,
						expected: `the name of a file in content/people without .yaml (add content/people/${id}.yaml first)`,
						example: '"ales-bialiatski"',
					})]
		)
	);
}

/** Report entries that describe the same wave: the same date and the same title. */
export function checkDuplicateWaves(events: readonly CheckedEvent[]): ContentProblem[] {
	const seen = new Map<string, CheckedEvent>();
	return events.flatMap((event) => {
		const key = `${event.data.date}|${event.data.title.trim().toLowerCase()}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, event);
			return [];
		}
		return [problemAt(event, ['title'], {
			message: `describes the same wave as ${first.file} (same date and title)`,
			expected: 'one file per wave: merge the two files, or correct the date or title',
		})];
	});
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
		for (const [field, value] of [['date', date], ['endDate', endDate]] as const) {
			const message = dateProblems(value, today);
			if (message) problems.push(problemAt(event, [field], { message: `${message} (found "${value}")`, expected: `a date from ${MIN_YEAR}-01-01 to ${today}` }));
		}
		if (endDate !== undefined && endDate < date) {
			problems.push(problemAt(event, ['endDate'], { message: `is before date (${date})`, expected: 'the last day of the releases, on or after date' }));
		}
		if (!event.id.startsWith(`${date}-`)) {
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
		if (message) problems.push({ file, line: lineOf([i, 'date']), field: `${i}.date`, message, expected: `a date from ${MIN_YEAR}-01-01 to ${today}` });
		if (seen.has(point.date)) {
			problems.push({ file, line: lineOf([i, 'date']), field: `${i}.date`, message: `a second point for ${point.date}`, expected: 'one point per date: keep one and explain the other figure in its note' });
		}
		seen.add(point.date);
		return problems;
	});
}
