/**
 * Archived copies of sources: which services count, what a copy's address says (its service and the day it
 * was captured), and whether it is a copy of the source it sits beside. Nothing here fetches anything.
 */

/** The archives whose copies the site accepts; both keep copies without an account and serve them for free. */
export const ARCHIVE_SERVICES = {
	wayback: { name: 'Wayback Machine', hosts: ['web.archive.org'] },
	archiveToday: {
		name: 'archive.today',
		hosts: ['archive.today', 'archive.ph', 'archive.is', 'archive.li', 'archive.vn', 'archive.md', 'archive.fo'],
	},
} as const;
export type ArchiveService = keyof typeof ARCHIVE_SERVICES;

/** What an archived copy's address tells: the service, the day of the capture when the address holds it, the page. */
export interface ArchiveInfo {
	service: ArchiveService;
	/** The day the copy was made, YYYY-MM-DD, when the address carries a timestamp. */
	captured?: string | undefined;
	/** The address of the page that was copied, when the address carries it. */
	original?: string | undefined;
}

// `/web/20251215093000/https://…` (Wayback) or `/20251215093000/https://…` (archive.today), the timestamp at least a day.
const TIMESTAMPED = /^\/(?:web\/)?(\d{8})\d{0,6}(?:[a-z]{2}_)?\/(.+)$/;

function serviceOf(host: string): ArchiveService | undefined {
	return (Object.keys(ARCHIVE_SERVICES) as ArchiveService[]).find((service) =>
		(ARCHIVE_SERVICES[service].hosts as readonly string[]).includes(host)
	);
}

/** Read an archived copy's address; undefined when it is not a copy on one of `ARCHIVE_SERVICES`. */
export function archiveInfo(address: string): ArchiveInfo | undefined {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return undefined;
	}
	const service = serviceOf(url.hostname);
	if (!service || url.protocol !== 'https:') return undefined;
	const stamped = TIMESTAMPED.exec(url.pathname + url.search);
	if (service === 'wayback' && !stamped) return undefined;
	if (service === 'archiveToday' && url.pathname.length <= 1) return undefined;
	const day = stamped?.[1];
	return {
		service,
		captured: day && `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
		original: stamped?.[2],
	};
}

/** Compare two addresses of one page the way archives store them: no scheme, no `www.`, no trailing slash. */
function samePage(a: string, b: string): boolean {
	const bare = (address: string) =>
		address
			.replace(/^https?:\/\//, '')
			.replace(/^www\./, '')
			.replace(/\/$/, '')
			.toLowerCase();
	return bare(a) === bare(b);
}

/**
 * Why an archived address cannot stand beside a source, or undefined when it can: it must be a dated copy on a
 * known archive and, when its address names the page it copied, a copy of that source's page.
 */
export function archiveProblem(archived: string, source: string): string | undefined {
	const info = archiveInfo(archived);
	if (!info)
		return 'must be the https:// address of a copy on the Wayback Machine (https://web.archive.org/web/<date>/<address>) or archive.today (https://archive.ph/<id>)';
	if (info.original && !samePage(info.original, source))
		return `is a copy of ${info.original}, not of this source's url ${source}`;
	return undefined;
}

/** Sources in one content file. */
export interface FileSources {
	file: string;
	sources: readonly { archived?: string | undefined }[];
}

/** How many sources have no archived copy, in all and per file (most first), for the validator's warning. */
export function unarchivedSources(files: readonly FileSources[]) {
	const perFile = files
		.map(({ file, sources }) => ({ file, missing: sources.filter((source) => !source.archived).length }))
		.filter(({ missing }) => missing > 0)
		.sort((a, b) => b.missing - a.missing || a.file.localeCompare(b.file));
	return {
		total: files.reduce((sum, { sources }) => sum + sources.length, 0),
		missing: perFile.reduce((sum, { missing }) => sum + missing, 0),
		perFile,
	};
}

/** The validator's warning about sources without an archived copy, or undefined when every source has one. */
export function unarchivedWarning(files: readonly FileSources[], shown = 5): string | undefined {
	const { total, missing, perFile } = unarchivedSources(files);
	if (missing === 0) return undefined;
	const listed = perFile
		.slice(0, shown)
		.map(({ file, missing: n }) => `${file} (${n})`)
		.join(', ');
	const more = perFile.length > shown ? ` and ${perFile.length - shown} more files` : '';
	return `warning: ${missing} of ${total} sources have no archived copy: ${listed}${more}. Pages and links rot; add "archived:" with a Wayback Machine or archive.today address (CONTRIBUTING.md, "Archiving a source").`;
}
