/** Turn `YYYY-MM-DD` into a Date at UTC midnight, whatever the machine's time zone. */
export function utcDate(iso: string): Date {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(2000, month - 1, day));
	date.setUTCFullYear(year);
	return date;
}

/** Write a Date as `YYYY-MM-DD`, in UTC. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The distinct years of `YYYY-MM-DD` dates, oldest first. */
export function yearsOf(dates: readonly string[]): string[] {
	return [...new Set(dates.map((date) => date.slice(0, 4)))].sort();
}
