import { EVENTS_DIR, PEOPLE_DIR, TRANSLATIONS_DIR } from '../content/paths';
import { stringify } from 'yaml';
import type { ContentFile } from '../validate/validate';
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from '../i18n/languages';
import { random } from './random';
import { syntheticEvents, syntheticWave, type NamedPeople } from './synthetic-events';
import { syntheticPeople } from './synthetic-people';

/** How big a synthetic record to write. */
export interface SyntheticSize {
	waves: number;
	people: number;
}

/** One in this many waves and people is translated, into every language: about the share of a growing record. */
const TRANSLATED_EVERY = 3;
/** One in this many people is named by a second, later wave: first moved to house arrest, then freed. */
const NAMED_TWICE_EVERY = 4;

const WORDS: Record<TranslatedLanguage, { wave: string; entry: string; person: (n: number) => string }> = {
	be: {
		wave: 'Сінтэтычная хваля',
		entry: 'Сінтэтычны запіс для бенчмарка; не сапраўдныя дадзеныя.',
		person: (n) => `Сінтэтычная асоба ${n}, выдуманая для бенчмарка.`,
	},
	ru: {
		wave: 'Синтетическая волна',
		entry: 'Синтетическая запись для бенчмарка; не настоящие данные.',
		person: (n) => `Синтетический человек ${n}, выдуманный для бенчмарка.`,
	},
};

/**
 * Who each wave names: every person once, in date order spread over the waves, and one in four again in a
 * later wave (when there is one), so person pages tell stories of one and of two steps.
 */
function namedPeople({ waves, people }: SyntheticSize, ids: readonly string[], seed: number): NamedPeople {
	const next = random(seed);
	const byWave: { id: string; outcome?: 'house-arrest' }[][] = Array.from({ length: waves }, () => []);
	if (waves === 0) return () => [];
	ids.forEach((id, j) => {
		const first = Math.floor((j * waves) / Math.max(people, 1));
		const later = waves - first - 1;
		if (j % NAMED_TWICE_EVERY === 0 && later > 0) {
			byWave[first]!.push({ id, outcome: 'house-arrest' });
			byWave[first + 1 + Math.floor(next() * later)]!.push({ id });
		} else byWave[first]!.push({ id });
	});
	return (i) => byWave[i] ?? [];
}

function personFile(id: string, data: ReturnType<typeof syntheticPeople>[number]['data'], n: number): string {
	return stringify(
		{
			name: data.name,
			description: data.description,
			variants: data.variants,
			sources: [
				{
					publisher: 'Synthetic data',
					headline: `Synthetic source for ${id}`,
					url: `https://example.org/synthetic/people/${n}`,
				},
			],
		},
		{ lineWidth: 0 }
	);
}

function eventTranslation(lang: TranslatedLanguage, i: number, waves: number): string {
	const { date, number } = syntheticWave(i, waves);
	const words = WORDS[lang];
	const front = stringify({ checked: date, title: `${words.wave} ${number}`, summary: words.entry }, { lineWidth: 0 });
	const text = `${words.entry} [${number}](https://example.org/synthetic/${number})<Cite source="synthetic" />`;
	return `---\n${front}---\n\n${text}\n`;
}

/**
 * A whole synthetic record of the given size, as the files of `content/` (events, people, and `be` and `ru`
 * translations of a third of each); with today's prisoner counts and tallies beside it, it validates with no
 * problem. Every name, source and text says it is synthetic, and the same size and seed give the same files.
 */
export function syntheticContent(size: SyntheticSize, seed = 1): ContentFile[] {
	const people = syntheticPeople(size.people, seed + 6);
	const named = namedPeople(
		size,
		people.map((p) => p.id),
		seed + 1
	);
	const events = syntheticEvents(size.waves, seed, named);
	const translated = (i: number) => i % TRANSLATED_EVERY === 0;
	return [
		...events.map(({ name, text }) => ({ path: `${EVENTS_DIR}${name}`, text })),
		...people.map(({ id, data }, j) => ({ path: `${PEOPLE_DIR}${id}.yaml`, text: personFile(id, data, j + 1) })),
		...TRANSLATED_LANGUAGES.flatMap((lang) => [
			...events.flatMap(({ name }, i) =>
				translated(i)
					? [{ path: `${TRANSLATIONS_DIR}${lang}/events/${name}`, text: eventTranslation(lang, i, size.waves) }]
					: []
			),
			...people.flatMap(({ id }, j) =>
				translated(j)
					? [
							{
								path: `${TRANSLATIONS_DIR}${lang}/people/${id}.yaml`,
								text: stringify({ checked: '2025-12-31', description: WORDS[lang].person(j + 1) }),
							},
						]
					: []
			),
		]),
	];
}
