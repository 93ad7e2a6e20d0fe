import { describe, expect, it } from 'vitest';
import { filterParams, matchesFilter, parseFilter } from '../../../../src/lib/timeline/filter';

const parse = (query: string) => parseFilter(new URLSearchParams(query));

describe('parseFilter()', () => {
	it('reads a year as that whole year', () => {
		expect(parse('year=2024')).toEqual({ from: '2024-01-01', to: '2024-12-31', kinds: [] });
	});

	it('reads from/to as years or ISO dates, and swaps a reversed range', () => {
		expect(parse('from=2024&to=2025-06-30')).toEqual({ from: '2024-01-01', to: '2025-06-30', kinds: [] });
		expect(parse('from=2025-06-30&to=2024-01-01')).toEqual({ from: '2024-01-01', to: '2025-06-30', kinds: [] });
	});

	it('reads kinds comma-separated or repeated, dropping unknown ones', () => {
		expect(parse('kind=pardon,exchange&kind=bogus&kind=pardon').kinds).toEqual(['pardon', 'exchange']);
	});

	it.each(['from=<script>', 'from=2025-02-30', 'year=20245', 'to=yesterday'])('ignores the malformed %s', (query) => {
		expect(parse(query)).toEqual({ from: undefined, to: undefined, kinds: [] });
	});
});

describe('filterParams()', () => {
	it('round-trips through the URL, writing a whole year as year=', () => {
		const filter = { from: '2025-01-01', to: '2025-12-31', kinds: ['pardon' as const] };
		expect(filterParams(filter).toString()).toBe('year=2025&kind=pardon');
		expect(parseFilter(filterParams(filter))).toEqual(filter);
		expect(filterParams({ from: '2025-03-01', to: '2025-06-30', kinds: [] }).toString()).toBe(
			'from=2025-03-01&to=2025-06-30'
		);
	});
});

describe('matchesFilter()', () => {
	it('keeps waves inside the range and of the chosen kinds', () => {
		const filter = { from: '2025-01-01', to: '2025-12-31', kinds: ['pardon' as const] };
		expect(matchesFilter({ date: '2025-05-07', kind: 'pardon' }, filter)).toBe(true);
		expect(matchesFilter({ date: '2025-05-07', kind: 'exchange' }, filter)).toBe(false);
		expect(matchesFilter({ date: '2024-12-28', kind: 'pardon' }, filter)).toBe(false);
	});
});
