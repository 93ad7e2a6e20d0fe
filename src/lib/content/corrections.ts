import type { CorrectionData } from './schema';
import type { TextState } from './localize';

/** A correction with the page it was made to. */
export interface ListedCorrection extends CorrectionData {
	/** The page's title, and where on this site the correction is shown. */
	title: string;
	path: string;
	/** Whether the correction's text is translated or shown in English. */
	textState: TextState;
}

interface Corrected {
	title: string;
	path: string;
	textState: TextState;
	corrections: readonly CorrectionData[];
}

/** Every correction on every page, newest first; same-day corrections by page title, so the list is stable. */
export function listCorrections(pages: readonly Corrected[]): ListedCorrection[] {
	return pages
		.flatMap(({ title, path, textState, corrections }) => corrections.map((c) => ({ ...c, title, path, textState })))
		.toSorted(
			(a, b) =>
				b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en') || a.text.localeCompare(b.text, 'en')
		);
}
