import { describe, expect, it } from 'vitest';
import { checkEventBody } from '../../../../../src/lib/content/mdx-safety/check-body';

const FILE = 'content/events/2025-09-11-x.mdx';
const people = new Set(['ales-bialiatski']);

describe('checkEventBody()', () => {
	it('passes safe text', () => {
		expect(checkEventBody({ file: FILE, body: '\nFreed: <PersonLink id="ales-bialiatski" />.', firstLine: 20 }, people)).toEqual([]);
	});

	it('reports rules broken with file lines, not body lines', () => {
		expect(checkEventBody({ file: FILE, body: '\nText.\n\n<iframe />', firstLine: 20 }, people)).toEqual([
			expect.objectContaining({ file: FILE, line: 23, field: '(body)', message: expect.stringContaining('<iframe>') }),
		]);
	});

	it('reports text that does not parse as MDX, with its line', () => {
		expect(checkEventBody({ file: FILE, body: '\nText.\n\n<Aside>\n\nNever closed.', firstLine: 20 }, people)).toEqual([
			expect.objectContaining({ line: 23, field: '(body)', message: expect.stringMatching(/^MDX syntax error: Expected a closing tag for `<Aside>`/) }),
		]);
	});

	it('reports a PersonLink to a person who has no file', () => {
		expect(checkEventBody({ file: FILE, body: 'Freed: <PersonLink id="nobody" />.', firstLine: 20 }, people)).toEqual([
			expect.objectContaining({ line: 20, message: '<PersonLink id="nobody">: no person "nobody" in content/people' }),
		]);
	});
});
