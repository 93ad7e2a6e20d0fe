import { describe, expect, it } from 'vitest';
import {
	eventFileName,
	idProblem,
	isSlug,
	personFileName,
	slugify,
	unexpectedFile,
} from '../../../../src/lib/validate/file-names';
import { slugSchema } from '../../../../src/lib/content/schema';

const AWKWARD = [
	'40 freed in March',
	'52 freed, taken to Lithuania',
	'Pardon of 30: Łukašenka’s “clemency”',
	'Памілаванне 30 палітвязняў',
	'Освобождены 52 политзаключённых: Литва',
	'"Quoted" title — with dashes…',
	'🕊️ Freed 🕊️',
	'🕊️🕊️',
	'   ',
	'---',
	'2026-03-05',
	'A: B: C: D: E: F: G: H',
	'Zürich, Kraków & Vilnius',
	"Ales' Bialiatski's release",
	'x'.repeat(200),
	'Statkevich_released home',
	'ÆØÅ ßtraße',
];

describe('slugify()', () => {
	it.each([
		['52 freed, taken to Lithuania', '52-freed-taken-to-lithuania'],
		['Pardon of 30: Łukašenka’s “clemency”', 'pardon-of-30-lukasenkas-clemency'],
		['One two three four five six seven eight', 'one-two-three-four-five-six'],
		['Алесь Бяляцкі', 'ales-bialiatski'],
		['Марыя Калеснікава', 'maryia-kalesnikava'],
		['🕊️🕊️', ''],
	])('turns %j into %j', (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});
});

describe('suggested file names', () => {
	it.each(AWKWARD)('are valid for an event or a person named %j', (text) => {
		const yaml = `title: ${JSON.stringify(text)}\nname: ${JSON.stringify(text)}\ndate: 2026-03-05\n`;
		const names = [
			eventFileName(text, yaml),
			eventFileName(text),
			eventFileName(`2026-03-05-${text}`),
			personFileName(text, yaml),
			personFileName(text),
		];
		for (const name of names) {
			expect(isSlug(name), name).toBe(true);
			expect(slugSchema.safeParse(name).success, name).toBe(true);
		}
		expect(eventFileName(text, yaml)).toMatch(/^2026-03-05-[a-z0-9]/);
	});

	it('follows the same rule as the schema', () => {
		for (const id of ['ales-bialiatski', '2025-12-13-clemency-123', 'a', 'A', 'a--b', '-a', 'a_b', 'a b', 'á'])
			expect(isSlug(id), id).toBe(slugSchema.safeParse(id).success);
	});
});

describe('idProblem()', () => {
	it('names an event file by its date field and title, never a person', () => {
		const [problem] = idProblem(
			'content/events/40 freed in March.mdx',
			'40 freed in March',
			'title: 18 people pardoned in March\ndate: 2026-03-05\n'
		);
		expect(problem).toMatchObject({
			field: '(file name)',
			message: '"40 freed in March" is not a valid file name: rename the file',
			example: '2026-03-05-18-people-pardoned-in-march.mdx',
		});
	});

	it('falls back to the current name when the file gives no title or date', () => {
		expect(idProblem('content/events/2026-03-05 Freed.mdx', '2026-03-05 Freed', 'date: [')[0]?.example).toBe(
			'2026-03-05-freed.mdx'
		);
	});

	it('names a person file by the name in it', () => {
		expect(
			idProblem('content/people/Марыя.yaml', 'Марыя', 'name: Maria Kalesnikava\ndescription: x\n')[0]?.example
		).toBe('maria-kalesnikava.yaml');
	});

	it('accepts a valid name', () => {
		expect(idProblem('content/events/2026-03-05-pardon-18.mdx', '2026-03-05-pardon-18')).toEqual([]);
	});
});

describe('unexpectedFile()', () => {
	it('gives an event written with the wrong ending the name to rename it to', () => {
		expect(unexpectedFile('content/events/2026-03-05 Pardon of 18.md').example).toBe(
			'content/events/2026-03-05-pardon-of-18.mdx'
		);
		expect(unexpectedFile('content/people/Ihar Losik.json').example).toBe('content/people/ihar-losik.yaml');
		expect(unexpectedFile('content/notes.txt').example).toBeUndefined();
	});
});
