import { describe, expect, it } from 'vitest';
import { translationProblem, translationWarnings } from '../../../../src/lib/validate/translation-status';
import type { ContentHistory } from '../../../../src/lib/content/history';

const history = (dates: Record<string, string>): ContentHistory => ({
	lastChanged: new Map(Object.entries(dates)),
	uncommitted: new Set(),
	available: true,
});
const none = () => ({ events: new Map<string, { checked: string }>(), people: new Map<string, { checked: string }>() });

describe('translationWarnings()', () => {
	const content = {
		events: [{ id: 'e', file: 'content/events/e.mdx' }],
		people: [{ id: 'p', file: 'content/people/p.yaml' }],
	};

	it('warns of every missing translation, in each language, with where it goes', () => {
		const warnings = translationWarnings(content, { be: none(), ru: none() }, history({}));
		expect(warnings.map((w) => [w.lang, w.state, w.translation])).toEqual([
			['be', 'missing', 'content/translations/be/events/e.mdx'],
			['be', 'missing', 'content/translations/be/people/p.yaml'],
			['ru', 'missing', 'content/translations/ru/events/e.mdx'],
			['ru', 'missing', 'content/translations/ru/people/p.yaml'],
		]);
		expect(translationProblem(warnings[0]!)).toMatchObject({
			file: 'content/events/e.mdx',
			message: 'has no be translation; the be pages show the English',
			expected: 'a translation in content/translations/be/events/e.mdx',
		});
	});

	it('warns of a translation checked before the English last changed, and of nothing current', () => {
		const be = none();
		be.events.set('e', { checked: '2026-01-01' });
		be.people.set('p', { checked: '2026-03-01' });
		const ru = none();
		ru.events.set('e', { checked: '2026-02-01' });
		ru.people.set('p', { checked: '2026-03-01' });
		const warnings = translationWarnings(
			content,
			{ be, ru },
			history({ 'content/events/e.mdx': '2026-02-01', 'content/people/p.yaml': '2026-03-01' })
		);
		expect(warnings).toEqual([
			{
				lang: 'be',
				file: 'content/events/e.mdx',
				translation: 'content/translations/be/events/e.mdx',
				state: 'outdated',
				checked: '2026-01-01',
				changed: '2026-02-01',
			},
		]);
		expect(translationProblem(warnings[0]!)).toMatchObject({
			file: 'content/translations/be/events/e.mdx',
			field: 'checked',
			message: expect.stringContaining('checked on 2026-01-01, but the English'),
		});
	});
});
