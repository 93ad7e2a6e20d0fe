import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { CONDITION_TYPES, COUNT_BASES, EVENT_KINDS, type eventSchema } from '../content/schema';
import type { PersonOutcome } from '../content/vocabulary';
import { random } from './random';

/** A generated event file: its name inside content/events and its text. */
export interface SyntheticEventFile {
	name: string;
	text: string;
}

/** Who a generated wave names, by its position in the list (from 0). */
export type NamedPeople = (wave: number) => { id: string; outcome?: PersonOutcome }[];

const FIRST_DAY = Date.UTC(2020, 0, 2);
const DAYS = 2190; // to the end of 2025, so every date is valid whatever today is
const KINDS = EVENT_KINDS;
// House arrest alone would make an entry that releases no one; benchmarks want releases.
const CONDITIONS = CONDITION_TYPES.filter((type) => type !== 'house-arrest');
const BASES = COUNT_BASES;

/** The date and number of the `i`th of `n` synthetic waves, spread over 2020–2025. */
export function syntheticWave(i: number, n: number): { date: string; number: string; name: string } {
	const number = String(i + 1).padStart(String(n).length, '0');
	const date = new Date(FIRST_DAY + Math.floor((i * DAYS) / Math.max(n, 1)) * 86_400_000).toISOString().slice(0, 10);
	return { date, number, name: `${date}-synthetic-${number}` };
}

function body(i: number, number: string, person: string | undefined): string {
	const paragraphs = [
		`This is synthetic entry ${number}, generated for benchmarks. It describes no real event and must never be published.`,
		`A second paragraph with **bold**, *italic* and [a link](https://example.org/synthetic/${number}), so the Markdown parser has some work.<Cite source="synthetic" />`,
		'- a list item\n- another list item',
	];
	if (person) paragraphs.push(`Among those named is <PersonLink id="${person}" />.`);
	if (i % 5 === 0) paragraphs.push(`<Aside title="Synthetic">A note in synthetic entry ${number}.</Aside>`);
	if (i % 7 === 0)
		paragraphs.push(`<Quote by="Nobody" source="https://example.org/synthetic/${number}">Synthetic words.</Quote>`);
	return paragraphs.join('\n\n');
}

/**
 * Generate `n` schema-valid, clearly synthetic events spread over 2020–2025, for benchmarks and load tests.
 * Each names the people `named` gives it, and counts at least as many people as it names.
 */
export function syntheticEvents(n: number, seed = 1, named: NamedPeople = () => []): SyntheticEventFile[] {
	const next = random(seed);
	return Array.from({ length: n }, (_, i) => {
		const { date, number, name } = syntheticWave(i, n);
		const people = named(i);
		const data: z.input<typeof eventSchema> = {
			title: `Synthetic wave ${number} (benchmark data, not real)`,
			date,
			dateMarks: i % 2 ? 'announced' : 'released',
			count: {
				value: people.length + 1 + Math.floor(next() * 300),
				precision: i % 3 ? 'exact' : 'approximate',
				basis: BASES[i % BASES.length]!,
				cite: ['synthetic'],
			},
			kind: KINDS[i % KINDS.length]!,
			conditions: [{ type: CONDITIONS[i % CONDITIONS.length]!, cite: ['synthetic'] }],
			...(people.length ? { people } : {}),
			summary: `Synthetic benchmark entry ${number}; not real data.`,
			sources: [
				{
					id: 'synthetic',
					publisher: 'Synthetic data',
					headline: `Synthetic source ${number}`,
					published: date,
					url: `https://example.org/synthetic/${number}`,
				},
			],
		};
		return {
			name: `${name}.mdx`,
			text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body(i, number, people[0]?.id)}\n`,
		};
	});
}
