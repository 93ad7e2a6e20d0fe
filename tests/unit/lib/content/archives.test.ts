import { describe, expect, it } from 'vitest';
import { archiveInfo, archiveProblem, unarchivedWarning } from '../../../../src/lib/content/archives';
import { sourceSchema } from '../../../../src/lib/content/schema';

const page = 'https://www.hrw.org/news/2025/12/15/belarus';

describe('archiveInfo()', () => {
	it('reads the service and the day of capture from a Wayback Machine address', () => {
		expect(archiveInfo(`https://web.archive.org/web/20251215093000/${page}`)).toEqual({
			service: 'wayback',
			captured: '2025-12-15',
			original: page,
		});
	});

	it('knows archive.today under its other names, with or without a timestamp', () => {
		expect(archiveInfo('https://archive.ph/AbCdE')).toEqual({ service: 'archiveToday' });
		expect(archiveInfo(`https://archive.is/20251215/${page}`)?.captured).toBe('2025-12-15');
	});

	it.each([
		`http://web.archive.org/web/20251215093000/${page}`,
		`https://web.archive.org/web/*/${page}`,
		'https://archive.ph/',
		`https://example.org/web/20251215/${page}`,
		'not a url',
	])('refuses %s', (address) => {
		expect(archiveInfo(address)).toBeUndefined();
	});
});

describe('archiveProblem()', () => {
	it('accepts a copy of the same page, whatever its scheme, www. or trailing slash', () => {
		expect(
			archiveProblem('https://web.archive.org/web/20251215000000/http://hrw.org/news/2025/12/15/belarus/', page)
		).toBeUndefined();
	});

	it('names the page a copy is of when it is another page', () => {
		expect(archiveProblem('https://web.archive.org/web/20251215000000/https://example.org/other', page)).toContain(
			'is a copy of https://example.org/other'
		);
	});

	it('is reported by the schema at the archived field, with how to fix it', () => {
		const result = sourceSchema.safeParse({ publisher: 'HRW', url: page, archived: 'https://example.org/copy' });
		expect(result.error?.issues[0]?.path).toEqual(['archived']);
		expect(result.error?.issues[0]?.message).toContain('https://web.archive.org/web/<date>/<address>');
	});
});

describe('unarchivedWarning()', () => {
	it('counts the sources without a copy and names the files with the most', () => {
		const warning = unarchivedWarning([
			{ file: 'content/events/a.mdx', sources: [{}, { archived: 'https://archive.ph/x' }] },
			{ file: 'content/events/b.mdx', sources: [{}, {}] },
		]);
		expect(warning).toContain('3 of 4 sources have no archived copy');
		expect(warning).toMatch(/b\.mdx \(2\), content\/events\/a\.mdx \(1\)/);
	});

	it('says nothing when every source has a copy', () => {
		expect(unarchivedWarning([{ file: 'a', sources: [{ archived: 'https://archive.ph/x' }] }])).toBeUndefined();
	});
});
