import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_FILES, fileName } from '../export/data-files';
import { recordChanges, type ReleaseRecords } from './changes';
import { CHECKSUMS_FILE, checksumsText, releaseFile } from './checksums';
import { releaseIndexSchema, type Release, type ReleaseIndex } from './manifest';

/** Where a release reads the built data files and where it keeps the releases. */
export interface ReleasePlaces {
	/** The folder the build wrote the data files to (`dist/data`). */
	built: string;
	/** The folder of the releases, served as /data/releases/ (`public/data/releases`). */
	releases: string;
}

export const INDEX_FILE = 'index.json';
export const DESCRIPTION_FILE = 'release.json';

/** Read the index of releases; a folder without one has none yet. */
export async function readIndex(releases: string): Promise<ReleaseIndex> {
	const text = await readFile(join(releases, INDEX_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return '{"releases":[]}';
		throw error;
	});
	return releaseIndexSchema.parse(JSON.parse(text));
}

// The build date inside a JSON file is not data: two builds of the same record differ only there.
const withoutBuildDate = (text: string) => text.replace(/^\t"generated": "\d{4}-\d{2}-\d{2}",?$/m, '');

const recordsOf = (files: ReadonlyMap<string, string>): ReleaseRecords => ({
	events: (JSON.parse(files.get('events.json')!) as { events: ReleaseRecords['events'] }).events,
	people: (JSON.parse(files.get('people.json')!) as { people: ReleaseRecords['people'] }).people,
});

/** Why a release cannot be made on this date, if it cannot. */
function dateProblem(date: string, index: ReleaseIndex): string | undefined {
	const latest = index.releases[0]?.date;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `the date "${date}" is not YYYY-MM-DD`;
	if (index.releases.some((release) => release.date === date))
		return `a release of ${date} exists; a release never changes once published (make the next one tomorrow)`;
	if (latest && date < latest) return `${date} is before the latest release, ${latest}`;
	return undefined;
}

/** The outcome of `writeRelease()`: the release written, or why none was. */
export type ReleaseOutcome = { written: Release } | { unchanged: string };

/**
 * Write a dated release: copy every data file of `DATA_FILES` from the build into `<releases>/<date>/`, with its
 * SHA-256 in SHA256SUMS.txt, a release.json describing it and its changes from the previous release, and add it at
 * the top of the index. Refuses a date already released or earlier than the latest, and writes nothing when no
 * file's data differs from the latest release.
 */
export async function writeRelease(places: ReleasePlaces, date: string): Promise<ReleaseOutcome> {
	const index = await readIndex(places.releases);
	const problem = dateProblem(date, index);
	if (problem) throw new Error(`release-data: ${problem}`);
	const names = DATA_FILES.map(fileName);
	const bytes = new Map(
		await Promise.all(names.map(async (name) => [name, await readFile(join(places.built, name))] as const))
	);
	const texts = new Map([...bytes].map(([name, content]) => [name, content.toString('utf8')]));

	const latest = index.releases[0];
	const previous = latest
		? new Map(
				await Promise.all(
					latest.files.map(
						async ({ name }) => [name, await readFile(join(places.releases, latest.date, name), 'utf8')] as const
					)
				)
			)
		: undefined;
	const changedFiles = names.filter(
		(name) => !previous?.has(name) || withoutBuildDate(previous.get(name)!) !== withoutBuildDate(texts.get(name)!)
	);
	if (latest && changedFiles.length === 0) return { unchanged: latest.date };

	const release: Release = {
		date,
		...(latest && { previous: latest.date }),
		files: names.map((name) => releaseFile(name, bytes.get(name)!)),
		changes: { ...recordChanges(previous && recordsOf(previous), recordsOf(texts)), files: changedFiles },
	};
	const folder = join(places.releases, date);
	await mkdir(folder, { recursive: true });
	await Promise.all(names.map((name) => writeFile(join(folder, name), bytes.get(name)!)));
	await writeFile(join(folder, CHECKSUMS_FILE), checksumsText(release.files));
	await writeFile(join(folder, DESCRIPTION_FILE), `${JSON.stringify(release, null, '\t')}\n`);
	const next: ReleaseIndex = { releases: [release, ...index.releases] };
	await writeFile(join(places.releases, INDEX_FILE), `${JSON.stringify(next, null, '\t')}\n`);
	return { written: release };
}
