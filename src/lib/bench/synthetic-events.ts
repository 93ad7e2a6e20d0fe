import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { CONDITION_TYPES, COUNT_BASES, EVENT_KINDS, type eventSchema } from '../content/schema';

/** A generated event file: its name inside content/events and its text. */
export interface SyntheticEventFile {
	name: string;
	text: string;
}

const FIRST_DAY = Date.UTC(2020, 0, 2);
const DAYS = 2190; // to the end of 2025, so every date is valid whatever today is
const KINDS = EVENT_KINDS;
// House arrest alone would make an entry that releases no one; benchmarks want releases.
const CONDITIONS = CONDITION_TYPES.filter((type) => type !== 'house-arrest');
const BASES = COUNT_BASES;

/** A small deterministic generator (mulberry32), so every run writes the same files. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function body(i: number, number: string): string {
	const paragraphs = [
		`This is synthetic entry ${number}, generated for benchmarks. It describes no real event and must never be published.`,
		`A second paragraph with **bold**, *italic* and [a link](https://example.org/synthetic/${number}), so the Markdown parser has some work.<Cite source="synthetic" />`,
		'- a list item\n- another list item',
	];
	if (i % 5 === 0) paragraphs.push(`<Aside title="Synthetic">A note in synthetic entry ${number}.</Aside>`);
	if (i % 7 === 0)
		paragraphs.push(`<Quote by="Nobody" source="https://example.org/synthetic/${number}">Synthetic words.</Quote>`);
	return paragraphs.join('\n\n');
}

/** Generate `n` schema-valid, clearly synthetic events spread over 2020–2025, for benchmarks and load tests. */
export function syntheticEvents(n: number, seed = 1): SyntheticEventFile[] {
	const next = random(seed);
	const width = String(n).length;
	return Array.from({ length: n }, (_, i) => {
		const number = String(i + 1).padStart(width, '0');
		const date = new Date(FIRST_DAY + Math.floor((i * DAYS) / Math.max(n, 1)) * 86_400_000).toISOString().slice(0, 10);
		const data: z.input<typeof eventSchema> = {
			title: `Synthetic wave ${number} (benchmark data, not real)`,
			date,
			dateMarks: i % 2 ? 'announced' : 'released',
			count: {
				value: 1 + Math.floor(next() * 300),
				precision: i % 3 ? 'exact' : 'approximate',
				basis: BASES[i % BASES.length]!,
				cite: ['synthetic'],
			},
			kind: KINDS[i % KINDS.length]!,
			conditions: [{ type: CONDITIONS[i % CONDITIONS.length]!, cite: ['synthetic'] }],
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
			name: `${date}-synthetic-${number}.mdx`,
			text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body(i, number)}\n`,
		};
	});
}
