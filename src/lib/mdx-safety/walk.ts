import type { MdastNode } from 'satteri';

/** Call `visit` on `node` and every node below it, in document order. */
export function eachNode(node: MdastNode, visit: (node: MdastNode) => void): void {
	visit(node);
	if ('children' in node) for (const child of node.children) eachNode(child, visit);
}
