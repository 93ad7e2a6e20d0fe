import type { CorrectionData } from './schema';

/** A correction with the page it was made to. */
export interface ListedCorrection extends CorrectionData {
	/** The page's title, and where on this site the correction is shown. */
	title: string;
	path: string;
}

interface Corrected {
	title: string;
	path: string;
	corrections: readonly CorrectionData[];
}

/** Every correction on every page, newest first; same-day corrections by page title, so the list is stable. */
export function listCorrections(pages: readonly Corrected[]): ListedCorrection[] {
	return pages
		.flatMap(({ title, path, corrections }) => corrections.map((c) => ({ ...c, title, path })))
		.toSorted(
			(a, b) =>
				b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en') || a.text.localeCompare(b.text, 'en')
		);
}
