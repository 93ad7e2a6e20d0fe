/** `npm run check:site`: check every link, and words glued to links, in the built site (after `npm run build`); no network. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks } from '../src/lib/quality/links';
import { findGluedText } from '../src/lib/quality/glued-text';

const dist = process.argv[2] ?? 'dist';
const origin = new URL(process.env['SITE_URL'] ?? 'https://release-waves.org').origin;
// A site built for a folder (SITE_BASE) must link only inside that folder.
const base = `${(process.env['SITE_BASE'] ?? '/').replace(/\/+$/, '')}/`;
const pages = new Map<string, string>();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
	if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
	const file = join(entry.parentPath, entry.name);
	const path = `${base}${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
	pages.set(path, readFileSync(file, 'utf8'));
}
const exists = (path: string) => {
	if (!path.startsWith(base)) return false;
	const file = join(dist, path.slice(base.length));
	return existsSync(file) && statSync(file).isFile();
};
const broken = findBrokenLinks(pages, exists, origin);
for (const b of broken) console.error(`${b.page}: ${b.href}: ${b.reason}`);
const glued = [...pages].flatMap(([page, html]) =>
	findGluedText(html).map((text) => `${page}: missing space: ${text}`)
);
for (const line of glued) console.error(line);
console.log(`${pages.size} pages checked: ${broken.length} broken link(s), ${glued.length} missing space(s).`);
if (broken.length || glued.length) process.exitCode = 1;
