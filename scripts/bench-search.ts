/**
 * `npm run bench:search` (after `npm run build`): the search's budgets, measured.
 * - The search JavaScript (what the first focus of the field loads) and each language's index, gzip.
 * - The index for 5,000 synthetic people and 1,000 synthetic waves, gzip.
 * - Latency: in Chromium with the CPU slowed 4×, the built site's header field is given the synthetic
 *   index, and the time from each keystroke to the results on screen is recorded.
 * - Ranking: 20 queries for today's people, in spellings readers type, and where the right person ranks.
 * Writes `bench-results/search.json`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { localeOf } from '../src/i18n';
import { readContentFiles, todayUtc } from '../src/lib/validate/read-content';
import { validateContent } from '../src/lib/validate/validate';
import { syntheticEvents } from '../src/lib/bench/synthetic-events';
import { buildSearchIndex } from '../src/lib/search/build-index';
import { prepareIndex, search } from '../src/lib/search/engine';
import { syntheticPeople } from '../src/lib/bench/synthetic-people';
import { percentile, typedQueries } from '../src/lib/bench/keystrokes';
import { keystrokeLatencies } from '../src/lib/bench/search-latency';

const DIST = 'dist';
if (!existsSync(join(DIST, 'search', 'index.json'))) throw new Error('run npm run build first');
const gzipKb = (text: string | Buffer) => Math.round(gzipSync(text).length / 102.4) / 10;

// What the field loads on first focus: the engine and what it imports, found from the loader's own map.
const assets = join(DIST, '_astro');
const loader = readdirSync(assets).find((f) => f.startsWith('SiteSearch.astro_astro_type_script'));
if (!loader) throw new Error('the search loader is not in the build');
const chunks = [...readFileSync(join(assets, loader), 'utf8').matchAll(/_astro\/([\w.-]+\.js)/g)].map((m) => m[1]!);
const searchJs = chunks.reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0) / 1024;
const loaderJs = gzipSync(readFileSync(join(assets, loader))).length / 1024;
const todayIndex = Object.fromEntries(
	['', 'be/', 'ru/'].map((prefix) => [
		prefix || 'en/',
		gzipKb(readFileSync(join(DIST, prefix, 'search', 'index.json'))),
	])
);

// The synthetic index: 5,000 people and 1,000 waves, as the site would build it.
const root = process.cwd();
const real = validateContent(readContentFiles(root), todayUtc());
const waves = validateContent(
	[
		...readContentFiles(root).filter((f) => !f.path.startsWith('content/events/')),
		...syntheticEvents(1000).map(({ name, text }) => ({ path: `content/events/${name}`, text })),
	],
	todayUtc()
).events;
const people = syntheticPeople(5000);
const en = localeOf('en');
const bigIndex = buildSearchIndex(
	en,
	people.map(({ id, data }) => ({ id, name: data.name, data, url: `/people/${id}/` })),
	waves.map((w) => ({ id: w.id, data: w.data, url: `/events/${w.id}/`, names: w.data.people.map((p) => p.id) })),
	[]
);
const bigJson = JSON.stringify(bigIndex);

// Latency, with the shipped code and the synthetic index, on a throttled CPU.
const latencies = await keystrokeLatencies({
	dist: DIST,
	port: 4801,
	queries: typedQueries(people.map((p) => p.data)),
	index: bigJson,
});
const at = (q: number) => percentile(latencies, q);

// Ranking on today's content: spellings readers type, and the person each should find.
const index = prepareIndex(
	buildSearchIndex(
		en,
		[...real.people].map(([id, data]) => ({ id, name: data.name, data, url: `/people/${id}/` })),
		real.events.map((e) => ({ id: e.id, data: e.data, url: `/events/${e.id}/`, names: [] })),
		[]
	)
);
const CASES: [string, string][] = [
	['Kolesnikova', 'maria-kalesnikava'],
	['Колесникова', 'maria-kalesnikava'],
	['Калеснікава', 'maria-kalesnikava'],
	['Kalesnikawa', 'maria-kalesnikava'],
	['Kalyesnikava', 'maria-kalesnikava'],
	['kolesnkova', 'maria-kalesnikava'],
	['Bialacki', 'ales-bialiatski'],
	['Бяляцкі', 'ales-bialiatski'],
	['Belyatsky', 'ales-bialiatski'],
	['Беляцкий', 'ales-bialiatski'],
	['Cichanoŭski', 'siarhei-tsikhanouski'],
	['Тихановский', 'siarhei-tsikhanouski'],
	['Tikhanovsky', 'siarhei-tsikhanouski'],
	['Statkiewicz', 'mikalai-statkevich'],
	['Статкевич', 'mikalai-statkevich'],
	['Babariko', 'viktar-babaryka'],
	['Бабарыка', 'viktar-babaryka'],
	['Losik', 'ihar-losik'],
	['Знак', 'maksim-znak'],
	['Maria Kol', 'maria-kalesnikava'],
];
const ranks = CASES.map(([query, id]) => {
	const results = search(index, query, 20);
	const rank = results.findIndex((r) => r.doc[2] === `/people/${id}/`) + 1;
	return { query, person: id, rank: rank || null, first: results[0]?.doc[1], matched: results[0]?.matched };
});

const report = {
	searchJsGzipKb: Math.round(searchJs * 10) / 10,
	loaderJsGzipKb: Math.round(loaderJs * 10) / 10,
	indexGzipKb: { today: todayIndex, synthetic5000People1000Waves: gzipKb(bigJson) },
	latencyMs4xCpu: { keystrokes: latencies.length, p50: at(0.5), p95: at(0.95), max: at(1) },
	ranks,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/search.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(
	`search JS on first focus: ${report.searchJsGzipKb} KB gzip (loader on every page: ${report.loaderJsGzipKb} KB)`
);
console.log(
	`index today: ${Object.entries(todayIndex)
		.map(([l, k]) => `${l} ${k} KB`)
		.join(', ')} gzip`
);
console.log(`index at 5,000 people and 1,000 waves: ${report.indexGzipKb.synthetic5000People1000Waves} KB gzip`);
console.log(
	`keystroke to results, CPU 4× slower, 5,000 people: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (${latencies.length} keystrokes)`
);
console.log('\nquery | person | rank | first result (matched)');
for (const r of ranks)
	console.log(
		`${r.query} | ${r.person} | ${r.rank ?? 'not found'} | ${r.first ?? ''}${r.matched ? ` (${r.matched})` : ''}`
	);
