/** Rewriting an mdast tree in place, child by child (the remark plugins' one traversal). */
import type { Nodes, Parents } from 'mdast';

/**
 * Each node below `parent`, depth first, is offered to `replace`: it returns
 * the nodes to put in its place (visited no further), or undefined to keep it
 * and go on into its children.
 */
export function mapTree(parent: Parents, replace: (node: Nodes, parent: Parents) => Nodes[] | undefined): void {
  const out: Nodes[] = [];
  let changed = false;
  for (const child of parent.children as Nodes[]) {
    const replacement = replace(child, parent);
    if (replacement === undefined) {
      if ('children' in child) mapTree(child, replace);
      out.push(child);
    } else {
      changed = true;
      // One by one: a replacement can be tens of thousands of nodes (a spread would overflow the stack).
      for (const node of replacement) out.push(node);
    }
  }
  if (changed) (parent as { children: Nodes[] }).children = out;
}
