/** A link in a built page that leads nowhere, or an external address that is not a proper http(s) URL. */
export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

/** Every `href`/`src` in a page, with HTML entities in attribute values decoded. */
export function linksIn(html: string): string[] {
	const withoutData = html.replace(/<script[^>]*type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');
	return [...withoutData.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/** Every `id` in a page, for `#fragment` checks. */
export function idsIn(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * Check a built site without the network: internal links must name a built page or file, fragments
 * an element on the target page, and external links must be well-formed http(s) URLs.
 * @param pages site path (e.g. `/about/`) → HTML
 * @param exists whether a site path names a built file (for non-HTML targets such as `/data/events.csv`)
 * @param siteOrigin the deployed origin; absolute links to it count as internal
 */
export function findBrokenLinks(
	pages: ReadonlyMap<string, string>,
	exists: (path: string) => boolean,
	siteOrigin: string
): BrokenLink[] {
	const ids = new Map([...pages].map(([path, html]) => [path, idsIn(html)]));
	const broken: BrokenLink[] = [];
	for (const [page, html] of pages) {
		for (const href of linksIn(html)) {
			if (/^(?:mailto|tel|data):/.test(href)) continue;
			let url: URL;
			try {
				url = new URL(href, `${siteOrigin}${page}`);
			} catch {
				broken.push({ page, href, reason: 'not a valid address' });
				continue;
			}
			if (url.origin !== siteOrigin) {
				if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.'))
					broken.push({ page, href, reason: 'external link is not a well-formed http(s) URL' });
				continue;
			}
			const path = decodeURIComponent(url.pathname);
			const target = pages.has(path) ? path : pages.has(`${path}/`) ? `${path}/` : undefined;
			if (!target && !exists(path)) {
				broken.push({ page, href, reason: 'no such page or file' });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target && !ids.get(target)?.has(fragment))
				broken.push({ page, href, reason: `no element with id "${fragment}" on ${target}` });
		}
	}
	return broken;
}
