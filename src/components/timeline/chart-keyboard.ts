const KEYS: Record<string, (i: number, last: number) => number> = {
	ArrowRight: (i) => i + 1,
	ArrowDown: (i) => i + 1,
	ArrowLeft: (i) => i - 1,
	ArrowUp: (i) => i - 1,
	Home: () => 0,
	End: (_, last) => last,
};

/** Make each view one tab stop: the first mark, or the one last moved to. */
export function resetFocusOrder(root: HTMLElement): void {
	for (const view of root.querySelectorAll('.timeline-view')) {
		view.querySelectorAll('.mark').forEach((mark, i) => mark.setAttribute('tabindex', i === 0 ? '0' : '-1'));
	}
}

/** Arrow keys, Home and End move between the marks of a view; Enter opens, as a link does. */
export function bindKeyboard(root: HTMLElement): void {
	root.addEventListener('keydown', (event) => {
		const move = KEYS[event.key];
		const mark = event.target instanceof Element ? event.target.closest('.mark') : null;
		const view = mark?.closest('.timeline-view');
		if (!move || !mark || !view) return;
		const marks = [...view.querySelectorAll('.mark')];
		const next = marks[Math.max(0, Math.min(marks.length - 1, move(marks.indexOf(mark), marks.length - 1)))];
		if (!(next instanceof HTMLElement || next instanceof SVGElement)) return;
		event.preventDefault();
		mark.setAttribute('tabindex', '-1');
		next.setAttribute('tabindex', '0');
		next.focus();
	});
}
