import { describe, expect, it } from 'vitest';
import { syntheticEvents } from '../../../../src/lib/bench/synthetic-events';
import { validateContent } from '../../../../src/lib/validate/validate';
import { COUNTS_YAML, TALLIES_YAML } from '../../../helpers';

describe('syntheticEvents()', () => {
	it('generates schema-valid, clearly synthetic events that pass every check together', () => {
		const events = syntheticEvents(1000);
		const files = [
			{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
			{ path: 'content/tallies.yaml', text: TALLIES_YAML },
			...events.map(({ name, text }) => ({ path: `content/events/${name}`, text })),
		];
		const { problems, events: parsed } = validateContent(files, '2026-11-22');
		expect(problems).toEqual([]);
		expect(parsed).toHaveLength(1000);
		expect(
			parsed.every(
				(e) => e.data.title.includes('not real') && e.data.sources[0]?.url.startsWith('https://example.org/')
			)
		).toBe(true);
	});

	it('writes the same files on every run', () => {
		expect(syntheticEvents(20)).toEqual(syntheticEvents(20));
	});
});
