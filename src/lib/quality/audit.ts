/** The four Lighthouse categories, in the order the report prints them. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The part of a Lighthouse result (its `lhr`) the audit reads. */
export interface LighthouseResult {
	categories: Record<
		string,
		{ score: number | null; auditRefs: readonly { id: string; weight: number }[] } | undefined
	>;
	audits: Record<
		string,
		| {
				id: string;
				title: string;
				score: number | null;
				scoreDisplayMode: string;
				numericValue?: number | undefined;
				details?: object | undefined;
		  }
		| undefined
	>;
}

/** Every figure of one Lighthouse run of one page. */
export interface AuditRun {
	page: string;
	run: number;
	scores: Record<Category, number>;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	fcpMs: number;
	speedIndexMs: number;
	totalBytes: number;
	requests: number;
	/** The audits that cost a category points, so a score under 100 says why. */
	failing: { category: Category; id: string; title: string; score: number }[];
}

/**
 * The pages to audit: the homes, the latest wave in each language, a person that wave names, search and
 * the embeds. `eventIds` are the built event folders (named by date, so they sort oldest first);
 * `htmlOf` reads a built English event page. Falls back to older waves for the person when the latest names nobody.
 */
export function auditPages(eventIds: readonly string[], htmlOf: (id: string) => string | undefined): string[] {
	const newestFirst = eventIds.toSorted().reverse();
	const latest = newestFirst[0];
	if (!latest) throw new Error('the built site has no event pages: run `npm run build` first');
	const person = newestFirst
		.map((id) => htmlOf(id)?.match(/href="\/people\/([^"/]+)\/"/)?.[1])
		.find((id) => id !== undefined);
	return [
		'/',
		'/be/',
		'/ru/',
		...['', '/be', '/ru'].map((prefix) => `${prefix}/events/${latest}/`),
		...(person ? [`/people/${person}/`] : []),
		'/search/',
		'/embed/',
		`/embed/wave/${latest}/`,
	];
}

const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/** The figures of one run, from Lighthouse's result. */
export function summariseRun(page: string, run: number, lhr: LighthouseResult): AuditRun {
	const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const requests = lhr.audits['network-requests']?.details;
	const scores = Object.fromEntries(
		CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])
	) as Record<Category, number>;
	const failing = CATEGORIES.flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((a) => a !== undefined && a.score !== null && a.score < 1 && SCORED_MODES.has(a.scoreDisplayMode))
			.map((a) => ({ category, id: a!.id, title: a!.title, score: a!.score! }))
	);
	return {
		page,
		run,
		scores,
		lcpMs: Math.round(value('largest-contentful-paint')),
		tbtMs: Math.round(value('total-blocking-time')),
		cls: Number(value('cumulative-layout-shift').toFixed(3)),
		fcpMs: Math.round(value('first-contentful-paint')),
		speedIndexMs: Math.round(value('speed-index')),
		totalBytes: Math.round(value('total-byte-weight')),
		requests: requests && 'items' in requests && Array.isArray(requests.items) ? requests.items.length : 0,
		failing,
	};
}

const median = (values: readonly number[]) => {
	const sorted = values.toSorted((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** One row per page, the median of its runs (a single run prints as it is), then the audits that cost points. */
export function auditTable(runs: readonly AuditRun[]): string[] {
	const pages = [...new Set(runs.map((r) => r.page))];
	const lines = ['page | perf | a11y | best pr. | SEO | LCP ms | TBT ms | CLS | KB | requests'];
	for (const page of pages) {
		const own = runs.filter((r) => r.page === page);
		// An even number of runs has a median between two; scores and milliseconds print whole.
		const m = (pick: (r: AuditRun) => number) => Math.round(median(own.map(pick)));
		lines.push(
			[
				page,
				...CATEGORIES.map((c) => m((r) => r.scores[c])),
				m((r) => r.lcpMs),
				m((r) => r.tbtMs),
				median(own.map((r) => r.cls)),
				(m((r) => r.totalBytes) / 1024).toFixed(1),
				m((r) => r.requests),
			].join(' | ')
		);
		const failing = [...new Set(own.flatMap((r) => r.failing.map((f) => `${f.category}: ${f.id}`)))];
		if (failing.length) lines.push(`  costs points: ${failing.join(', ')}`);
	}
	return lines;
}

/** Each page and category that scored under 100, with its lowest score over the runs. */
export function belowTarget(runs: readonly AuditRun[]): string[] {
	const lowest = new Map<string, number>();
	for (const r of runs)
		for (const c of CATEGORIES)
			if (r.scores[c] < 100) lowest.set(`${r.page} ${c}`, Math.min(lowest.get(`${r.page} ${c}`) ?? 100, r.scores[c]));
	return [...lowest].map(([what, score]) => `${what} ${score}`);
}
