import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILES, fileName } from '../../../../src/lib/export/data-files';
import { parseChecksums, sha256 } from '../../../../src/lib/release/checksums';
import { releaseIndexSchema } from '../../../../src/lib/release/manifest';
import { readIndex, writeRelease } from '../../../../src/lib/release/write-release';

let root: string;
const built = () => join(root, 'dist', 'data');
const releases = () => join(root, 'public', 'data', 'releases');

const wave = (id: string, title: string, corrections: { date: string; text: string }[] = []) => ({
	id,
	url: `https://example.org/events/${id}/`,
	title,
	corrections,
});

/** Write a build's data files: every file of DATA_FILES, with these waves and people in the JSON. */
async function build(generated: string, events: unknown[], people: unknown[], tallies = 'date\r\n2025-01-01\r\n') {
	await mkdir(built(), { recursive: true });
	const json = (key: string, list: unknown[]) =>
		`${JSON.stringify({ title: 'x', generated, [key]: list }, null, '\t')}\n`;
	for (const file of DATA_FILES) {
		const name = fileName(file);
		const text =
			name === 'events.json'
				? json('events', events)
				: name === 'people.json'
					? json('people', people)
					: name === 'tallies.csv'
						? tallies
						: `${name}\r\n`;
		await writeFile(join(built(), name), text);
	}
}

beforeEach(async () => {
	root = await mkdtemp(join(tmpdir(), 'release-test-'));
});
afterEach(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('writeRelease()', () => {
	it('copies every data file into a dated folder whose SHA256SUMS.txt verify each file', async () => {
		await build('2026-12-01', [wave('w1', 'First')], [{ id: 'p1', name: 'Ihar Losik' }]);
		const outcome = await writeRelease({ built: built(), releases: releases() }, '2026-12-01');
		expect('written' in outcome).toBe(true);
		const folder = join(releases(), '2026-12-01');
		const sums = parseChecksums(await readFile(join(folder, 'SHA256SUMS.txt'), 'utf8'));
		expect([...sums.keys()]).toEqual(DATA_FILES.map(fileName));
		for (const [name, hash] of sums) {
			const copy = await readFile(join(folder, name));
			expect(sha256(copy), name).toBe(hash);
			expect(copy.equals(await readFile(join(built(), name))), name).toBe(true);
		}
		const index = releaseIndexSchema.parse(JSON.parse(await readFile(join(releases(), 'index.json'), 'utf8')));
		expect(index.releases.map((r) => r.date)).toEqual(['2026-12-01']);
		expect(JSON.parse(await readFile(join(folder, 'release.json'), 'utf8'))).toEqual(index.releases[0]);
		expect(index.releases[0]!.changes.events.added).toEqual([{ id: 'w1', title: 'First' }]);
	});

	it('lists the changes from the previous release: waves added, changed, removed, corrections, files', async () => {
		await build('2026-12-01', [wave('w1', 'First'), wave('w2', 'Second')], [{ id: 'p1', name: 'Ihar Losik' }]);
		await writeRelease({ built: built(), releases: releases() }, '2026-12-01');
		await build(
			'2026-12-09',
			[
				wave('w1', 'First, corrected', [{ date: '2026-12-08', text: 'The count was 52, not 50.' }]),
				wave('w3', 'Third'),
			],
			[
				{ id: 'p1', name: 'Ihar Losik' },
				{ id: 'p2', name: 'Maria Kalesnikava' },
			],
			'date\r\n2025-01-01\r\n2025-02-01\r\n'
		);
		const outcome = await writeRelease({ built: built(), releases: releases() }, '2026-12-09');
		if (!('written' in outcome)) throw new Error('no release written');
		const { changes, previous } = outcome.written;
		expect(previous).toBe('2026-12-01');
		expect(changes.events).toEqual({
			added: [{ id: 'w3', title: 'Third' }],
			changed: [{ id: 'w1', title: 'First, corrected', fields: ['corrections', 'title'] }],
			removed: [{ id: 'w2', title: 'Second' }],
		});
		expect(changes.people.added).toEqual([{ id: 'p2', title: 'Maria Kalesnikava' }]);
		expect(changes.corrections).toEqual([{ id: 'w1', date: '2026-12-08', text: 'The count was 52, not 50.' }]);
		expect(changes.files).toEqual(['events.json', 'people.json', 'tallies.csv']);
		expect((await readIndex(releases())).releases.map((r) => r.date)).toEqual(['2026-12-09', '2026-12-01']);
		// The earlier release is untouched.
		const old = JSON.parse(await readFile(join(releases(), '2026-12-01', 'events.json'), 'utf8'));
		expect(old.events.map((e: { id: string }) => e.id)).toEqual(['w1', 'w2']);
	});

	it('writes nothing when only the build date differs from the latest release', async () => {
		await build('2026-12-01', [wave('w1', 'First')], []);
		await writeRelease({ built: built(), releases: releases() }, '2026-12-01');
		await build('2026-12-05', [wave('w1', 'First')], []);
		expect(await writeRelease({ built: built(), releases: releases() }, '2026-12-05')).toEqual({
			unchanged: '2026-12-01',
		});
		expect((await readIndex(releases())).releases).toHaveLength(1);
	});

	it('never rewrites a published release, nor releases before the latest', async () => {
		await build('2026-12-01', [wave('w1', 'First')], []);
		await writeRelease({ built: built(), releases: releases() }, '2026-12-01');
		await build('2026-12-01', [wave('w1', 'Changed')], []);
		await expect(writeRelease({ built: built(), releases: releases() }, '2026-12-01')).rejects.toThrow('never changes');
		await expect(writeRelease({ built: built(), releases: releases() }, '2026-11-30')).rejects.toThrow(
			'before the latest'
		);
		await expect(writeRelease({ built: built(), releases: releases() }, '1 Dec')).rejects.toThrow('YYYY-MM-DD');
	});

	it('names the missing file when the build is incomplete', async () => {
		await build('2026-12-01', [], []);
		await rm(join(built(), 'tallies.csv'));
		await expect(writeRelease({ built: built(), releases: releases() }, '2026-12-01')).rejects.toThrow('tallies.csv');
	});
});

describe('parseChecksums()', () => {
	it('reads sha256sum output and refuses a line it cannot read', () => {
		const hash = sha256('x');
		expect(parseChecksums(`${hash}  a.csv\n${hash} *b.json\n`)).toEqual(
			new Map([
				['a.csv', hash],
				['b.json', hash],
			])
		);
		expect(() => parseChecksums('nonsense\n')).toThrow('nonsense');
	});
});
