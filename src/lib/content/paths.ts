/**
 * Where the editors' files live, repository-relative. Pages, exports, the validator and the tools all name the
 * folders from here, so pages never import the validator just to find a file.
 */
export const EVENTS_DIR = 'content/events/';
export const PEOPLE_DIR = 'content/people/';
export const PRISONER_COUNTS_FILE = 'content/prisoner-counts.yaml';
export const TALLIES_FILE = 'content/tallies.yaml';
export const SITE_CORRECTIONS_FILE = 'content/site-corrections.yaml';
/** Translations: `content/translations/<lang>/events/<id>.mdx` and `…/people/<id>.yaml`. */
export const TRANSLATIONS_DIR = 'content/translations/';
