/**
 * `npm run new-event`: create content/events/YYYY-MM-DD-slug.mdx with every required field, ready to fill in.
 * Flags: --date YYYY-MM-DD --title "…" [--slug short-name] [--person "any spelling"]… [--source "Publisher, https://…"]…;
 * a missing date or title is asked for, and on a terminal the people and sources too.
 */
import { PEOPLE_DIR } from '../src/lib/content/paths';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isoDateSchema, slugSchema, urlSchema, type PersonData } from '../src/lib/content/schema';
import { eventPath, scaffoldEvent, withSourceIds, type NewSource } from '../src/lib/authoring/scaffold';
import { readContentFiles, todayUtc } from '../src/lib/validate/read-content';
import { validateContent } from '../src/lib/validate/validate';
import { suggestPerson } from '../src/lib/search/similar-people';
import { slugify } from '../src/lib/validate/file-names';

const USAGE =
	'usage: npm run new-event -- --date 2025-12-13 --title "123 freed after talks with the US envoy" [--slug clemency-123] [--person "Kolesnikova"] [--source "Kyiv Independent, https://kyivindependent.com/…"]';

function fail(message: string): never {
	console.error(`new-event: ${message}\n${USAGE}`);
	process.exit(1);
}

const { values } = (() => {
	try {
		return parseArgs({
			options: {
				date: { type: 'string' },
				title: { type: 'string' },
				slug: { type: 'string' },
				person: { type: 'string', multiple: true },
				source: { type: 'string', multiple: true },
			},
		});
	} catch (error) {
		return fail((error as Error).message);
	}
})();

const interactive = Boolean(process.stdin.isTTY);
if (!interactive && (!values.date || !values.title))
	fail(`missing ${[!values.date && '--date', !values.title && '--title'].filter(Boolean).join(' and ')}`);
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
// Read through one iterator: prompt.question() drops lines typed (or pasted) ahead of the question.
const lines = prompt?.[Symbol.asyncIterator]();
async function question(text: string): Promise<string> {
	if (!prompt || !lines) return '';
	prompt.setPrompt(text);
	prompt.prompt();
	const { value, done } = await lines.next();
	return done ? fail('cancelled') : String(value).trim();
}

const date = values.date ?? (await question('Date of the wave (YYYY-MM-DD): '));
if (!isoDateSchema.safeParse(date).success) fail(`"${date}" is not a date written YYYY-MM-DD`);
const title = (values.title ?? (await question('Short headline: '))).trim();
if (!title) fail('the title must not be empty');
const slug = values.slug ?? slugify(title);
if (!slugSchema.safeParse(slug).success)
	fail(`"${slug}" cannot be a file name: use lower-case letters, digits and hyphens (--slug)`);
const path = eventPath(date, slug);
const file = join(process.cwd(), path);
if (existsSync(file)) fail(`${path} already exists; it was not changed. Edit it, or choose another --slug.`);

const known: ReadonlyMap<string, PersonData> = existsSync(join(process.cwd(), PEOPLE_DIR))
	? validateContent(readContentFiles(process.cwd()), todayUtc()).people
	: new Map();

/** The id of an existing person written any way (Kolesnikova, Калеснікава, a typo), once the editor agrees. */
async function personId(spelling: string): Promise<string | undefined> {
	const match = suggestPerson(spelling, known);
	if (!match) {
		console.log(
			`  No one in ${PEOPLE_DIR} is written like "${spelling}": add ${PEOPLE_DIR}${slugify(spelling) || 'first-last'}.yaml, then name them under people.`
		);
		return undefined;
	}
	const offer = `"${spelling}" is ${match.id} (${match.spelling})`;
	if (!interactive) {
		console.log(`  ${offer}.`);
		return match.id;
	}
	return /^n/i.test(await question(`  ${offer}? [Y/n] `)) ? undefined : match.id;
}

const spellings = values.person ?? [];
if (interactive && !values.person)
	for (let answer; (answer = await question('A person named in the wave (any spelling; empty to go on): '));)
		spellings.push(answer);
const people: string[] = [];
for (const spelling of spellings) {
	const id = await personId(spelling);
	if (id && !people.includes(id)) people.push(id);
}

/** A source given as "Publisher, https://…". */
function sourceOf(text: string): NewSource {
	const match = /^(.*?)[,\s]+(https?:\/\/\S+)$/.exec(text.trim());
	if (!match?.[1] || !urlSchema.safeParse(match[2]).success)
		fail(
			`"${text}" is not a source: write its publisher, a comma and its full address, e.g. "Viasna, https://spring96.org/en/news/117138"`
		);
	return { publisher: match[1].trim(), url: match[2] ?? '' };
}

const sources = (values.source ?? []).map(sourceOf);
if (interactive && !values.source)
	for (let publisher; (publisher = await question('Who published a source (empty to go on): '));) {
		let url = await question('  its full address (https://…): ');
		while (!urlSchema.safeParse(url).success) url = await question('  a full address starting with https://: ');
		const headline = await question('  its headline (empty when none is shown): ');
		sources.push({ publisher, url, headline: headline || undefined });
	}
prompt?.close();

const sameDay = existsSync(dirname(file))
	? readdirSync(dirname(file)).filter((name) => name.startsWith(`${date}-`))
	: [];
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, scaffoldEvent({ date, title, people, sources }), { flag: 'wx' });

console.log(`Created ${path}.`);
const cited = withSourceIds(sources);
if (cited.length)
	console.log(
		`Cite its sources by these ids, in cite lists and as <Cite source="…" /> in the text:\n${cited.map((s) => `  ${s.id}: ${s.publisher}`).join('\n')}`
	);
console.log('Replace every TODO in it, then run: npm run validate');
if (sameDay.length > 0) console.log(`Check that it is not the same wave as: ${sameDay.join(', ')}`);
