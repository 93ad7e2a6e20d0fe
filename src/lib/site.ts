/** Facts about the site itself that pages, feeds and data files repeat. */
export const SITE = {
	name: 'Release Waves',
	description: 'A sourced timeline of political-prisoner release waves in Belarus, 2020 to today.',
	repository: 'https://github.com/release-waves/release-waves',
	dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	socialImage: '/og/site.png',
} as const;
