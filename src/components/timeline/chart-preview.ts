import { nearestPoint } from '../../lib/timeline/hit';

/** How far from a wave a pointer may be and still pick it, in CSS pixels. */
const REACH = { mouse: 28, touch: 44 };

const markOf = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<HTMLElement | SVGElement>('.mark') : null;

/** The marks of the time chart near a pointer, nearest first: positions come from the marks' own data. */
export function markNear(root: HTMLElement, clientX: number, clientY: number, reach: number): Element | undefined {
	const svg = root.querySelector<SVGSVGElement>('.timeline-view-wide svg.timeline-svg');
	if (!svg || svg.getClientRects().length === 0) return undefined;
	const box = svg.getBoundingClientRect();
	const points = [...svg.querySelectorAll<SVGElement>('.mark')].map((el) => ({
		id: el.dataset['id'] ?? '',
		el,
		x: box.left + (Number(el.dataset['x']) / 100) * box.width,
		y: box.top + Number(el.dataset['y']),
	}));
	return nearestPoint(points, clientX, clientY, reach)?.el;
}

/**
 * Previews: hover, focus or a first tap shows a wave's preview beside it, never over it; a second
 * tap, Enter or the preview's link opens the wave. On the time chart a tap anywhere near a wave
 * picks the nearest one.
 */
export function bindPreview(root: HTMLElement, openText: string): void {
	const panel = root.querySelector<HTMLElement>('.timeline-preview');
	if (!panel) return;
	let current: Element | undefined;
	let pointer = 'mouse';
	// What was previewed when the pointer went down: focusing a tapped link previews it before the click.
	let before: Element | undefined;

	const hide = () => {
		panel.hidden = true;
		current?.classList.remove('previewed');
		current?.removeAttribute('aria-describedby');
		current = undefined;
	};

	const show = (mark: Element) => {
		if (current === mark) return;
		hide();
		current = mark;
		mark.classList.add('previewed');
		mark.setAttribute('aria-describedby', panel.id);
		const link = mark.closest('a') ?? mark;
		const heading = document.createElement('strong');
		heading.textContent = mark.getAttribute('aria-label') ?? mark.getAttribute('data-label');
		const parts: Node[] = [heading];
		// A row carries no preview text of its own: the time chart's mark of the same wave holds it, once per page.
		const id = mark.getAttribute('data-id');
		const source = mark.hasAttribute('data-summary')
			? mark
			: (root.querySelector(`.timeline-view-wide [data-id="${CSS.escape(id ?? '')}"]`) ?? mark);
		for (const key of ['summary', 'held'] as const) {
			const text = source.getAttribute(`data-${key}`);
			if (!text) continue;
			const p = document.createElement('p');
			p.textContent = text;
			parts.push(p);
		}
		const open = document.createElement('a');
		open.className = 'open';
		open.href = link.getAttribute('href') ?? '#';
		const target = link.getAttribute('target');
		if (target) {
			open.target = target;
			open.rel = 'noopener';
		}
		open.textContent = openText;
		parts.push(open);
		panel.replaceChildren(...parts);
		panel.hidden = false;
		place(mark);
	};

	// Above the mark when there is room, else below it; never over it.
	const place = (mark: Element) => {
		const frame = panel.parentElement?.getBoundingClientRect();
		if (!frame) return;
		const row = mark.classList.contains('row');
		// Below the whole row on phones; beside the drawn shape on the time chart.
		const box = (row ? mark : (mark.querySelector('.glyph') ?? mark)).getBoundingClientRect();
		const above = box.top - frame.top - panel.offsetHeight - 8;
		const top = !row && above >= 0 ? above : box.bottom - frame.top + 8;
		const left = Math.min(
			Math.max(0, box.left - frame.left + box.width / 2 - panel.offsetWidth / 2),
			frame.width - panel.offsetWidth
		);
		panel.style.top = `${Math.round(top)}px`;
		panel.style.left = `${Math.round(Math.max(0, left))}px`;
	};

	root.addEventListener(
		'pointerdown',
		(event) => {
			pointer = event.pointerType;
			before = current;
		},
		{ capture: true }
	);
	root.addEventListener('keydown', (event) => {
		pointer = 'keyboard';
		if (event.key === 'Escape') hide();
	});
	root.addEventListener('pointermove', (event) => {
		if (event.pointerType !== 'mouse' || (event.target instanceof Node && panel.contains(event.target))) return;
		const mark = markOf(event.target) ?? markNear(root, event.clientX, event.clientY, REACH.mouse);
		if (mark) show(mark);
		else if (!root.contains(document.activeElement)) hide();
	});
	root.addEventListener('pointerleave', () => {
		if (pointer === 'mouse' && !root.contains(document.activeElement)) hide();
	});
	root.addEventListener('focusin', (event) => {
		const mark = markOf(event.target);
		if (mark) show(mark);
	});
	root.addEventListener('focusout', (event) => {
		if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) hide();
	});
	root.addEventListener('click', (event) => {
		if (!(event.target instanceof Element) || panel.contains(event.target)) return;
		const direct = markOf(event.target);
		const inChart = event.target.closest('.timeline-view-wide');
		const reach = pointer === 'mouse' ? REACH.mouse : REACH.touch;
		const mark = direct ?? (inChart ? markNear(root, event.clientX, event.clientY, reach) : undefined);
		if (!mark) return;
		// A first tap previews; the second tap on the same wave follows its link.
		if (pointer !== 'mouse' && pointer !== 'keyboard' && before !== mark) {
			before = mark;
			event.preventDefault();
			show(mark);
			return;
		}
		// A tap or click near a wave, not on it, opens the nearest wave as its link would.
		if (!direct) {
			event.preventDefault();
			const href = mark.getAttribute('href');
			if (!href) return;
			if (mark.getAttribute('target') === '_blank') window.open(href, '_blank', 'noopener');
			else location.assign(href);
		}
	});
}
