import { describe, expect, it } from 'vitest';
import { SCHEMES, generatedSpellings, transliterate, type Scheme } from '../../../../src/lib/search/transliterate';

/**
 * For each scheme, Cyrillic → the spelling its standard gives. Place names are the standards' own examples
 * (the Belarusian instruction's and BGN/PCGN's tables); personal names are forms in real use (passports, the
 * press) that the rules produce.
 */
const CASES: Record<Scheme, [string, string][]> = {
	'be-national-2007': [
		['Магілёў', 'Mahilioŭ'],
		['Гомель', 'Homieĺ'],
		['Ельск', 'Jeĺsk'],
		['Іўе', 'Iŭje'],
		['Бабаедава', 'Babajedava'],
		["Вераб'ёвічы", 'Vierabjovičy'],
		['Вераб’ёвічы', 'Vierabjovičy'],
		['Мёры', 'Miory'],
		['Любань', 'Liubań'],
		['Шаркаўшчына', 'Šarkaŭščyna'],
		['Хоцімск', 'Chocimsk'],
		['Цёмны Лес', 'Ciomny Lies'],
		['Чэрвень', 'Červień'],
		['Друць', 'Druć'],
		["Валяр'яны", 'Valiarjany'],
		['Беларусь', 'Bielaruś'],
		['Круглае', 'Kruhlaje'],
		['Гаюціна', 'Hajucina'],
		['Бяляцкі', 'Bialiacki'],
		['Ціханоўская', 'Cichanoŭskaja'],
		['Дзьвіна', 'Dźvina'],
		['ЦЁМНЫ ЛЕС', 'CIOMNY LIES'],
	],
	'be-national-2007-ascii': [
		['Ціханоўская', 'Cichanouskaja'],
		['Магілёў', 'Mahiliou'],
		['Шаркаўшчына', 'Sharkaushchyna'],
		['Чэрвень', 'Chervien'],
		['Жодзішкі', 'Zhodzishki'],
		['Беларусь', 'Bielarus'],
		['Смаргонь', 'Smarhon'],
		['Статкевіч', 'Statkievich'],
		['Бяляцкі', 'Bialiacki'],
		['Хоцімск', 'Chocimsk'],
		['Ельск', 'Jelsk'],
	],
	'be-bgn-pcgn': [
		['Віцебск', 'Vitsyebsk'],
		['Гомель', 'Homyel'],
		['Магілёў', 'Mahilyow'],
		['Лепель', 'Lyepyel'],
		['Іўе', 'Iwye'],
		['Вілейка', 'Vilyeyka'],
		['Бабруйск', 'Babruysk'],
		['Нёман', 'Nyoman'],
		['Зоя', 'Zoya'],
		['Хатынь', 'Khatyn'],
		['Шклоў', 'Shklow'],
		['Юры', 'Yury'],
		["Задвор'е", 'Zadvorye'],
		['Ёдкавічы', 'Yodkavichy'],
		['Бяляцкі', 'Byalyatski'],
		['Ціханоўская', 'Tsikhanowskaya'],
		['Ігар', 'Ihar'],
	],
	'be-passport': [
		['Святлана Ціханоўская', 'Sviatlana Tsikhanouskaya'],
		['Аляксандр Лукашэнка', 'Aliaksandr Lukashenka'],
		['Ігар', 'Ihar'],
		['Сяргей', 'Siarhei'],
		['Яўген', 'Yauhen'],
		['Юрась Зянковіч', 'Yuras Ziankovich'],
		['Анастасія', 'Anastasiya'],
		['Марыя', 'Maryia'],
		['Віктар Бабарыка', 'Viktar Babaryka'],
		['Рыгор Кастусёў', 'Ryhor Kastusiou'],
		['Валянцін Стэфановіч', 'Valiantsin Stefanovich'],
		['Мікалай Статкевіч', 'Mikalai Statkevich'],
		['Алесь Бяляцкі', 'Ales Bialiatski'],
		['Мікалай Хіло', 'Mikalai Khilo'],
		['Наталля', 'Natallia'],
		['ЛУКАШЭНКА', 'LUKASHENKA'],
	],
	'be-lacinka': [
		['Бяляцкі', 'Bialacki'],
		['Ціханоўская', 'Cichanoŭskaja'],
		['Калеснікава', 'Kalesnikava'],
		['Алесь', 'Aleś'],
		['Беларусь', 'Biełaruś'],
		['Лукашэнка', 'Łukašenka'],
		['Мікола', 'Mikoła'],
		['Наталля', 'Natalla'],
		['Любоў', 'Luboŭ'],
		['Магілёў', 'Mahiloŭ'],
		['Ельск', 'Jelsk'],
		["Вераб'ёў", 'Vierabjoŭ'],
		['Статкевіч', 'Statkievič'],
		['Дзьвіна', 'Dźvina'],
		['Кастусь', 'Kastuś'],
		['Жыровічы', 'Žyrovičy'],
	],
	'be-polish': [
		['Бяляцкі', 'Bialacki'],
		['Ціханоўскі', 'Cichanouski'],
		['Сяргей', 'Siarhiej'],
		['Святлана', 'Swiatłana'],
		['Аляксандр Лукашэнка', 'Alaksandr Łukaszenka'],
		['Марыя Калеснікава', 'Maryja Kalesnikawa'],
		['Алесь', 'Aleś'],
		['Мікола Статкевіч', 'Mikoła Statkiewicz'],
		['Віктар Бабарыка', 'Wiktar Babaryka'],
		['Ігар Лосік', 'Ihar Łosik'],
		['Раман Пратасевіч', 'Raman Pratasiewicz'],
		['Шчучын', 'Szczuczyn'],
		['Жодзіна', 'Żodzina'],
	],
	'ru-bgn-pcgn': [
		['Колесникова', 'Kolesnikova'],
		['Тихановская', 'Tikhanovskaya'],
		['Беляцкий', 'Belyatskiy'],
		['Ельцин', 'Yeltsin'],
		['Еловая', 'Yelovaya'],
		['Объезд', 'Obyezd'],
		['Юрий', 'Yuriy'],
		['Щукин', 'Shchukin'],
		['Наталья', 'Natalya'],
		['Сергей', 'Sergey'],
		['Её', 'Yeyo'],
		['Фёдор', 'Fedor'],
		['ЦИК', 'TSIK'],
	],
	'ru-icao': [
		['Тихановская', 'Tikhanovskaia'],
		['Беляцкий', 'Beliatskii'],
		['Колесникова', 'Kolesnikova'],
		['Андрей', 'Andrei'],
		['Яна', 'Iana'],
		['Наталья', 'Natalia'],
		['Анастасия', 'Anastasiia'],
		['Александр', 'Aleksandr'],
		['Дмитрий', 'Dmitrii'],
		['Объезд', 'Obieezd'],
		['Щукин', 'Shchukin'],
		['Цой', 'Tsoi'],
		['Ёлкин', 'Elkin'],
		['Хабаровск', 'Khabarovsk'],
	],
	'ru-english': [
		['Колесникова', 'Kolesnikova'],
		['Тихановская', 'Tikhanovskaya'],
		['Беляцкий', 'Belyatsky'],
		['Сергей Тихановский', 'Sergey Tikhanovsky'],
		['Юрий', 'Yury'],
		['Григорий', 'Grigory'],
		['Достоевский', 'Dostoyevsky'],
		['Фёдор', 'Fyodor'],
		['Пётр', 'Pyotr'],
		['Семён', 'Semyon'],
		['Горбачёв', 'Gorbachev'],
		['Хрущёв', 'Khrushchev'],
		['Наталья', 'Natalya'],
		['Ельцин', 'Yeltsin'],
	],
	'ru-german': [
		['Тихановская', 'Tichanowskaja'],
		['Колесникова', 'Kolesnikowa'],
		['Беляцкий', 'Beljazki'],
		['Горбачёв', 'Gorbatschow'],
		['Хрущёв', 'Chruschtschow'],
		['Ельцин', 'Jelzin'],
		['Андрей', 'Andrei'],
		['Чайковский', 'Tschaikowski'],
		['Достоевский', 'Dostojewski'],
		['Новороссийск', 'Noworossijsk'],
		['Протасевич', 'Protassewitsch'],
		['Александр', 'Alexandr'],
		['Ильич', 'Iljitsch'],
		['Жуков', 'Schukow'],
		['Зоя', 'Soja'],
		['Юрий', 'Juri'],
	],
};

describe('transliterate()', () => {
	it('has cases for every scheme, at least eight each', () => {
		expect(Object.keys(CASES).sort()).toEqual([...SCHEMES.be, ...SCHEMES.ru].sort());
		for (const cases of Object.values(CASES)) expect(cases.length).toBeGreaterThanOrEqual(8);
	});

	describe.each(Object.entries(CASES) as [Scheme, [string, string][]][])('%s', (scheme, cases) => {
		it.each(cases)('%s → %s', (cyrillic, latin) => {
			expect(transliterate(cyrillic, scheme)).toBe(latin);
		});
	});

	it('gives the known real spellings of the people in the index', () => {
		expect(transliterate('Бяляцкі', 'be-national-2007')).toBe('Bialiacki');
		expect(transliterate('Бяляцкі', 'be-bgn-pcgn')).toBe('Byalyatski');
		expect(transliterate('Бяляцкі', 'be-lacinka')).toBe('Bialacki');
		expect(transliterate('Бяляцкі', 'be-polish')).toBe('Bialacki');
		expect(transliterate('Ціханоўская', 'be-national-2007')).toBe('Cichanoŭskaja');
		expect(transliterate('Ціханоўская', 'be-lacinka')).toBe('Cichanoŭskaja');
		expect(transliterate('Ціханоўская', 'be-bgn-pcgn')).toBe('Tsikhanowskaya');
		expect(transliterate('Ціханоўская', 'be-passport')).toBe('Tsikhanouskaya');
		for (const scheme of ['ru-icao', 'ru-bgn-pcgn', 'ru-english'] as const) {
			expect(transliterate('Колесникова', scheme)).toBe('Kolesnikova');
		}
		expect(transliterate('Тихановская', 'ru-icao')).toBe('Tikhanovskaia');
		expect(transliterate('Тихановская', 'ru-bgn-pcgn')).toBe('Tikhanovskaya');
		expect(transliterate('Тихановская', 'ru-english')).toBe('Tikhanovskaya');
		expect(transliterate('Беляцкий', 'ru-icao')).toBe('Beliatskii');
		expect(transliterate('Беляцкий', 'ru-bgn-pcgn')).toBe('Belyatskiy');
		expect(transliterate('Беляцкий', 'ru-english')).toBe('Belyatsky');
		expect(transliterate('Святлана', 'be-passport')).toBe('Sviatlana');
		expect(transliterate('Аляксандр', 'be-passport')).toBe('Aliaksandr');
		for (const scheme of SCHEMES.be) expect(transliterate('Ігар', scheme)).toBe('Ihar');
	});

	it('writes е ё ю я iotated at a word start, after a vowel, ў, ь and the apostrophe, and soft after a consonant', () => {
		expect(transliterate('Яна Ева Юра Ёдка', 'be-national-2007')).toBe('Jana Jeva Jura Jodka');
		expect(transliterate('Баяры Гаўя Іўе', 'be-national-2007')).toBe('Bajary Haŭja Iŭje');
		expect(transliterate("Дар'я Дар’я", 'be-lacinka')).toBe('Darja Darja');
		expect(transliterate('Сяргей Бяроза', 'be-national-2007')).toBe('Siarhiej Biaroza');
		expect(transliterate('Дар’я', 'be-passport')).toBe('Darya');
	});

	it('follows the capitals of the source: a capital starts the spelling, a word in capitals stays in capitals', () => {
		expect(transliterate('Жанна Шчучын', 'be-passport')).toBe('Zhanna Shchuchyn');
		expect(transliterate('ЖАННА', 'be-passport')).toBe('ZHANNA');
		expect(transliterate('Чайка', 'ru-german')).toBe('Tschaika');
		expect(transliterate('ЧАЙКА', 'ru-german')).toBe('TSCHAIKA');
		expect(transliterate('Ць', 'be-national-2007')).toBe('Ć');
		expect(transliterate('Я', 'ru-icao')).toBe('Ia');
	});

	it('passes Latin letters, digits, punctuation and apostrophes outside Cyrillic words through', () => {
		expect(transliterate('Алесь «Ales» Бяляцкі, 1962', 'be-passport')).toBe('Ales «Ales» Bialiatski, 1962');
		expect(transliterate("O'Brien — Дар'я", 'be-national-2007')).toBe("O'Brien — Darja");
		expect(transliterate('Пратасевіч-Лосік', 'be-polish')).toBe('Pratasiewicz-Łosik');
		expect(transliterate('', 'ru-icao')).toBe('');
	});
});

describe('SCHEMES', () => {
	it('lists each scheme once, under its language', () => {
		const all = [...SCHEMES.be, ...SCHEMES.ru];
		expect(new Set(all).size).toBe(all.length);
		expect(SCHEMES.be.every((s) => s.startsWith('be-'))).toBe(true);
		expect(SCHEMES.ru.every((s) => s.startsWith('ru-'))).toBe(true);
	});
});

describe('generatedSpellings()', () => {
	it('gives every distinct spelling of the language’s schemes, in SCHEMES order', () => {
		expect(generatedSpellings('Бяляцкі', 'be')).toEqual(['Bialiacki', 'Byalyatski', 'Bialiatski', 'Bialacki']);
		expect(generatedSpellings('Беляцкий', 'ru')).toEqual(['Belyatskiy', 'Beliatskii', 'Belyatsky', 'Beljazki']);
		expect(generatedSpellings('Знак', 'ru')).toEqual(['Znak', 'Snak']);
	});

	it('is the set of the schemes’ spellings, first occurrence first', () => {
		for (const lang of ['be', 'ru'] as const) {
			const name = lang === 'be' ? 'Рыгор Кастусёў' : 'Григорий Костусев';
			const all = SCHEMES[lang].map((scheme) => transliterate(name, scheme));
			expect(generatedSpellings(name, lang)).toEqual([...new Set(all)]);
		}
	});
});
