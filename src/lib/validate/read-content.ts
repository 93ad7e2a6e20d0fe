import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './validate';
import { isoDate } from '../time/dates';

/** Read every file under `content/` (Node only: used by the validator and the build hook). */
export function readContentFiles(root: string): ContentFile[] {
	const contentDir = join(root, 'content');
	return readdirSync(contentDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort()
		.map((file) => ({ path: relative(root, file).split(sep).join('/'), text: readFileSync(file, 'utf8') }));
}

/** Today's date in UTC, `YYYY-MM-DD`. */
export function todayUtc(): string {
	return isoDate(new Date());
}
