/** `npm run docs`: rewrite the field reference in CONTRIBUTING.md from the schema; `-- --check` only reports. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldReference } from '../src/lib/authoring/field-reference';

const FILE = 'CONTRIBUTING.md';
const current = readFileSync(FILE, 'utf8');
const updated = withFieldReference(current);

if (updated === current) {
	console.log(`${FILE} is up to date.`);
} else if (process.argv.includes('--check')) {
	console.error(`${FILE} is out of date with src/lib/content/schema.ts: run npm run docs and commit the result.`);
	process.exit(1);
} else {
	writeFileSync(FILE, updated);
	console.log(`${FILE}: field reference rewritten from the schema.`);
}
