import type { Release } from './manifest';

/** The figures /data/ shows for a release: total size and how many waves and corrections changed. */
export function releaseSummary(release: Release) {
	const { events, corrections } = release.changes;
	return {
		bytes: release.files.reduce((sum, file) => sum + file.bytes, 0),
		wavesAdded: events.added.length,
		wavesChanged: events.changed.length,
		wavesRemoved: events.removed.length,
		corrections: corrections.length,
	};
}

/** The release after `date` in an index listed newest first, if there is one. */
export function nextRelease(releases: readonly Release[], date: string): Release | undefined {
	const index = releases.findIndex((release) => release.date === date);
	return index > 0 ? releases[index - 1] : undefined;
}
