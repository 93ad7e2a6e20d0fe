/**
 * Citations of a page of the record, in the formats reference managers read: plain text (APA-like),
 * BibTeX, CSL-JSON and RIS. Each carries the page's stable address and the version of its content
 * (the day its files last changed, from git), with a slot for the day the reader accessed it.
 */

/** What is cited: a page of the record, or its data. */
export interface CitedWork {
	/** A key unique on the site, for BibTeX and CSL-JSON: `release-waves-2025-12-13-clemency-123`. */
	id: string;
	title: string;
	/** The stable address of the page, absolute. */
	url: string;
	/** `YYYY-MM-DD` of the content's last change; absent when the copy has no history. */
	version?: string | undefined;
	/** The work the page belongs to, e.g. "Release Waves". */
	container: string;
	kind: 'webpage' | 'dataset';
	/** The language of the page: `en`, `be`, `ru`. */
	lang: string;
}

/** A day the reader fills in, or the day the page was read when a script knows it. */
export type Accessed = { date: string } | { placeholder: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
const accessedText = (accessed: Accessed) => ('date' in accessed ? accessed.date : accessed.placeholder);

/** Escape BibTeX's special characters in a field's text. */
function bibtexText(text: string): string {
	return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);
}

/**
 * Plain text, APA-like: `Release Waves. (2026, December 2). Title [Web page]. Release Waves. URL (accessed …)`.
 * `formatDate` writes the version date in the page's language.
 */
export function citationText(
	work: CitedWork,
	accessed: Accessed,
	words: { accessed: string; noDate: string; kind: string },
	formatDate: (iso: string) => string
): string {
	const version = work.version ? formatDate(work.version) : words.noDate;
	return `${work.container}. (${version}). ${work.title} [${words.kind}]. ${work.url} (${words.accessed} ${accessedText(accessed)})`;
}

/** A BibTeX `@misc` entry, with biblatex's `date` and `urldate` for the version and the day accessed. */
export function citationBibtex(work: CitedWork, accessed: Accessed): string {
	const fields: [string, string][] = [
		['author', `{${bibtexText(work.container)}}`],
		['title', bibtexText(work.title)],
		['howpublished', `\\url{${work.url}}`],
		['url', work.url],
		...(work.version
			? ([
					['year', String(parts(work.version)[0])],
					['month', MONTHS[parts(work.version)[1] - 1]!],
					['date', work.version],
				] as [string, string][])
			: []),
		['urldate', accessedText(accessed)],
		['language', work.lang],
	];
	return `@misc{${work.id},\n${fields.map(([key, value]) => `  ${key} = {${value}}`).join(',\n')}\n}`;
}

/** A CSL-JSON item, the format of Zotero, Mendeley and citeproc. */
export function citationCsl(work: CitedWork, accessed: Accessed): Record<string, unknown> {
	return {
		id: work.id,
		type: work.kind,
		title: work.title,
		author: [{ literal: work.container }],
		'container-title': work.container,
		URL: work.url,
		language: work.lang,
		...(work.version ? { issued: { 'date-parts': [parts(work.version)] }, version: work.version } : {}),
		// A day the reader fills in is not a date yet: CSL-JSON then carries it as literal text.
		accessed: 'date' in accessed ? { 'date-parts': [parts(accessed.date)] } : { literal: accessed.placeholder },
	};
}

/** A RIS record, for EndNote and most reference managers. */
export function citationRis(work: CitedWork, accessed: Accessed): string {
	const lines: [string, string][] = [
		['TY', work.kind === 'dataset' ? 'DATA' : 'ELEC'],
		['ID', work.id],
		['TI', work.title],
		['AU', work.container],
		['T2', work.container],
		...(work.version
			? ([
					['PY', String(parts(work.version)[0])],
					['DA', work.version.replace(/-/g, '/')],
				] as [string, string][])
			: []),
		['UR', work.url],
		// RIS writes dates YYYY/MM/DD; a slot the reader fills stays as it is.
		['Y2', 'date' in accessed ? accessed.date.replace(/-/g, '/') : accessed.placeholder],
		['LA', work.lang],
		['ER', ''],
	];
	return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\n');
}
