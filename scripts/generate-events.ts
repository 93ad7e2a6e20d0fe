/** Write N synthetic events into a folder, e.g. `npx tsx scripts/generate-events.ts 1000 /tmp/bench/content/events`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticEvents } from '../src/lib/content/synthetic-events';

const [count, outDir] = process.argv.slice(2);
const n = Number(count);
if (!Number.isInteger(n) || n < 1 || !outDir) {
	console.error('usage: npx tsx scripts/generate-events.ts <how many, e.g. 1000> <output folder>');
	process.exit(1);
}
mkdirSync(outDir, { recursive: true });
for (const { name, text } of syntheticEvents(n)) writeFileSync(join(outDir, name), text);
console.log(`Wrote ${n} synthetic events to ${outDir}.`);
