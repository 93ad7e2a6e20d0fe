import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../src/lib/content/schema';
import { parseCsv, splitList } from '../../../../src/lib/export/csv';
import { eventsCsv } from '../../../../src/lib/export/events-csv';
import { toExportedEvent } from '../../../../src/lib/export/events-json';
import { eventInput } from '../../../helpers';

const names = new Map([
	['ihar-losik', 'Ihar Losik'],
	['mikola-statkevich', 'Mikola Statkevich'],
]);
const exported = (id: string, overrides = {}) =>
	toExportedEvent({ id, data: eventSchema.parse(eventInput(overrides)) }, names, 'https://example.org');

describe('eventsCsv()', () => {
	const first = exported('2025-09-11-release-52', {
		conditions: [
			{ type: 'expelled', to: 'LT', count: { value: 50 }, cite: ['kyiv-independent', 'viasna'] },
			{ type: 'stayed-in-belarus', note: 'Two refused to leave; they stayed.', cite: ['viasna'] },
		],
		people: ['ihar-losik', { id: 'mikola-statkevich', outcome: 'returned-to-prison', date: '2025-09-12' }],
		disputes: [
			{
				about: 'count',
				note: 'BelTA says 52; Viasna says 50.',
				sides: [
					{ says: 'BelTA says 52.', cite: ['kyiv-independent'] },
					{ says: 'Viasna says 50.', cite: ['viasna'] },
				],
			},
		],
		sources: [
			...eventInput().sources,
			{ id: 'viasna', publisher: 'Viasna', url: 'https://spring96.org/en/news/117138' },
		],
	});
	const second = exported('2025-09-16-pardon-25', {
		date: '2025-09-16',
		title: 'Pardon of 25, with "quotes", commas',
		people: [],
	});
	const [header, ...rows] = parseCsv(eventsCsv([first, second]));
	const cell = (row: number, name: string) => rows[row]![header!.indexOf(name)]!;

	it('starts with id, url and the schema fields, and ends with the people names', () => {
		expect(header!.slice(0, 5)).toEqual(['id', 'url', 'title', 'date', 'dateMarks']);
		expect(header).toEqual(
			expect.arrayContaining(['count.basis', 'count.cite', 'politicalPrisoners.cite', 'sources.id'])
		);
		expect(header!.at(-1)).toBe('peopleNames');
	});

	it('writes one row per wave with as many cells as columns', () => {
		expect(rows.map((row) => row[0])).toEqual(['2025-09-11-release-52', '2025-09-16-pardon-25']);
		expect(rows.every((row) => row.length === header!.length)).toBe(true);
		expect(cell(1, 'title')).toBe('Pardon of 25, with "quotes", commas');
	});

	it('joins list fields with ; so that they split back into the same items', () => {
		expect(splitList(cell(0, 'conditions.type'))).toEqual(['expelled', 'stayed-in-belarus']);
		expect(splitList(cell(0, 'conditions.to'))).toEqual(['LT', '']);
		expect(splitList(cell(0, 'conditions.count.precision'))).toEqual(['exact', '']);
		expect(splitList(cell(0, 'conditions.note'))).toEqual(['', 'Two refused to leave; they stayed.']);
		expect(splitList(cell(0, 'disputes.note'))).toEqual(['BelTA says 52; Viasna says 50.']);
		expect(splitList(cell(0, 'people.id'))).toEqual(['ihar-losik', 'mikola-statkevich']);
		expect(splitList(cell(0, 'people.outcome'))).toEqual(['', 'returned-to-prison']);
		expect(splitList(cell(0, 'people.date'))).toEqual(['', '2025-09-12']);
		expect(splitList(cell(0, 'peopleNames'))).toEqual(['Ihar Losik', 'Mikola Statkevich']);
		expect(cell(1, 'people.id')).toBe('');
	});

	it('writes the ids a figure cites, and keeps the cites of each list item together', () => {
		expect(cell(0, 'count.basis')).toBe('official');
		expect(splitList(cell(0, 'count.cite'))).toEqual(['kyiv-independent']);
		expect(splitList(cell(0, 'sources.id'))).toEqual(['kyiv-independent', 'viasna']);
		expect(splitList(cell(0, 'conditions.cite')).map(splitList)).toEqual([['kyiv-independent', 'viasna'], ['viasna']]);
		expect(splitList(cell(0, 'disputes.sides.says')).map(splitList)).toEqual([['BelTA says 52.', 'Viasna says 50.']]);
		expect(
			splitList(cell(0, 'disputes.sides.cite'))
				.map(splitList)
				.map((sides) => sides.map(splitList))
		).toEqual([[['kyiv-independent'], ['viasna']]]);
	});
});
