import { isoDate, utcDate } from '../../lib/time/dates';
import type { ChartHost } from './chart-host';

/** Turn a horizontal position on the time chart into a date, from the axis the chart itself records. */
function dateAt(svg: SVGSVGElement, clientX: number): string | undefined {
	const [start, end] = (svg.dataset['domain'] ?? '').split(',');
	const left = Number(svg.dataset['left']);
	const right = Number(svg.dataset['right']);
	if (!start || !end || !(right > left)) return undefined;
	const box = svg.getBoundingClientRect();
	const pct = Math.min(right, Math.max(left, ((clientX - box.left) / box.width) * 100));
	const t0 = utcDate(start).getTime();
	return isoDate(new Date(t0 + ((pct - left) / (right - left)) * (utcDate(end).getTime() - t0)));
}

/**
 * Drag across the time chart with a mouse to zoom to the waves in that period. Touch and pen
 * drags are left to the page, so the chart never traps scrolling.
 */
export function bindZoom(host: ChartHost): void {
	const brush = host.root.querySelector<HTMLElement>('.timeline-brush');
	if (!brush) return;
	let start: { x: number; svg: SVGSVGElement } | undefined;
	const stop = () => {
		start = undefined;
		brush.hidden = true;
	};
	host.root.addEventListener('pointerdown', (event) => {
		const target = event.target;
		if (!(target instanceof Element)) return;
		const svg = target.closest('.timeline-view-wide')?.querySelector<SVGSVGElement>('svg.timeline-svg');
		if (!svg || event.pointerType !== 'mouse' || event.button !== 0 || target.closest('.mark')) return;
		start = { x: event.clientX, svg };
	});
	host.root.addEventListener('pointermove', (event) => {
		if (!start) return;
		const frame = brush.parentElement?.getBoundingClientRect();
		if (!frame) return;
		brush.hidden = false;
		brush.style.left = `${Math.min(start.x, event.clientX) - frame.left}px`;
		brush.style.width = `${Math.abs(event.clientX - start.x)}px`;
	});
	host.root.addEventListener('pointercancel', stop);
	host.root.addEventListener('pointerup', (event) => {
		if (!start) return;
		const { x, svg } = start;
		stop();
		if (Math.abs(event.clientX - x) < 8) return;
		const from = dateAt(svg, Math.min(x, event.clientX));
		const to = dateAt(svg, Math.max(x, event.clientX));
		if (!from || !to) return;
		// Zoom to the waves inside the dragged period, so the axis spans waves rather than pixels.
		void host.data().then((loaded) => {
			const inside =
				loaded?.data
					.filter((d) => d.date >= from && d.date <= to)
					.map((d) => d.date)
					.sort() ?? [];
			const range = inside.length ? { from: inside[0], to: inside.at(-1) } : { from, to };
			host.apply({ ...host.filter(), ...range });
		});
	});
}
