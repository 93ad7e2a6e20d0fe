/**
 * The schema.org `Dataset` description of the data, as JSON-LD, which dataset search engines read
 * (Google Dataset Search asks for name, description, licence, creator, distribution and dates).
 */

/** What the description says about the data and where its files are. */
export interface DatasetFacts {
	name: string;
	description: string;
	/** The page that describes the data (/data/ or a release's page). */
	url: string;
	licence: string;
	creator: { name: string; url: string };
	/** The day the data last changed, YYYY-MM-DD. */
	dateModified?: string | undefined;
	/** The day of the first release, YYYY-MM-DD, when one exists. */
	datePublished?: string | undefined;
	/** The release's date, for a dated release. */
	version?: string | undefined;
	/** The page's language, a BCP 47 tag; the files themselves are in English. */
	inLanguage: string;
	keywords: readonly string[];
	/** The period the data covers: an ISO 8601 interval, open-ended while it grows, e.g. `2020-08-15/..`. */
	temporalCoverage: string;
	/** Every file, by its full address and media type. */
	files: readonly { url: string; encodingFormat: string }[];
}

/** Build the JSON-LD object. */
export function datasetJsonLd(facts: DatasetFacts): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Dataset',
		name: facts.name,
		description: facts.description,
		url: facts.url,
		license: facts.licence,
		isAccessibleForFree: true,
		creator: { '@type': 'Organization', name: facts.creator.name, url: facts.creator.url },
		...(facts.dateModified && { dateModified: facts.dateModified }),
		...(facts.datePublished && { datePublished: facts.datePublished }),
		...(facts.version && { version: facts.version }),
		inLanguage: facts.inLanguage,
		keywords: [...facts.keywords],
		temporalCoverage: facts.temporalCoverage,
		spatialCoverage: { '@type': 'Place', name: 'Belarus' },
		distribution: facts.files.map((file) => ({
			'@type': 'DataDownload',
			contentUrl: file.url,
			encodingFormat: file.encodingFormat,
		})),
	};
}

/** Write JSON-LD for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdText(value: unknown): string {
	return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/** The media type of a data file, by its format. */
export function mediaType(format: 'JSON' | 'CSV' | 'JSON Schema'): string {
	return { JSON: 'application/json', CSV: 'text/csv', 'JSON Schema': 'application/schema+json' }[format];
}
