/** `npm run size`: weigh the built home page, the latest event page and the embed, against the budgets. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { weighPage, type PageWeight } from '../src/lib/quality/page-weight';

const dist = process.argv[2] ?? 'dist';
const read = (path: string) => {
	const file = join(dist, path);
	return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const latestEvent = readdirSync(join(dist, 'events')).sort().at(-1);

/** Weigh the pages the budgets are about, skipping any that were not built. */
export function weighSite(): PageWeight[] {
	return ['/', `/events/${latestEvent}/`, '/embed/']
		.map((page) => [page, read(`${page}index.html`)] as const)
		.filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
		.map(([page, html]) => weighPage(page, html, read));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = weighSite();
	console.log('page | HTML raw/gzip KB | CSS raw/gzip KB | JS raw/gzip KB | on the wire gzip KB | requests');
	for (const w of rows) {
		console.log(`${w.page} | ${kb(w.html.raw)}/${kb(w.html.gzip)} | ${kb(w.css.raw)}/${kb(w.css.gzip)} | ${kb(w.js.raw)}/${kb(w.js.gzip)} | ${kb(w.wire.gzip)} | ${w.requests}`);
	}
	const home = rows[0]!;
	const budgets = [
		[`home JS ${kb(home.js.gzip)} KB gzip <= 20 KB`, home.js.gzip <= 20 * 1024],
		[`home HTML+CSS+JS ${kb(home.wire.gzip)} KB gzip <= 80 KB`, home.wire.gzip <= 80 * 1024],
	] as const;
	for (const [text, ok] of budgets) console.log(`${ok ? 'within budget' : 'OVER BUDGET'}: ${text}`);
	if (budgets.some(([, ok]) => !ok)) process.exitCode = 1;
}
