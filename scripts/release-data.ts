/**
 * `npm run release-data`: publish today's data as a dated release that the site serves for good at
 * /data/releases/<date>/, with SHA-256 checksums and the changes since the previous release.
 *
 *   npm run release-data                 build the data files, then release them as today's
 *   npm run release-data -- --date D     release as of day D (YYYY-MM-DD), no earlier than the latest release
 *   npm run release-data -- --built DIR  release the data files already built in DIR (e.g. dist/data)
 *
 * Commit the new folder under public/data/releases/ with the content it was made from.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { todayUtc } from '../src/lib/validate/read-content';
import { writeRelease } from '../src/lib/release/write-release';
import { citationCff } from '../src/lib/citation/cff';

const { values } = parseArgs({ options: { date: { type: 'string' }, built: { type: 'string' } } });
const date = values.date ?? todayUtc();
const releases = join('public', 'data', 'releases');

let built = values.built;
let scratch: string | undefined;
if (!built) {
	scratch = await mkdtemp(join(tmpdir(), 'release-data-'));
	console.log('Building the data files...');
	const build = spawnSync('npx', ['astro', 'build', '--outDir', scratch], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (build.status !== 0) {
		console.error('release-data: the build failed; fix what it reports (npm run validate), then run this again.');
		process.exit(1);
	}
	built = join(scratch, 'data');
}

try {
	const outcome = await writeRelease({ built, releases }, date);
	if ('unchanged' in outcome) {
		console.log(`No release written: the data are the same as in the release of ${outcome.unchanged}.`);
	} else {
		const { files, changes } = outcome.written;
		const total = files.reduce((sum, file) => sum + file.bytes, 0);
		console.log(`Released the data of ${date} in ${join(releases, date)}: ${files.length} files, ${total} bytes.`);
		console.log(
			`Waves: ${changes.events.added.length} added, ${changes.events.changed.length} changed, ${changes.events.removed.length} removed; ` +
				`people: ${changes.people.added.length} added, ${changes.people.changed.length} changed, ${changes.people.removed.length} removed; ` +
				`${changes.corrections.length} corrections.`
		);
		// The data files name the site they were built for; the citation file points there.
		const { source } = JSON.parse(await readFile(join(built, 'events.json'), 'utf8')) as { source: string };
		await writeFile('CITATION.cff', citationCff(source, date));
		console.log('Commit that folder, public/data/releases/index.json and CITATION.cff.');
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
} finally {
	if (scratch) await rm(scratch, { recursive: true, force: true });
}
