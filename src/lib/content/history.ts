import { execFileSync } from 'node:child_process';

/** When each content file last changed, read from the repository's history. */
export interface ContentHistory {
	/** Repository-relative path → `YYYY-MM-DD` of the last commit that touched it. */
	lastChanged: ReadonlyMap<string, string>;
	/** Files changed in the working tree since the last commit. */
	uncommitted: ReadonlySet<string>;
	/** False when this copy has no (or only shallow) history, so dates cannot be read. */
	available: boolean;
}

/** When a page's content last changed: a date from history, or why there is none. */
export type LastChanged =
	{ date: string; uncommitted: boolean } | { date: undefined; reason: 'no-history' | 'not-committed' };

const RECORD = '\u001e';

/**
 * Read `git log --format=%x1e%cd --name-only` output (dates as YYYY-MM-DD) (newest commit first): the first date a
 * file appears under is its last change.
 */
export function parseGitLog(text: string): Map<string, string> {
	const last = new Map<string, string>();
	for (const record of text.split(RECORD).slice(1)) {
		const [date, ...files] = record.split('\n').map((line) => line.trim());
		if (!date) continue;
		for (const file of files) if (file && !last.has(file)) last.set(file, date);
	}
	return last;
}

/** Read `git status --porcelain` output: the paths changed in the working tree. */
export function parseGitStatus(text: string): Set<string> {
	return new Set(
		text
			.split('\n')
			.filter((line) => line.length > 3)
			.map((line) =>
				line
					.slice(3)
					.replace(/^.* -> /, '')
					.replace(/^"|"$/g, '')
			)
	);
}

/** Look up when a file last changed. */
export function lastChangedOf(history: ContentHistory, file: string): LastChanged {
	const date = history.lastChanged.get(file);
	if (history.uncommitted.has(file))
		return date ? { date, uncommitted: true } : { date: undefined, reason: 'not-committed' };
	if (date) return { date, uncommitted: false };
	return { date: undefined, reason: history.available ? 'not-committed' : 'no-history' };
}

/** The latest change among some files: the "data as of" date of a page or export built from them. */
export function latestChange(history: ContentHistory, files: Iterable<string>): string | undefined {
	let latest: string | undefined;
	for (const file of files) {
		const date = history.lastChanged.get(file);
		if (date && (!latest || date > latest)) latest = date;
	}
	return latest;
}

const git = (root: string, args: string[]) =>
	execFileSync('git', args, {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'ignore'],
		env: { ...process.env, TZ: 'UTC' },
	});

/** Read the history of `content/` with two git calls; a copy without history says so instead of guessing. */
export function readContentHistory(root: string): ContentHistory {
	try {
		const shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
		const uncommitted = parseGitStatus(git(root, ['status', '--porcelain', '--untracked-files=all', '--', 'content']));
		if (shallow) return { lastChanged: new Map(), uncommitted, available: false };
		const lastChanged = parseGitLog(
			git(root, [
				'log',
				'--date=format-local:%Y-%m-%d',
				'--format=%x1e%cd',
				'--name-only',
				'--no-renames',
				'--',
				'content',
			])
		);
		return { lastChanged, uncommitted, available: true };
	} catch {
		return { lastChanged: new Map(), uncommitted: new Set(), available: false };
	}
}
