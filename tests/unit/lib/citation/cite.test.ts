import { describe, expect, it } from 'vitest';
import {
	citationBibtex,
	citationCsl,
	citationRis,
	citationText,
	type CitedWork,
} from '../../../../src/lib/citation/cite';
import { localeOf } from '../../../../src/i18n';

const work: CitedWork = {
	id: 'release-waves-2025-12-13-clemency-123',
	title: '123 freed & expelled after talks {with} the US envoy',
	url: 'https://release-waves.org/events/2025-12-13-clemency-123/',
	version: '2026-12-02',
	container: 'Release Waves',
	kind: 'webpage',
	lang: 'en',
};
const accessed = { date: '2026-12-05' };

/** Read a BibTeX entry back: its type, key and fields, braces unescaped. */
function parseBibtex(text: string) {
	const head = /^@(\w+)\{([^,]+),\n/.exec(text);
	const fields = Object.fromEntries(
		[...text.matchAll(/^ {2}(\w+) = \{(.*)\},?$/gm)].map((m) => [m[1], m[2]!.replace(/\\([{}&%$#_\\])/g, '$1')])
	);
	return { type: head?.[1], key: head?.[2], fields, closed: text.trimEnd().endsWith('}') };
}

/** Read a RIS record back: every `TAG  - value` line, in order. */
const parseRis = (text: string) =>
	text.split('\n').map((line) => /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/.exec(line)?.slice(1));

describe('citations', () => {
	it('writes BibTeX that reads back to the page, its version and the day accessed', () => {
		const bib = parseBibtex(citationBibtex(work, accessed));
		expect(bib).toMatchObject({ type: 'misc', key: work.id, closed: true });
		expect(bib.fields).toMatchObject({
			title: work.title,
			url: work.url,
			year: '2026',
			month: 'dec',
			date: '2026-12-02',
			urldate: '2026-12-05',
			language: 'en',
		});
		expect(bib.fields['author']).toBe('{Release Waves}');
	});

	it('writes RIS with every line a tag, the record closed by ER', () => {
		const lines = parseRis(citationRis(work, accessed));
		expect(lines.every(Boolean)).toBe(true);
		expect(Object.fromEntries(lines.map((l) => [l![0], l![1] ?? '']))).toMatchObject({
			TY: 'ELEC',
			TI: work.title,
			PY: '2026',
			DA: '2026/12/02',
			UR: work.url,
			Y2: '2026/12/05',
			ER: '',
		});
		expect(lines.at(-1)![0]).toBe('ER');
		expect(parseRis(citationRis({ ...work, kind: 'dataset' }, accessed))[0]).toEqual(['TY', 'DATA']);
	});

	it('writes CSL-JSON with the fields citeproc needs, dates as date-parts', () => {
		const csl = JSON.parse(JSON.stringify(citationCsl(work, accessed))) as Record<string, unknown>;
		expect(csl).toEqual({
			id: work.id,
			type: 'webpage',
			title: work.title,
			author: [{ literal: 'Release Waves' }],
			'container-title': 'Release Waves',
			URL: work.url,
			language: 'en',
			issued: { 'date-parts': [[2026, 12, 2]] },
			version: '2026-12-02',
			accessed: { 'date-parts': [[2026, 12, 5]] },
		});
	});

	it('leaves a slot for the day accessed when no script fills it, and says when the version is not known', () => {
		const slot = { placeholder: 'YYYY-MM-DD' };
		const undated = { ...work, version: undefined };
		expect(citationCsl(undated, slot)).toMatchObject({ accessed: { literal: 'YYYY-MM-DD' } });
		expect(citationCsl(undated, slot)).not.toHaveProperty('issued');
		expect(parseBibtex(citationBibtex(undated, slot)).fields).not.toHaveProperty('year');
		expect(citationRis(undated, slot)).toContain('Y2  - YYYY-MM-DD');
		expect(citationRis(undated, slot)).not.toContain('PY  -');
		const en = localeOf('en');
		const words = { accessed: 'accessed', noDate: 'n.d.', kind: 'Web page' };
		expect(citationText(work, accessed, words, (iso) => en.date(iso))).toBe(
			`Release Waves. (2 December 2026). ${work.title} [Web page]. ${work.url} (accessed 2026-12-05)`
		);
		expect(citationText(undated, slot, words, (iso) => en.date(iso))).toContain('(n.d.)');
	});
});
