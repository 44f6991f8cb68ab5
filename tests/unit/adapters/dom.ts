// A small DOM for adapter tests: linkedom (a dependency of wxt) parses HTML fast and supports matches(),
// compareDocumentPosition() and text nodes — all the text map needs. It has no Range, so edits are made
// on text nodes directly.
import { parseHTML } from 'linkedom';
import type { DomPoint } from '../../../src/adapters/text-map';

export function htmlDocument(bodyHtml: string): Document {
  return parseHTML(`<!doctype html><html><head></head><body>${bodyHtml}</body></html>`).document as unknown as Document;
}

/** A detached editable holding `html`, like a compose body. */
export function editable(html: string): HTMLElement {
  const doc = htmlDocument(`<div id="editable" contenteditable="true">${html}</div>`);
  return doc.getElementById('editable')!;
}

/** Text nodes under `root` in document order. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}

/**
 * Replaces the content between two text points with `text`, the way an editor's insertText does inside one
 * line: the start node keeps its head plus the new text, text nodes in between are emptied, the end node
 * keeps its tail.
 */
export function replaceBetween(root: Node, from: DomPoint, to: DomPoint, text: string): void {
  if (from.node.nodeType !== 3 || to.node.nodeType !== 3) throw new Error('text points expected');
  const a = from.node as Text;
  const b = to.node as Text;
  if (a === b) {
    a.data = a.data.slice(0, from.offset) + text + a.data.slice(to.offset);
    return;
  }
  const nodes = textNodes(root);
  const ia = nodes.indexOf(a);
  const ib = nodes.indexOf(b);
  if (ia < 0 || ib < ia) throw new Error('points out of order');
  a.data = a.data.slice(0, from.offset) + text;
  for (let i = ia + 1; i < ib; i++) nodes[i]!.data = '';
  b.data = b.data.slice(to.offset);
}
