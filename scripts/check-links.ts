/** `npm run check:links`: check every link in the built site (run after `npm run build`); no network. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { findBrokenLinks } from '../src/lib/quality/links';

const dist = process.argv[2] ?? 'dist';
const origin = new URL(process.env['SITE_URL'] ?? 'https://release-waves.org').origin;
const pages = new Map<string, string>();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
	if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
	const file = join(entry.parentPath, entry.name);
	const path = `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
	pages.set(path, readFileSync(file, 'utf8'));
}
const exists = (path: string) => existsSync(join(dist, path)) && statSync(join(dist, path)).isFile();
const broken = findBrokenLinks(pages, exists, origin);
for (const b of broken) console.error(`${b.page}: ${b.href}: ${b.reason}`);
console.log(`${pages.size} pages checked, ${broken.length} broken link${broken.length === 1 ? '' : 's'}.`);
if (broken.length) process.exitCode = 1;
