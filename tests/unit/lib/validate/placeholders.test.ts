import { describe, expect, it } from 'vitest';
import { findPlaceholders, placeholder } from '../../../../src/lib/validate/placeholders';

const FILE = 'content/events/2025-09-11-x.mdx';

describe('findPlaceholders()', () => {
	it('finds a placeholder in a nested field with its line, description and example, and in the text', () => {
		const yaml = `title: "Fifty-two freed"\nsources:\n  - publisher: "${placeholder('who published it')}"`;
		expect(findPlaceholders(FILE, { yaml, body: '\nFirst line.\nTODO: write more.', bodyLine: 6 })).toEqual([
			expect.objectContaining({
				file: FILE,
				line: 4,
				field: 'sources.0.publisher',
				message: 'still holds the placeholder "TODO: who published it": replace it with the real value',
				example: '"Human Rights Watch"',
			}),
			expect.objectContaining({ file: FILE, line: 8, field: '(body)' }),
		]);
	});

	it('ignores the word when it is not the marker, and YAML comments', () => {
		expect(
			findPlaceholders(FILE, { yaml: 'title: "Todos los presos" # TODO later', body: 'Mastodon.', bodyLine: 4 })
		).toEqual([]);
	});
});
