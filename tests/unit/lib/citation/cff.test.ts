import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { citationCff } from '../../../../src/lib/citation/cff';
import { RELEASES } from '../../../../src/lib/release/published';

describe('citationCff()', () => {
	it('writes Citation File Format 1.2.0 with the latest release as the version to cite', () => {
		const cff = parse(citationCff('https://example.org/rw/', '2026-12-02')) as Record<string, unknown>;
		expect(cff).toMatchObject({
			'cff-version': '1.2.0',
			type: 'dataset',
			license: 'CC-BY-4.0',
			version: '2026-12-02',
			'date-released': '2026-12-02',
			url: 'https://example.org/rw/data/',
			identifiers: [{ type: 'url', value: 'https://example.org/rw/data/releases/2026-12-02/' }],
		});
		expect((cff['authors'] as { name: string }[])[0]!.name).toBe('Release Waves');
	});

	it('has no version before the first release', () => {
		expect(parse(citationCff('https://example.org/', undefined))).not.toHaveProperty('version');
	});

	it("is the repository's CITATION.cff for its latest release (npm run release-data writes it)", () => {
		const site = (parse(readFileSync('CITATION.cff', 'utf8')) as { url: string }).url.replace(/data\/$/, '');
		expect(readFileSync('CITATION.cff', 'utf8')).toBe(citationCff(site, RELEASES[0]?.date));
	});
});
