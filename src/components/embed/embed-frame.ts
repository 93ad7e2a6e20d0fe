/** Inside an embed: apply the host's theme choice and report the page height to the host for resizing. */
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;

if (window.parent !== window) {
	let last = 0;
	const post = (force = false) => {
		const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
		if (height === last && !force) return;
		last = height;
		// The height is not secret, and the host's origin is unknown here: the loader checks origins instead.
		window.parent.postMessage({ type: 'release-waves:height', height }, '*');
	};
	new ResizeObserver(() => post()).observe(document.documentElement);
	document.addEventListener('timeline-change', () => post());
	// Browsers pause rendering, and so ResizeObserver, in cross-origin frames scrolled out of view;
	// a slow check still tells the host about a change there (it posts nothing while the height holds).
	setInterval(post, 1000);
	window.addEventListener('message', (event) => {
		if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === 'release-waves:measure')
			post(true);
	});
}
