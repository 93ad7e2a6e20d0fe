import { describe, expect, it } from 'vitest';
import { contentChecker, isPageRequest } from '../../../../src/lib/validate/dev-preview';
import type { ContentProblem } from '../../../../src/lib/validate/problems';

const problem = (line: number): ContentProblem => ({
	file: 'content/tallies.yaml',
	line,
	field: 'count',
	message: 'x',
});

/** A checker over content whose stamp and problems the test sets, counting how often the content was read. */
function setup() {
	const state = { stamp: 'a', problems: [] as ContentProblem[], checks: 0, reported: [] as number[] };
	const checker = contentChecker(
		() => state.stamp,
		() => {
			state.checks += 1;
			return state.problems;
		},
		(problems) => state.reported.push(problems.length)
	);
	return { state, checker };
}

describe('contentChecker()', () => {
	it('reads the content again only after a file changed', () => {
		const { state, checker } = setup();
		checker.status();
		checker.status();
		expect(state.checks).toBe(1);
		state.stamp = 'b';
		checker.status();
		expect(state.checks).toBe(2);
	});

	it('gives a new version and reports once each time the problems change, and back when they are fixed', () => {
		const { state, checker } = setup();
		expect(checker.status()).toEqual({ problems: [], version: 1 });
		state.problems = [problem(4)];
		state.stamp = 'b';
		expect(checker.status()).toEqual({ problems: [problem(4)], version: 2 });
		// A save that leaves the same problems keeps the version, so an open error page does not reload.
		state.stamp = 'c';
		expect(checker.status().version).toBe(2);
		state.problems = [];
		state.stamp = 'd';
		expect(checker.status()).toEqual({ problems: [], version: 3 });
		expect(state.reported).toEqual([0, 1, 0]);
	});

	it('lists the problems in file and line order', () => {
		const { state, checker } = setup();
		state.problems = [problem(9), problem(2)];
		expect(checker.status().problems.map((p) => p.line)).toEqual([2, 9]);
	});
});

describe('isPageRequest()', () => {
	const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };
	it('takes a browser opening a page or a frame', () => {
		expect(isPageRequest('GET', '/events/2025-09-11-release-52/', { ...html, 'sec-fetch-dest': 'document' })).toBe(
			true
		);
		expect(isPageRequest('GET', '/embed/', { 'sec-fetch-dest': 'iframe' })).toBe(true);
		expect(isPageRequest('GET', '/', html)).toBe(true);
	});

	it("leaves scripts, styles, assets and Vite's own requests alone", () => {
		expect(isPageRequest('GET', '/_astro/page.js', { 'sec-fetch-dest': 'script' })).toBe(false);
		expect(isPageRequest('GET', '/favicon.svg', { accept: 'image/*' })).toBe(false);
		expect(isPageRequest('GET', '/@vite/client', html)).toBe(false);
		expect(isPageRequest('GET', '/@fs/x/node_modules/astro/a.js', html)).toBe(false);
		expect(isPageRequest('GET', '/node_modules/.vite/deps/d3.js', html)).toBe(false);
		expect(isPageRequest('POST', '/', html)).toBe(false);
	});
});
