import { SITE } from '../site';

/**
 * The repository's CITATION.cff (Citation File Format 1.2.0), which GitHub and Zenodo read to offer
 * "Cite this repository": the data, its licence, and the latest dated release as the version to cite.
 */
export function citationCff(siteUrl: string, latestRelease: string | undefined): string {
	const lines = [
		'# Written by `npm run release-data`; edit src/lib/citation/cff.ts instead.',
		'cff-version: 1.2.0',
		'message: "If you use these data, please cite them as below, with the date of the release you used."',
		'type: dataset',
		`title: "${SITE.name}: political-prisoner release waves in Belarus"`,
		'authors:',
		`  - name: "${SITE.name}"`,
		`abstract: "${SITE.description}"`,
		'license: CC-BY-4.0',
		`url: "${siteUrl}data/"`,
		`repository-code: "${SITE.repository}"`,
		'keywords:',
		...['Belarus', 'political prisoners', 'prisoner releases', 'human rights'].map((k) => `  - ${k}`),
		...(latestRelease
			? [
					`version: "${latestRelease}"`,
					`date-released: "${latestRelease}"`,
					`identifiers:`,
					`  - type: url`,
					`    value: "${siteUrl}data/releases/${latestRelease}/"`,
					`    description: "The data release of ${latestRelease}"`,
				]
			: []),
	];
	return `${lines.join('\n')}\n`;
}
