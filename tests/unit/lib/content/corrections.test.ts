import { describe, expect, it } from 'vitest';
import { listCorrections } from '../../../../src/lib/content/corrections';
import type { TextState } from '../../../../src/lib/content/localize';

const ORIGINAL: TextState = { state: 'original' };
const TRANSLATED: TextState = { state: 'translated', checked: '2026-02-02' };

describe('listCorrections()', () => {
	const pages = [
		{
			title: 'Pardon of 30',
			path: '/events/2024-08-16-pardon-30/',
			textState: ORIGINAL,
			corrections: [
				{ date: '2025-01-10', text: 'The count was given as 31; the decree names 30.' },
				{ date: '2026-02-01', text: 'A date of release was a day early.' },
			],
		},
		{
			title: 'Ales Bialiatski',
			path: '/people/ales-bialiatski/',
			textState: TRANSLATED,
			corrections: [{ date: '2026-02-01', text: 'The spelling Bialiatski was marked as confirmed.' }],
		},
		{ title: 'A page with no corrections', path: '/events/x/', textState: ORIGINAL, corrections: [] },
		{
			title: '123 freed',
			path: '/events/2025-12-13-clemency-123/',
			textState: { state: 'missing' } as const,
			corrections: [
				{ date: '2025-12-20', text: 'B.' },
				{ date: '2025-12-20', text: 'A.' },
			],
		},
	];

	it('lists every correction with its page, newest first, then by page title and text', () => {
		expect(listCorrections(pages).map((c) => [c.date, c.title, c.text])).toEqual([
			['2026-02-01', 'Ales Bialiatski', 'The spelling Bialiatski was marked as confirmed.'],
			['2026-02-01', 'Pardon of 30', 'A date of release was a day early.'],
			['2025-12-20', '123 freed', 'A.'],
			['2025-12-20', '123 freed', 'B.'],
			['2025-01-10', 'Pardon of 30', 'The count was given as 31; the decree names 30.'],
		]);
		expect(listCorrections(pages)[0]).toEqual({
			date: '2026-02-01',
			text: 'The spelling Bialiatski was marked as confirmed.',
			title: 'Ales Bialiatski',
			path: '/people/ales-bialiatski/',
			textState: TRANSLATED,
		});
	});

	it('carries the state of the text of the page each correction was made to', () => {
		expect(listCorrections(pages).map((c) => [c.title, c.textState.state])).toEqual([
			['Ales Bialiatski', 'translated'],
			['Pardon of 30', 'original'],
			['123 freed', 'missing'],
			['123 freed', 'missing'],
			['Pardon of 30', 'original'],
		]);
	});

	it('gives the same order whatever order the pages come in', () => {
		expect(listCorrections(pages.toReversed())).toEqual(listCorrections(pages));
	});

	it('lists nothing when nothing was corrected', () => {
		expect(listCorrections([])).toEqual([]);
		expect(listCorrections([{ title: 'x', path: '/x/', textState: ORIGINAL, corrections: [] }])).toEqual([]);
	});
});
