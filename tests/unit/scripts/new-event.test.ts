import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../src/lib/validate/validate';
import { mkdirSync } from 'node:fs';
import { COUNTS_YAML, PERSON_YAML, TALLIES_YAML } from '../../helpers';

const TSX = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const SCRIPT = join(process.cwd(), 'scripts/new-event.ts');

/** Run `npm run new-event` in a fresh folder, without a terminal to prompt on. */
function newEvent(args: string[], cwd = mkdtempSync(join(tmpdir(), 'new-event-'))) {
	const { status, stdout, stderr } = spawnSync(process.execPath, [TSX, SCRIPT, ...args], {
		cwd,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	return { status, stdout, stderr, cwd };
}

describe('npm run new-event', () => {
	it('creates content/events/DATE-slug.mdx from flags', () => {
		const { status, stdout, cwd } = newEvent([
			'--date',
			'2025-09-11',
			'--title',
			'Fifty-two freed, taken to Lithuania',
		]);
		expect(status).toBe(0);
		expect(stdout).toContain('Created content/events/2025-09-11-fifty-two-freed-taken-to-lithuania.mdx');
		const text = readFileSync(join(cwd, 'content/events/2025-09-11-fifty-two-freed-taken-to-lithuania.mdx'), 'utf8');
		expect(text).toContain('title: Fifty-two freed, taken to Lithuania\ndate: 2025-09-11\n');
	});

	it('writes an entry in the current format whose only problems are its TODO placeholders', () => {
		const { status, cwd } = newEvent(['--date', '2025-09-11', '--title', 'Freed', '--slug', 'release-52']);
		expect(status).toBe(0);
		const path = 'content/events/2025-09-11-release-52.mdx';
		const text = readFileSync(join(cwd, path), 'utf8');
		expect(text).toMatch(/\n {2}basis: "TODO: /);
		expect(text).toMatch(/\n {2}cite:\n {4}- "TODO: /);
		expect(text).toMatch(/\nsources:\n {2}- id: "TODO: /);
		const { problems } = validateContent(
			[
				{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
				{ path: 'content/tallies.yaml', text: TALLIES_YAML },
				{ path, text },
			],
			'2026-11-22'
		);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.filter((p) => !p.message.includes('placeholder'))).toEqual([]);
		expect(problems.every((p) => p.file === path)).toBe(true);
	});

	it('names existing people by any spelling and writes sources with ids, still valid but for its placeholders', () => {
		const cwd = mkdtempSync(join(tmpdir(), 'new-event-'));
		mkdirSync(join(cwd, 'content/people'), { recursive: true });
		writeFileSync(join(cwd, 'content/people/ihar-losik.yaml'), PERSON_YAML);
		const { status, stdout } = newEvent(
			[
				...['--date', '2025-09-11', '--title', 'Freed', '--slug', 'release-52'],
				...['--person', 'Ihar Lossik', '--person', 'Nobody Known'],
				...['--source', 'Kyiv Independent, https://kyivindependent.com/belarus-frees-52/'],
				...['--source', 'Kyiv Independent https://kyivindependent.com/more/'],
			],
			cwd
		);
		expect(status).toBe(0);
		expect(stdout).toContain('"Ihar Lossik" is ihar-losik (Ihar Losik).');
		expect(stdout).toContain(
			'No one in content/people/ is written like "Nobody Known": add content/people/nobody-known.yaml'
		);
		expect(stdout).toContain('  kyiv-independent: Kyiv Independent\n  kyiv-independent-2: Kyiv Independent\n');
		const path = 'content/events/2025-09-11-release-52.mdx';
		const text = readFileSync(join(cwd, path), 'utf8');
		expect(text).toContain('people:\n  - ihar-losik\n');
		expect(text).toContain('  - id: kyiv-independent-2\n');
		const { problems } = validateContent(
			[
				{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
				{ path: 'content/tallies.yaml', text: TALLIES_YAML },
				{ path: 'content/people/ihar-losik.yaml', text: PERSON_YAML },
				{ path, text },
			],
			'2026-11-22'
		);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.filter((p) => !p.message.includes('placeholder'))).toEqual([]);
	});

	it('refuses to overwrite an existing entry', () => {
		const first = newEvent(['--date', '2025-09-11', '--title', 'Freed', '--slug', 'release-52']);
		const file = join(first.cwd, 'content/events/2025-09-11-release-52.mdx');
		writeFileSync(file, 'edited by hand');
		const second = newEvent(['--date', '2025-09-11', '--title', 'Freed', '--slug', 'release-52'], first.cwd);
		expect(second.status).toBe(1);
		expect(second.stderr).toContain('content/events/2025-09-11-release-52.mdx already exists; it was not changed');
		expect(readFileSync(file, 'utf8')).toBe('edited by hand');
	});

	it.each([
		[['--date', '11.09.2025', '--title', 'Freed'], '"11.09.2025" is not a date written YYYY-MM-DD'],
		[['--date', '2025-09-11', '--title', 'Freed', '--slug', 'Release 52'], '"Release 52" cannot be a file name'],
		[['--date', '2025-09-11'], 'missing --title'],
		[['--date', '2025-09-11', '--title', 'Freed', '--source', 'Viasna'], '"Viasna" is not a source'],
		[['--date', '2025-09-11', '--title', 'Freed', '--colour', 'red'], "Unknown option '--colour'"],
	])('explains what is wrong with %j', (args, message) => {
		const { status, stderr } = newEvent(args);
		expect(status).toBe(1);
		expect(stderr).toContain(message);
		expect(stderr).toContain('usage: npm run new-event');
	});
});
