import { describe, expect, it } from 'vitest';
import { validateContent } from '../../../../src/lib/validate/validate';
import { contentWarnings } from '../../../../src/lib/validate/warnings';
import { COUNTS_YAML, PERSON_YAML, TALLIES_YAML, eventFile, eventInput } from '../../../helpers';

const NO_HISTORY = { lastChanged: new Map(), uncommitted: new Set<string>(), available: false };

describe('contentWarnings()', () => {
	it('reports a person freed by two waves, naming both files, without blocking publishing', () => {
		const files = [
			{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
			{ path: 'content/tallies.yaml', text: TALLIES_YAML },
			{ path: 'content/people/ihar-losik.yaml', text: PERSON_YAML },
			{ path: 'content/events/2025-09-11-release-52.mdx', text: eventFile(eventInput()) },
			{
				path: 'content/events/2026-03-19-release-250.mdx',
				text: eventFile(eventInput({ date: '2026-03-19', count: { ...eventInput().count, value: 250 } })),
			},
		].map(({ path, text }) => ({ path, text: text.replace('Some text.', 'Text.<Cite source="kyiv-independent" />') }));
		const result = validateContent(files, '2026-11-22');
		expect(result.problems).toEqual([]);
		const freedTwice = contentWarnings(files, result, NO_HISTORY).warnings.filter((w) =>
			w.message.includes('freed by')
		);
		expect(freedTwice).toEqual([
			expect.objectContaining({
				file: 'content/events/2026-03-19-release-250.mdx',
				field: 'people.0',
				message: expect.stringContaining('"ihar-losik" is also freed by content/events/2025-09-11-release-52.mdx'),
			}),
		]);
	});
});
