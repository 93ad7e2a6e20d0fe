import { describe, expect, it } from 'vitest';
import { prisonerCountsFileSchema } from '../../../../src/lib/content/schema';
import { parseCsv } from '../../../../src/lib/export/csv';
import { prisonerCountsCsv } from '../../../../src/lib/export/prisoner-counts-csv';

const points = prisonerCountsFileSchema.parse([
	{
		date: '2025-11-30',
		count: { value: 1150, precision: 'approximate' },
		source: { publisher: 'Viasna', url: 'https://spring96.org/en/news/1' },
	},
	{
		date: '2025-12-31',
		count: { value: 1131 },
		source: { publisher: 'Reuters, via "X"', url: 'https://example.org/a' },
		note: 'After the release of 13 December.',
	},
]);

describe('prisonerCountsCsv()', () => {
	const [header, ...rows] = parseCsv(prisonerCountsCsv(points));

	it('names the columns after the schema, nested source fields as dotted names', () => {
		expect(header).toEqual([
			'date',
			'dateApproximate',
			'count.value',
			'count.precision',
			'source.publisher',
			'source.via',
			'source.headline',
			'source.headlineFromUrl',
			'source.published',
			'source.publishedInferred',
			'source.url',
			'source.archived',
			'note',
		]);
	});

	it('writes one row per point, in order, with defaults filled in and unknown values empty', () => {
		expect(rows).toEqual([
			[
				'2025-11-30',
				'false',
				'1150',
				'approximate',
				'Viasna',
				'',
				'',
				'false',
				'',
				'false',
				'https://spring96.org/en/news/1',
				'',
				'',
			],
			[
				'2025-12-31',
				'false',
				'1131',
				'exact',
				'Reuters, via "X"',
				'',
				'',
				'false',
				'',
				'false',
				'https://example.org/a',
				'',
				'After the release of 13 December.',
			],
		]);
	});
});
