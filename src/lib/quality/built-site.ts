import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { weighPage, type PageWeight } from './page-weight';

/** Weigh the pages the budgets are about in a built site: home, the latest event, and the embed. */
export function weighBuiltSite(dist: string): PageWeight[] {
	const read = (path: string) => {
		const file = join(dist, path);
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const latestEvent = readdirSync(join(dist, 'events'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort()
		.at(-1);
	return ['/', `/events/${latestEvent}/`, '/embed/']
		.map((page) => [page, read(`${page}index.html`)] as const)
		.filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
		.map(([page, html]) => weighPage(page, html, read));
}

/** Kilobytes with one decimal, for reports. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The home page's weight on the wire (HTML, CSS and JS, gzip), in every language: the budget of the scale issue. */
export const HOME_GZIP_LIMIT = 35 * 1024;

/** The home page's budgets: its JavaScript, and all it loads. */
export function homeBudgets(home: PageWeight): { text: string; ok: boolean }[] {
	return [
		{ text: `home JS ${kb(home.js.gzip)} KB gzip <= 20 KB`, ok: home.js.gzip <= 20 * 1024 },
		{
			text: `home HTML+CSS+JS ${kb(home.wire.gzip)} KB gzip <= ${kb(HOME_GZIP_LIMIT)} KB`,
			ok: home.wire.gzip <= HOME_GZIP_LIMIT,
		},
	];
}

/** One table row per page: HTML, CSS, JS raw/gzip, bytes on the wire, requests. */
export function weightRows(rows: readonly PageWeight[]): string[] {
	return [
		'page | HTML raw/gzip KB | CSS raw/gzip KB | JS raw/gzip KB | on the wire gzip KB | requests',
		...rows.map(
			(w) =>
				`${w.page} | ${kb(w.html.raw)}/${kb(w.html.gzip)} | ${kb(w.css.raw)}/${kb(w.css.gzip)} | ${kb(w.js.raw)}/${kb(w.js.gzip)} | ${kb(w.wire.gzip)} | ${w.requests}`
		),
	];
}
