import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../src/lib/content/schema';
import { eventsJsonSchema } from '../../../../src/lib/export/events-schema';

// The parts of a JSON Schema these tests read.
interface Node {
	$id?: string;
	$schema?: string;
	type?: string;
	pattern?: string;
	default?: unknown;
	required?: string[];
	properties?: Record<string, Node>;
	items?: Node;
	additionalProperties?: boolean;
	description?: string;
}

const schema = eventsJsonSchema('https://example.org') as unknown as Node;
const event = schema.properties!['events']!.items!;

describe('eventsJsonSchema()', () => {
	it('is a draft 2020-12 schema with its own address', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe('https://example.org/data/events.schema.json');
	});

	it('describes every field of the content schema, plus id, url, peopleNames and translations, and nothing else', () => {
		expect(Object.keys(event.properties!)).toEqual([
			'id',
			'url',
			...Object.keys(eventSchema.shape),
			'peopleNames',
			'translations',
		]);
		expect(event.additionalProperties).toBe(false);
		expect(event.properties!['title']!.description).toBe('A short headline for the wave.');
	});

	it('describes dates as the YYYY-MM-DD strings the file holds, not the dates YAML may give', () => {
		expect(event.properties!['date']).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
		expect(event.required).toContain('date');
	});

	it('marks defaulted fields as always present, with their default', () => {
		expect(event.required).toEqual(expect.arrayContaining(['mediators', 'people', 'disputes']));
		expect(event.required).not.toContain('endDate');
		expect(event.properties!['count']!.properties!['precision']).toMatchObject({ default: 'exact' });
	});
});
