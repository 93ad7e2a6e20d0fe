import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNTS_YAML, eventFile, eventInput, PERSON_YAML, TALLIES_YAML } from '../../helpers';

const TSX = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const SCRIPT = join(process.cwd(), 'scripts/validate-content.ts');

const VALID: Record<string, string> = {
	'content/prisoner-counts.yaml': COUNTS_YAML,
	'content/tallies.yaml': TALLIES_YAML,
	'content/people/ihar-losik.yaml': PERSON_YAML,
	'content/events/2025-09-11-release-52.mdx': eventFile(eventInput()),
};

/** A YAML mistake (a field indented too far, on line 3) and a schema mistake (a fractional count, on line 5). */
const BROKEN: Record<string, string> = {
	...VALID,
	'content/people/ales-bialiatski.yaml':
		'name: "Ales Bialiatski"\ndescription: "Human-rights defender."\n  variants: {}\n',
	// `---`, then title, date, dateMarks and count, one field a line.
	'content/events/2025-09-11-release-52.mdx': eventFile(
		eventInput({ count: { value: 52.5, precision: 'exact', basis: 'official', cite: ['kyiv-independent'] } })
	),
};

/** Run `npm run validate` in a fresh folder holding these files, outside any git repository, as GitHub runs it. */
function validate(files: Record<string, string>, env: Record<string, string> = {}) {
	const cwd = mkdtempSync(join(tmpdir(), 'validate-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(cwd, path)), { recursive: true });
		writeFileSync(join(cwd, path), text);
	}
	const summaryFile = join(cwd, 'step-summary.md');
	writeFileSync(summaryFile, '');
	const { GITHUB_ACTIONS: _, GITHUB_STEP_SUMMARY: __, CONTENT_ANNOTATIONS: ___, ...inherited } = process.env;
	const { status, stdout, stderr } = spawnSync(process.execPath, [TSX, SCRIPT], {
		cwd,
		encoding: 'utf8',
		env: { ...inherited, ...env, ...(env['GITHUB_ACTIONS'] ? { GITHUB_STEP_SUMMARY: summaryFile } : {}) },
	});
	return { status, stdout, stderr, summary: readFileSync(summaryFile, 'utf8') };
}

describe('npm run validate on GitHub', () => {
	it('marks each problem on its line, keeps the readable lines, writes the summary and fails', () => {
		const { status, stdout, stderr, summary } = validate(BROKEN, { GITHUB_ACTIONS: 'true' });
		expect(status).toBe(1);
		const commands = stdout.split('\n').filter((line) => line.startsWith('::'));
		expect(commands).toHaveLength(2);
		expect(commands[0]).toMatch(
			/^::error file=content\/events\/2025-09-11-release-52\.mdx,line=5,(col=\d+,)?title=count\.value::/
		);
		expect(commands[1]).toMatch(/^::error file=content\/people\/ales-bialiatski\.yaml,line=3,(col=\d+,)?title=/);
		expect(stderr).toContain('content/events/2025-09-11-release-52.mdx:5: count.value:');
		expect(stderr).toContain('2 problems in');
		expect(summary).toMatch(/^## Content check: 2 problems in 2 files\n/);
		expect(summary).toContain('| content/events/2025-09-11-release-52.mdx:5');
		expect(summary).toMatch(/\| content\/people\/ales-bialiatski\.yaml:3(:\d+)? \|/);
	});

	it('passes valid content without git history, with a summary of what it holds', () => {
		const { status, stdout, summary } = validate(VALID, { GITHUB_ACTIONS: 'true' });
		expect(status).toBe(0);
		expect(stdout).toContain('Content OK: 1 event, 1 person,');
		expect(stdout).not.toContain('::error');
		expect(summary).toMatch(/^## Content check passed: 1 event, 1 person, /);
	});

	it('marks nothing in a job that leaves the marks to the Content job', () => {
		const { status, stdout, summary } = validate(BROKEN, { GITHUB_ACTIONS: 'true', CONTENT_ANNOTATIONS: 'off' });
		expect(status).toBe(1);
		expect(stdout).not.toContain('::error');
		expect(summary).toBe('');
	});

	it('prints no workflow commands and writes no summary outside GitHub', () => {
		const { status, stdout, stderr, summary } = validate(BROKEN);
		expect(status).toBe(1);
		expect(stdout + stderr).not.toContain('::error');
		expect(stderr).toContain('2 problems in');
		expect(summary).toBe('');
	});
});
