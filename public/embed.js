/*
 * Release Waves embed loader: sizes every frame of ours on the page to the height its content reports. An
 * embed fills the height its snippet gives, so this only grows a frame whose content needs more room
 * (an older snippet, a height typed in by hand). No dependencies, ES5.
 */
(function () {
	var script = document.currentScript;
	if (!script) return;
	// The site's address, with the folder it is served from: this script's own address without its name.
	var root = script.src.replace(/embed\.js(?:[?#].*)?$/, '');
	var origin = new URL(root).origin;
	function frames() {
		return [].filter.call(document.getElementsByTagName('iframe'), function (f) {
			// The timeline or a wave's card, in any language: /embed/, /be/embed/, /ru/embed/wave/<id>/.
			return f.src.indexOf(root) === 0 && /^(?:[a-z]{2}\/)?embed\//.test(f.src.slice(root.length));
		});
	}
	window.addEventListener('message', function (e) {
		var d = e.data;
		if (
			e.origin !== origin ||
			!d ||
			d.type !== 'release-waves:height' ||
			typeof d.height !== 'number' ||
			!isFinite(d.height)
		)
			return;
		frames().forEach(function (f) {
			if (f.contentWindow === e.source) f.style.height = Math.min(5000, Math.max(50, Math.ceil(d.height))) + 'px';
		});
	});
	// Frames that loaded before this script already reported; ask them again.
	frames().forEach(function (f) {
		// The frame may still be blank (another origin), so no target origin: the request carries nothing.
		if (f.contentWindow) f.contentWindow.postMessage({ type: 'release-waves:measure' }, '*');
	});
})();
