declare namespace App {
	interface Locals {
		/** The sources of the event page being rendered, so `<Cite>` in its text can number its marks. */
		citationTargets?: ReadonlyMap<string, import('./lib/validate/citations').CitationTarget>;
	}
}
