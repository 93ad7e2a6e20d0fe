/** Web addresses in content: which may be linked, which may be shown as images, which are external. */

// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:"), so must we.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const IMAGE_FILE = /^[^?#:]+\.(?:avif|gif|jpe?g|png|webp)$/i;

function schemeOf(url: string): string | undefined {
	return SCHEME.exec(url.replace(IGNORED_IN_SCHEME, ''))?.[1]?.toLowerCase();
}

/** Explain why a link target is not allowed, or return undefined when it is. */
export function linkProblem(url: string): string | undefined {
	const scheme = schemeOf(url);
	if (scheme === undefined) return undefined;
	if (SCRIPT_SCHEMES.has(scheme)) return `a "${scheme}:" address can run code or hide content and is never allowed`;
	if (!LINK_SCHEMES.has(scheme)) return `"${scheme}:" addresses are not allowed`;
	return undefined;
}

/**
 * Explain why an image source is not allowed, or return undefined when it is. Images must be files
 * in the repository: a remote image would make every reader's browser contact another host.
 */
export function imageProblem(url: string): string | undefined {
	const problem = linkProblem(url);
	if (problem) return problem;
	if (schemeOf(url) !== undefined || url.startsWith('//'))
		return 'images from other sites are not allowed: they would tell that site who reads this page';
	if (!IMAGE_FILE.test(url))
		return 'an image must be a .jpg, .png, .webp, .avif or .gif file in the repository, without ? or #';
	return undefined;
}

/** Tell whether a link leads to another site, e.g. `https://spring96.org/…` or `//example.org`. */
export function isExternalUrl(url: string): boolean {
	return /^(?:https?:)?\/\//i.test(url.trim());
}
