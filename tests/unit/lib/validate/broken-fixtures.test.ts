import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../../../src/lib/validate/validate';
import { formatProblem } from '../../../../src/lib/validate/problems';
import { BROKEN_FIXTURES } from '../../../fixtures/broken/manifest';
import { COUNTS_YAML, PERSON_YAML, TALLIES_YAML, eventFile, eventInput } from '../../../helpers';

const DIR = new URL('../../../fixtures/broken/', import.meta.url);
const TODAY = '2026-11-22';
const BASE: ContentFile[] = [
	{ path: 'content/people/ihar-losik.yaml', text: PERSON_YAML },
	{ path: 'content/prisoner-counts.yaml', text: COUNTS_YAML },
	{ path: 'content/tallies.yaml', text: TALLIES_YAML },
	{ path: 'content/events/2025-09-11-release-52.mdx', text: eventFile(eventInput()) },
];

describe('the broken-entry corpus in tests/fixtures/broken/', () => {
	it('has at least 20 entries, each listed in the manifest exactly once', () => {
		const files = readdirSync(DIR)
			.filter((name) => name.endsWith('.mdx'))
			.sort();
		expect(files.length).toBeGreaterThanOrEqual(20);
		expect(BROKEN_FIXTURES.map((f) => f.file).sort()).toEqual(files);
	});

	it('rests on a base that is valid on its own', () => {
		expect(validateContent(BASE, TODAY).problems).toEqual([]);
	});

	it.each(BROKEN_FIXTURES)(
		'catches $breaks ($file) in field $field on line $line',
		({ file, field, message, line, column }) => {
			const path = `content/events/${file}`;
			const { problems } = validateContent([...BASE, { path, text: readFileSync(new URL(file, DIR), 'utf8') }], TODAY);
			expect(problems.map(formatProblem)).toContainEqual(
				expect.stringContaining(`${path}:${line}${column === undefined ? '' : `:${column}`}: ${field}: ${message}`)
			);
			expect(problems, 'the broken file raises its intended problem and no other').toHaveLength(1);
			expect(
				problems.every((p) => p.file === path && p.expected),
				'every problem is in the broken file and says what is expected'
			).toBe(true);
		}
	);
});
