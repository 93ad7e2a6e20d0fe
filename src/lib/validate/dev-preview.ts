import { formatProblem, sortProblems, type ContentProblem } from './problems';

/** The content's problems as last checked, and a version that changes whenever they do. */
export interface ContentStatus {
	problems: ContentProblem[];
	version: number;
}

export interface ContentChecker {
	/** The current problems, checking the content first only if its stamp changed since the last check. */
	status(): ContentStatus;
}

/**
 * Check the content for the preview only when it changed: a check reads every file, and a page asks many times.
 * @param stamp cheap to take and different after any save, addition or removal, such as every file's size and time;
 *   asked on every call, so a change the file watcher missed is still seen.
 * @param onChange called once each time the problems differ from the last check, and after the first check.
 */
export function contentChecker(
	stamp: () => string,
	check: () => readonly ContentProblem[],
	onChange: (problems: ContentProblem[]) => void
): ContentChecker {
	let checked: string | undefined;
	let report: string | undefined;
	let current: ContentStatus = { problems: [], version: 0 };
	return {
		status() {
			const now = stamp();
			if (now === checked) return current;
			checked = now;
			const problems = sortProblems(check());
			const next = problems.map(formatProblem).join('\n');
			if (next !== report) {
				report = next;
				current = { problems, version: current.version + 1 };
				onChange(problems);
			}
			return current;
		},
	};
}

// Vite's own modules, dependencies and built assets: only the pages themselves stand for the content.
const NOT_PAGES = /^\/(?:@vite|@fs|@id|node_modules|_astro|__vite)[/_]|^\/src\//;

/** Whether a request to the preview is a browser opening a page (or a frame), not a script, style or asset. */
export function isPageRequest(method: string | undefined, path: string, headers: Record<string, unknown>): boolean {
	if (method !== 'GET' && method !== 'HEAD') return false;
	if (NOT_PAGES.test(path)) return false;
	const dest = headers['sec-fetch-dest'];
	if (typeof dest === 'string') return dest === 'document' || dest === 'iframe';
	const accept = headers['accept'];
	return typeof accept === 'string' && accept.includes('text/html');
}
