import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	REFERENCE_END,
	REFERENCE_START,
	renderFieldReference,
	withFieldReference,
} from '../../../../src/lib/authoring/field-reference';
import { EVENT_KINDS } from '../../../../src/lib/content/schema';

describe('renderFieldReference()', () => {
	const reference = renderFieldReference();

	it('documents every field with whether it is required, its allowed values and an example', () => {
		expect(reference).toContain(
			'| `date` | yes | The date the wave is dated by (see dateMarks), YYYY-MM-DD. | `2025-12-13` |'
		);
		expect(reference).toContain('| `endDate` | no |');
		expect(reference).toContain(`One of: ${EVENT_KINDS.map((k) => `\`${k}\``).join(', ')}.`);
		expect(reference).toContain('| `sources[].url` | yes |');
		expect(reference).toContain('| `variants.cyrillicBelarusian` | no |');
	});

	it('documents the components content may use, with their attributes', () => {
		expect(reference).toContain('#### Quote');
		expect(reference).toContain(
			'| `id` | yes | The file name of the person in content/people, without .yaml. | `id="ales-bialiatski"` |'
		);
	});
});

describe('CONTRIBUTING.md', () => {
	it('holds the field reference generated from the current schema (run npm run docs when this fails)', () => {
		const document = readFileSync('CONTRIBUTING.md', 'utf8');
		expect(document).toContain(REFERENCE_START);
		expect(withFieldReference(document)).toBe(document);
	});

	it('keeps the text around the generated section', () => {
		const document = `# Title\n\n${REFERENCE_START}\nold\n${REFERENCE_END}\n\nAfter.\n`;
		expect(withFieldReference(document, 'new')).toBe(
			`# Title\n\n${REFERENCE_START}\n\nnew\n\n${REFERENCE_END}\n\nAfter.\n`
		);
		expect(() => withFieldReference('# No markers')).toThrow('no "<!-- field-reference:start');
	});
});
