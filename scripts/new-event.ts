/**
 * `npm run new-event`: create content/events/YYYY-MM-DD-slug.mdx with every required field, ready to fill in.
 * Flags: --date YYYY-MM-DD --title "…" [--slug short-name]; anything missing is asked for.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isoDateSchema, slugSchema } from '../src/lib/content/schema';
import { eventPath, scaffoldEvent } from '../src/lib/content/scaffold';
import { slugify } from '../src/lib/validate/file-names';

const USAGE =
	'usage: npm run new-event -- --date 2025-12-13 --title "123 freed after talks with the US envoy" [--slug clemency-123]';

function fail(message: string): never {
	console.error(`new-event: ${message}\n${USAGE}`);
	process.exit(1);
}

async function ask(values: { date?: string | undefined; title?: string | undefined }) {
	if (values.date && values.title) return values;
	if (!process.stdin.isTTY)
		fail(`missing ${[!values.date && '--date', !values.title && '--title'].filter(Boolean).join(' and ')}`);
	const prompt = createInterface({ input: process.stdin, output: process.stdout });
	// Read through one iterator: prompt.question() drops lines typed (or pasted) ahead of the question.
	const lines = prompt[Symbol.asyncIterator]();
	const question = async (text: string) => {
		prompt.setPrompt(text);
		prompt.prompt();
		const { value, done } = await lines.next();
		return done ? fail('cancelled') : String(value).trim();
	};
	const date = values.date ?? (await question('Date of the wave (YYYY-MM-DD): '));
	const title = values.title ?? (await question('Short headline: '));
	prompt.close();
	return { date, title };
}

const { values } = (() => {
	try {
		return parseArgs({ options: { date: { type: 'string' }, title: { type: 'string' }, slug: { type: 'string' } } });
	} catch (error) {
		return fail((error as Error).message);
	}
})();
const { date = '', title = '' } = await ask(values);
if (!isoDateSchema.safeParse(date).success) fail(`"${date}" is not a date written YYYY-MM-DD`);
if (!title.trim()) fail('the title must not be empty');
const slug = values.slug ?? slugify(title);
if (!slugSchema.safeParse(slug).success)
	fail(`"${slug}" cannot be a file name: use lower-case letters, digits and hyphens (--slug)`);

const path = eventPath(date, slug);
const file = join(process.cwd(), path);
if (existsSync(file)) fail(`${path} already exists; it was not changed. Edit it, or choose another --slug.`);
const sameDay = existsSync(dirname(file))
	? readdirSync(dirname(file)).filter((name) => name.startsWith(`${date}-`))
	: [];
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, scaffoldEvent({ date, title: title.trim() }), { flag: 'wx' });

console.log(`Created ${path}.\nReplace every TODO in it, then run: npm run validate`);
if (sameDay.length > 0) console.log(`Check that it is not the same wave as: ${sameDay.join(', ')}`);
