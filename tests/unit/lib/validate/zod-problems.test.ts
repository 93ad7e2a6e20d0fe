import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../../src/lib/content/schema';
import { zodProblems } from '../../../../src/lib/validate/zod-problems';
import { formatProblem } from '../../../../src/lib/validate/problems';
import { eventInput } from '../../../helpers';

/** The problems the validator reports for an event with some fields replaced. */
function problemsOf(overrides: Parameters<typeof eventInput>[0]) {
	const data = eventInput(overrides);
	const result = eventSchema.safeParse(data, { reportInput: true });
	if (result.success) return [];
	return zodProblems(result.error, eventSchema, data, 'content/events/x.mdx', () => 7).map(formatProblem);
}

describe('zodProblems() suggestions', () => {
	it('reads the label the site shows as the kind it stands for', () => {
		expect(problemsOf({ kind: 'Negotiated release' as never })).toEqual([
			'content/events/x.mdx:7: kind: must be one of: pardon, amnesty-law, negotiated-release, exchange, other (found "Negotiated release"); did you mean "negotiated-release"? (expected: The legal or political form of the release; e.g. "negotiated-release")',
		]);
	});

	it('reads a country written by name as its code, in conditions and foreign nationals', () => {
		const [condition, national] = problemsOf({
			conditions: [{ type: 'expelled', to: 'Lithuania', cite: ['kyiv-independent'] }],
			foreignNationals: [{ country: 'Польша', cite: ['kyiv-independent'] }],
		});
		expect(condition).toContain('conditions.0.to: must be a two-letter');
		expect(condition).toContain('(found "Lithuania"); did you mean "LT"?');
		expect(condition).toContain('e.g. "LT")');
		expect(national).toContain('foreignNationals.0.country:');
		expect(national).toContain('did you mean "PL"?');
	});

	it('gives every enum field the same help: condition types, outcomes, precision, dateMarks', () => {
		const problems = problemsOf({
			dateMarks: 'Released' as never,
			count: { value: 52, precision: 'approx' as never, basis: 'official', cite: ['kyiv-independent'] },
			conditions: [{ type: 'Expelled from Belarus' as never, cite: ['kyiv-independent'] }],
			people: [{ id: 'ihar-losik', outcome: 'returned to prison' as never }],
		});
		expect(problems.map((p) => /did you mean "([^"]+)"/.exec(p)?.[1])).toEqual([
			'released',
			'approximate',
			'expelled',
			'returned-to-prison',
		]);
	});

	it('keeps the schema example when nothing is close', () => {
		const [problem] = problemsOf({ kind: 'by decree of the moon' as never });
		expect(problem).not.toContain('did you mean');
		expect(problem).toContain('e.g. "pardon"');
	});
});
