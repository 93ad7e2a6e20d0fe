import { describe, expect, it } from 'vitest';
import { eventSchema, prisonerCountSchema } from '../../../../src/lib/content/schema';
import { exportedEventSchema } from '../../../../src/lib/export/events-json';
import { fieldRows } from '../../../../src/lib/export/fields';

const rows = fieldRows(exportedEventSchema);
const row = (path: string) => rows.find((r) => r.path === path);

describe('fieldRows()', () => {
	it('documents every field of the content schema with its description from the schema', () => {
		for (const key of Object.keys(eventSchema.shape)) expect(row(key)?.description, key).not.toBe('');
		expect(row('summary')?.description).toMatch(/at most 280 characters/);
	});

	it('marks a field optional when it, or an object around it, may be missing from a record', () => {
		expect(row('date')?.optional).toBe(false);
		expect(row('mediators')?.optional).toBe(false);
		expect(row('endDate')?.optional).toBe(true);
		expect(row('politicalPrisoners.value')?.optional).toBe(true);
		expect(row('politicalPrisoners.cite')?.optional).toBe(true);
		expect(row('count.cite')?.optional).toBe(false);
		expect(row('count.basis')?.optional).toBe(false);
		expect(row('people[].id')?.optional).toBe(false);
		expect(row('people[].outcome')?.optional).toBe(true);
		expect(row('sources[].id')?.optional).toBe(false);
		expect(row('conditions[].type')?.optional).toBe(false);
		expect(row('conditions[].to')?.optional).toBe(true);
	});

	it('writes examples as JSON and leaves object examples out', () => {
		expect(row('date')?.example).toBe('"2025-12-13"');
		expect(row('count')?.example).toBeUndefined();
		expect(fieldRows(prisonerCountSchema).find((r) => r.path === 'count.value')?.example).toBe('52');
	});
});
