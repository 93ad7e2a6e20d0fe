import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../src/lib/content/schema';
import {
	eventsFileSchema,
	eventsJson,
	exportedEventSchema,
	namesById,
	toExportedEvent,
} from '../../../../src/lib/export/events-json';
import { eventInput } from '../../../helpers';

const wave = { id: '2025-09-11-release-52', data: eventSchema.parse(eventInput()) };
const names = namesById([{ id: 'ihar-losik', data: { name: 'Ihar Losik' } }]);
const context = { site: 'https://example.org', generated: '2026-01-31' };

describe('toExportedEvent()', () => {
	it('puts the id and page address first, keeps every schema field, and names the people', () => {
		const exported = toExportedEvent(wave, names, context.site);
		expect(Object.keys(exported).slice(0, 3)).toEqual(['id', 'url', 'title']);
		expect(exported).toMatchObject({
			id: wave.id,
			url: 'https://example.org/events/2025-09-11-release-52/',
			...wave.data,
		});
		expect(exported.peopleNames).toEqual(['Ihar Losik']);
	});

	it('fills in schema defaults, so an absent list is an empty list', () => {
		expect(toExportedEvent(wave, names, context.site)).toMatchObject({
			mediators: [],
			disputes: [],
			foreignNationals: [],
		});
	});

	it('fails, naming the file, when a person has no name to publish', () => {
		expect(() => toExportedEvent(wave, new Map(), context.site)).toThrow(
			'content/events/2025-09-11-release-52.mdx: people: no person "ihar-losik"'
		);
	});
});

describe('eventsJson()', () => {
	const file = eventsJson([wave], names, context);

	it('opens with the schema, licence, source and build date, then lists the waves', () => {
		expect(file).toMatchObject({
			$schema: 'https://example.org/data/events.schema.json',
			licence: 'https://creativecommons.org/licenses/by/4.0/',
			source: 'https://example.org/',
			generated: '2026-01-31',
		});
		expect(file.events.map((e) => e.id)).toEqual([wave.id]);
	});

	it('survives JSON and parses back through its own schema unchanged', () => {
		const reread = JSON.parse(JSON.stringify(file));
		expect(eventsFileSchema.parse(reread)).toEqual(reread);
		expect(exportedEventSchema.safeParse({ ...reread.events[0], extra: 1 }).success).toBe(false);
	});
});
