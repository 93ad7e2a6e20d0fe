// A build has a handful of backdrops per language (the room the words leave the chart varies); a long dev
// session keeps only the latest, as each content change lays the chart out anew.
const BACKDROPS_KEPT = 32;

/** Compute a value once per backdrop SVG, keeping those of the latest backdrops only. */
export function perBackdrop<V>(make: (svg: string) => V): (svg: string) => V {
	const values = new Map<string, V>();
	return (svg) => {
		if (values.has(svg)) return values.get(svg)!;
		const value = make(svg);
		values.set(svg, value);
		if (values.size > BACKDROPS_KEPT) values.delete(values.keys().next().value!);
		return value;
	};
}
