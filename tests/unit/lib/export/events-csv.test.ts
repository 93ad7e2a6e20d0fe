import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../src/lib/content/schema';
import { parseCsv, splitList } from '../../../../src/lib/export/csv';
import { EVENT_TABLES, eventTables } from '../../../../src/lib/export/events-csv';
import { toExportedEvent } from '../../../../src/lib/export/events-json';
import { tableCsv } from '../../../../src/lib/export/tables';
import { eventInput } from '../../../helpers';

const names = new Map([
	['ihar-losik', 'Ihar Losik'],
	['mikola-statkevich', 'Mikola Statkevich'],
]);
const exported = (id: string, overrides = {}) =>
	toExportedEvent({ id, data: eventSchema.parse(eventInput(overrides)) }, names, 'https://example.org');

describe('eventTables()', () => {
	const first = exported('2025-09-11-release-52', {
		conditions: [
			{ type: 'expelled', to: 'LT', count: { value: 50 }, cite: ['kyiv-independent', 'viasna'] },
			{ type: 'stayed-in-belarus', note: '-Two refused to leave; they stayed.', cite: ['viasna'] },
		],
		people: ['ihar-losik', { id: 'mikola-statkevich', outcome: 'returned-to-prison', date: '2025-09-12' }],
		disputes: [
			{
				about: 'count',
				note: 'BelTA says 52; Viasna says 50.',
				sides: [
					{ says: 'BelTA says 52.', cite: ['kyiv-independent'] },
					{ says: '=Viasna says 50.', cite: ['viasna'] },
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
	const tables = eventTables([first, second]);
	const read = (name: string) => {
		const text = tableCsv(tables.find((table) => table.name === name)!);
		const [header, ...rows] = parseCsv(text);
		return { text, rows: rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!]))) };
	};

	it('publishes events.csv and a long table for every list of a wave, in a fixed order', () => {
		expect(EVENT_TABLES.map((table) => table.name)).toEqual([
			'events',
			'events-conditions',
			'events-mediators',
			'events-foreign-nationals',
			'events-people',
			'events-sources',
			'events-disputes',
			'events-disputes-sides',
			'events-corrections',
		]);
		expect(tables.map((table) => table.name)).toEqual(EVENT_TABLES.map((table) => table.name));
	});

	it('writes one row per wave, with the key values of each list joined plainly with "; "', () => {
		const { rows, text } = read('events');
		expect(rows.map((row) => row['id'])).toEqual(['2025-09-11-release-52', '2025-09-16-pardon-25']);
		expect(rows[1]!['title']).toBe('Pardon of 25, with "quotes", commas');
		expect(splitList(rows[0]!['conditions.type']!)).toEqual(['expelled', 'stayed-in-belarus']);
		expect(rows[0]!['people.name']).toBe('Ihar Losik; Mikola Statkevich');
		expect(rows[0]!['sources.id']).toBe('kyiv-independent; viasna');
		expect(rows[0]!['count.cite']).toBe('kyiv-independent');
		expect(rows[1]!['people.name']).toBe('');
		// No cell needs an escape, and the free text of lists is not in the wave's row.
		expect(text).not.toContain('\\');
		expect(text).not.toContain('Two refused');
	});

	it('keys every row of a long table by the wave id and the place of the item', () => {
		expect(read('events-people').rows).toEqual([
			expect.objectContaining({ eventId: first.id, n: '1', id: 'ihar-losik', name: 'Ihar Losik', outcome: '' }),
			expect.objectContaining({
				eventId: first.id,
				n: '2',
				id: 'mikola-statkevich',
				name: 'Mikola Statkevich',
				outcome: 'returned-to-prison',
				date: '2025-09-12',
			}),
		]);
		const conditions = read('events-conditions').rows;
		expect(conditions.map((row) => [row['eventId'], row['n'], row['type'], row['to'], row['cite']])).toEqual([
			[first.id, '1', 'expelled', 'LT', 'kyiv-independent; viasna'],
			[first.id, '2', 'stayed-in-belarus', '', 'viasna'],
			[second.id, '1', 'expelled', 'LT', 'kyiv-independent'],
		]);
		expect(conditions[1]!['note']).toBe('-Two refused to leave; they stayed.');
		expect(read('events-disputes-sides').rows.map((row) => [row['disputes.n'], row['n'], row['says']])).toEqual([
			['1', '1', 'BelTA says 52.'],
			['1', '2', '=Viasna says 50.'],
		]);
		expect(
			read('events-sources')
				.rows.filter((row) => row['eventId'] === first.id)
				.map((row) => row['id'])
		).toEqual(['kyiv-independent', 'viasna']);
	});

	it('neutralises text cells that start like a formula', () => {
		expect(read('events-conditions').text).toContain(",'-Two refused to leave; they stayed.,");
		expect(read('events-disputes-sides').text).toContain(",'=Viasna says 50.,");
	});
});
