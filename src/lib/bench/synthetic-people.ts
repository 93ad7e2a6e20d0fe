import type { PersonData } from '../content/schema';
import { transliterate } from '../search/transliterate';
import { random } from './random';

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
				description: `Synthetic person ${i + 1}, made up for benchmarks.`,
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
