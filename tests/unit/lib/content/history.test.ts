import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	lastChangedOf,
	latestChange,
	parseGitLog,
	parseGitStatus,
	readContentHistory,
	type ContentHistory,
} from '../../../../src/lib/content/history';

const RS = '\u001e';

describe('parseGitLog()', () => {
	it('gives each file the date of the newest commit that lists it', () => {
		const log = [
			`${RS}2026-02-01\n\ncontent/events/a.mdx\ncontent/people/x.yaml\n`,
			`${RS}2026-01-15\n\ncontent/events/a.mdx\ncontent/events/b.mdx\n`,
			`${RS}2025-12-31\n\ncontent/prisoner-counts.yaml\n`,
		].join('');
		expect([...parseGitLog(log)]).toEqual([
			['content/events/a.mdx', '2026-02-01'],
			['content/people/x.yaml', '2026-02-01'],
			['content/events/b.mdx', '2026-01-15'],
			['content/prisoner-counts.yaml', '2025-12-31'],
		]);
	});

	it('reads nothing from an empty log, and skips a commit that touched no listed file', () => {
		expect(parseGitLog('')).toEqual(new Map());
		expect([...parseGitLog(`${RS}2026-02-01\n\n${RS}2026-01-15\n\ncontent/tallies.yaml\n`)]).toEqual([
			['content/tallies.yaml', '2026-01-15'],
		]);
	});

	it('ignores Windows line ends and spaces around lines', () => {
		expect([...parseGitLog(`${RS}2026-02-01\r\n\r\ncontent/events/a.mdx\r\n`)]).toEqual([
			['content/events/a.mdx', '2026-02-01'],
		]);
	});
});

describe('parseGitStatus()', () => {
	it('reads the paths of modified, added, untracked, renamed and quoted entries', () => {
		const status = [
			' M content/events/a.mdx',
			'A  content/events/b.mdx',
			'?? content/people/new.yaml',
			'R  content/events/old.mdx -> content/events/renamed.mdx',
			'?? "content/people/with space.yaml"',
			'',
		].join('\n');
		expect(parseGitStatus(status)).toEqual(
			new Set([
				'content/events/a.mdx',
				'content/events/b.mdx',
				'content/people/new.yaml',
				'content/events/renamed.mdx',
				'content/people/with space.yaml',
			])
		);
	});

	it('reads nothing from a clean working tree', () => {
		expect(parseGitStatus('')).toEqual(new Set());
	});
});

describe('lastChangedOf() and latestChange()', () => {
	const history: ContentHistory = {
		lastChanged: new Map([
			['content/events/a.mdx', '2026-02-01'],
			['content/events/b.mdx', '2026-01-15'],
		]),
		uncommitted: new Set(['content/events/b.mdx', 'content/events/new.mdx']),
		available: true,
	};

	it('gives a committed file its date', () => {
		expect(lastChangedOf(history, 'content/events/a.mdx')).toEqual({ date: '2026-02-01', uncommitted: false });
	});

	it('gives a committed file changed since its date, and says it has uncommitted changes', () => {
		expect(lastChangedOf(history, 'content/events/b.mdx')).toEqual({ date: '2026-01-15', uncommitted: true });
	});

	it('says a file never committed is not committed', () => {
		expect(lastChangedOf(history, 'content/events/new.mdx')).toEqual({ date: undefined, reason: 'not-committed' });
		expect(lastChangedOf(history, 'content/events/unknown.mdx')).toEqual({ date: undefined, reason: 'not-committed' });
	});

	it('says there is no history when the copy has none, rather than guessing', () => {
		const none: ContentHistory = { lastChanged: new Map(), uncommitted: new Set(), available: false };
		expect(lastChangedOf(none, 'content/events/a.mdx')).toEqual({ date: undefined, reason: 'no-history' });
	});

	it('finds the latest change among files, or none', () => {
		expect(latestChange(history, ['content/events/b.mdx', 'content/events/a.mdx', 'content/events/new.mdx'])).toBe(
			'2026-02-01'
		);
		expect(latestChange(history, ['content/events/b.mdx'])).toBe('2026-01-15');
		expect(latestChange(history, ['content/events/new.mdx'])).toBeUndefined();
		expect(latestChange(history, [])).toBeUndefined();
	});
});

describe('readContentHistory()', () => {
	let root: string;
	let repo: string;
	const git = (cwd: string, args: string[], date?: string) =>
		execFileSync(
			'git',
			['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
			{
				cwd,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe'],
				env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1' },
			}
		);
	const write = (file: string, text: string) => {
		mkdirSync(dirname(join(repo, file)), { recursive: true });
		writeFileSync(join(repo, file), text);
	};
	const commit = (message: string, date: string) => {
		git(repo, ['add', '-A']);
		git(repo, ['commit', '-q', '-m', message], date);
	};

	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'content-history-'));
		repo = join(root, 'repo');
		mkdirSync(repo);
		git(repo, ['init', '-q']);
		write('content/events/2025-09-11-a.mdx', 'first');
		write('content/events/2025-09-12-b.mdx', 'first');
		commit('first', '2026-01-15T12:00:00Z');
		write('content/events/2025-09-11-a.mdx', 'second');
		write('README.md', 'not content');
		// 23:30 in Los Angeles is already the next day in UTC, which the dates are given in.
		commit('second', '2026-01-31T23:30:00-08:00');
		write('content/events/2025-09-12-b.mdx', 'edited, not committed');
		write('content/people/new.yaml', 'new, not committed');
		write('notes.txt', 'outside content');
	});

	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('reads when each content file last changed, in UTC, and what is uncommitted', () => {
		const history = readContentHistory(repo);
		expect(history.available).toBe(true);
		expect([...history.lastChanged]).toEqual([
			['content/events/2025-09-11-a.mdx', '2026-02-01'],
			['content/events/2025-09-12-b.mdx', '2026-01-15'],
		]);
		expect(history.uncommitted).toEqual(new Set(['content/events/2025-09-12-b.mdx', 'content/people/new.yaml']));
		expect(lastChangedOf(history, 'content/events/2025-09-11-a.mdx')).toEqual({
			date: '2026-02-01',
			uncommitted: false,
		});
		expect(lastChangedOf(history, 'content/events/2025-09-12-b.mdx')).toEqual({
			date: '2026-01-15',
			uncommitted: true,
		});
		expect(lastChangedOf(history, 'content/people/new.yaml')).toEqual({ date: undefined, reason: 'not-committed' });
	});

	it('reports no history in a shallow clone, instead of dating every file by its one commit', () => {
		const clone = join(root, 'shallow');
		git(root, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
		const history = readContentHistory(clone);
		expect(history).toEqual({ lastChanged: new Map(), uncommitted: new Set(), available: false });
		expect(lastChangedOf(history, 'content/events/2025-09-11-a.mdx')).toEqual({
			date: undefined,
			reason: 'no-history',
		});
	});

	it('reports no history outside a repository', () => {
		const plain = mkdtempSync(join(root, 'plain-'));
		expect(readContentHistory(plain)).toEqual({ lastChanged: new Map(), uncommitted: new Set(), available: false });
	});
});
