/** Markdown as a GFM parser (remark-gfm) reads it: to test that escaped text stays text. */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

interface Node {
  readonly type: string;
  readonly children?: readonly Node[];
}

/** Every node of `markdown`'s tree, depth first. */
export function markdownNodes(markdown: string): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node): void => {
    nodes.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown) as Node);
  return nodes;
}
