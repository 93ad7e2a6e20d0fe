import type { PersonData } from '../content/schema';
import { transliterate } from '../search/transliterate';

const FIRST_BE = [
	'Алесь',
	'Марыя',
	'Сяргей',
	'Вольга',
	'Мікалай',
	'Наталля',
	'Ігар',
	'Святлана',
	'Андрэй',
	'Юлія',
	'Васіль',
	'Ганна',
];
const FIRST_RU = [
	'Алесь',
	'Мария',
	'Сергей',
	'Ольга',
	'Николай',
	'Наталья',
	'Игорь',
	'Светлана',
	'Андрей',
	'Юлия',
	'Василий',
	'Анна',
];
const ROOTS = [
	'Калес',
	'Бял',
	'Ціхан',
	'Статк',
	'Лос',
	'Бабр',
	'Знак',
	'Мар',
	'Лаб',
	'Сев',
	'Кузн',
	'Зял',
	'Шчук',
	'Дзяд',
	'Жук',
	'Хвал',
];
const MIDDLES = ['ні', 'я', 'о', 'еві', 'ар', 'ёў', 'ец', 'ян', 'уш', 'ыч', 'ін', 'ал'];
const ENDS = ['кава', 'цкі', 'ўскі', 'віч', 'ік', 'ка', 'енка', 'ава', 'еня', 'чык'];

/** A small deterministic generator (mulberry32), so every run makes the same people. */
function random(seed: number) {
	let t = seed >>> 0;
	return () => {
		t = (t + 0x6d2b79f5) >>> 0;
		let r = Math.imul(t ^ (t >>> 15), 1 | t);
		r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
		return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `n` made-up people with Belarusian-looking names and every kind of spelling a person file records
 * (Cyrillic in both languages, Latin from each), for measuring the search at scale. Clearly not real:
 * every description says so.
 */
export function syntheticPeople(n: number, seed = 7): { id: string; data: PersonData }[] {
	const next = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
	return Array.from({ length: n }, (_, i) => {
		const first = Math.floor(next() * FIRST_BE.length);
		const surname = `${pick(ROOTS)}${pick(MIDDLES)}${pick(ENDS)}`;
		const be = `${FIRST_BE[first]} ${surname}`;
		// A Russian form as the press writes it: и for і, е for я after soft consonants.
		const ru = `${FIRST_RU[first]} ${surname.replace(/і/g, 'и').replace(/ў/g, 'в').replace(/цкі$/, 'цкий')}`;
		const name = transliterate(be, 'be-passport');
		return {
			id: `synthetic-${i + 1}`,
			data: {
				name,
				description: `Synthetic person ${i + 1}, made up for the search benchmark.`,
				variants: {
					latinBelarusian: [name, transliterate(be, 'be-lacinka')],
					latinRussian: [transliterate(ru, 'ru-english')],
					cyrillicBelarusian: [be],
					cyrillicRussian: [ru],
				},
				sources: [],
				corrections: [],
			},
		};
	});
}
