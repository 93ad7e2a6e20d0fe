import { describe, expect, it } from 'vitest';
import { syntheticContent } from '../../../../src/lib/bench/synthetic-content';
import { validateContent } from '../../../../src/lib/validate/validate';
import { COUNTS_YAML, TALLIES_YAML } from '../../../helpers';

const validated = (waves: number, people: number) =>
	validateContent(
		[
			{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
			{ path: 'content/tallies.yaml', text: TALLIES_YAML },
			...syntheticContent({ waves, people }),
		],
		'2026-11-22'
	);

describe('syntheticContent()', () => {
	it('writes a record of the size asked for that passes every check of the validator', () => {
		const { problems, events, people } = validated(40, 200);
		expect(problems).toEqual([]);
		expect(events).toHaveLength(40);
		expect(people.size).toBe(200);
	});

	it('names every person in one or two waves, the second one later, and never counts fewer than it names', () => {
		const { events, people } = validated(30, 150);
		const waves = new Map<string, string[]>();
		for (const event of events) {
			expect(event.data.count.value).toBeGreaterThanOrEqual(event.data.people.length);
			for (const { id } of event.data.people) waves.set(id, [...(waves.get(id) ?? []), event.data.date]);
		}
		expect([...people.keys()].every((id) => [1, 2].includes(waves.get(id)?.length ?? 0))).toBe(true);
		const twice = [...waves.values()].filter((dates) => dates.length === 2);
		expect(twice.length).toBeGreaterThan(20);
		expect(twice.every(([first, second]) => first! <= second!)).toBe(true);
	});

	it('translates about a third of the waves and people into both languages, leaving the rest to fall back', () => {
		const { translations } = validated(30, 150);
		for (const lang of ['be', 'ru'] as const) {
			expect(translations[lang].events.size).toBe(10);
			expect(translations[lang].people.size).toBe(50);
		}
		expect([...translations.be.events.values()][0]?.title).toMatch(/^Сінтэтычная хваля/);
		expect([...translations.ru.people.values()][0]?.description).toMatch(/^Синтетический человек/);
	});

	it('says in every person file that the person is made up', () => {
		const { people } = validated(10, 50);
		expect(
			[...people.values()].every(
				(p) => /^Synthetic person/.test(p.description) && p.sources[0]?.url.startsWith('https://example.org/')
			)
		).toBe(true);
	});

	it('writes the same files on every run, and people even when there are no waves to name them', () => {
		expect(syntheticContent({ waves: 12, people: 60 })).toEqual(syntheticContent({ waves: 12, people: 60 }));
		expect(validated(0, 5).problems).toEqual([]);
	});
});
