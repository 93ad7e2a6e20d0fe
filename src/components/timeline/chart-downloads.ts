import type { ChartHost } from './chart-host';

function save(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Draw an SVG into a canvas at twice its size, in the browser: no service elsewhere sees the chart. */
function toPng(svg: string): Promise<Blob> {
	return new Promise((resolve, reject) => {
		const image = new Image();
		const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
		image.onload = () => {
			const canvas = document.createElement('canvas');
			canvas.width = image.naturalWidth * 2;
			canvas.height = image.naturalHeight * 2;
			const context = canvas.getContext('2d');
			URL.revokeObjectURL(url);
			if (!context) return reject(new Error('no canvas'));
			context.scale(2, 2);
			context.drawImage(image, 0, 0);
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png');
		};
		image.onerror = () => reject(new Error('the SVG could not be drawn'));
		image.src = url;
	});
}

/** Download exactly the view on screen, after filters and zoom, as a framed SVG, a PNG or CSV. */
export function bindDownloads(host: ChartHost): void {
	for (const link of host.root.querySelectorAll<HTMLAnchorElement>('[data-download]')) {
		link.addEventListener('click', (event) => {
			event.preventDefault();
			void host.view().then(async (view) => {
				// Without the data the files on the server, which hold the whole record, are the fallback.
				if (!view) return void location.assign(link.href);
				const kind = link.dataset['download'];
				const name = link.getAttribute('download') ?? 'release-waves';
				// Loaded on the first download, not with the page: most readers never download.
				const [{ framedChartSvg }, { viewCsv }] = await Promise.all([
					import('../../lib/timeline/frame'),
					import('../../lib/timeline/view-csv'),
				]);
				if (kind === 'csv')
					return save(
						new Blob([viewCsv(view.shown, new URL(host.root.dataset['baseHref'] ?? '/', location.href).href)], {
							type: 'text/csv',
						}),
						name
					);
				const svg = framedChartSvg(view.swarm.layout, {
					title: view.title,
					dataAsOf: host.root.dataset['asOf'],
					loc: host.loc,
				});
				if (kind === 'svg') return save(new Blob([svg], { type: 'image/svg+xml' }), name);
				save(await toPng(svg), name);
			});
		});
	}
}
