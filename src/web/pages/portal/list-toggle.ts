/**
 * 项目符号 / 编号列表 for the body editor, done on the DOM: Chromium's own list command nests the list in the
 * paragraph (<p><ul>…</ul></p>), leaves bare text when a list is undone, and loses the caret. Paragraphs and
 * headings in the selection become items of one list; items of a list of the same kind become paragraphs
 * again; items of the other kind change kind. Text nodes are moved, never copied, so the caret stays put.
 */
export function toggleList(root: HTMLElement, tag: 'ul' | 'ol'): void {
  const selection = window.getSelection();
  if (!selection?.rangeCount) return;
  const range = selection.getRangeAt(0);
  const first = topBlock(root, range.startContainer, range.startOffset);
  const last = topBlock(root, range.endContainer, range.endOffset);
  if (!first || !last) return;
  const blocks: Element[] = [];
  for (let block: Element | null = first; block; block = block.nextElementSibling) {
    blocks.push(block);
    if (block === last) break;
  }
  const caret = { anchor: selection.anchorNode, anchorOffset: selection.anchorOffset, focus: selection.focusNode, focusOffset: selection.focusOffset };
  // Blocks replaced by new elements whose children they were: the caret may sit on the old element.
  const replaced = new Map<Node, Node>();
  const wanted = tag.toUpperCase();

  if (blocks.every((b) => b.tagName === wanted)) {
    for (const list of blocks) unlist(list, range, replaced);
  } else {
    let list: HTMLElement | undefined;
    const made: HTMLElement[] = [];
    const start = (block: Element) => {
      const fresh = document.createElement(tag);
      block.before(fresh);
      made.push(fresh);
      return fresh;
    };
    for (const block of blocks) {
      if (block.tagName === 'UL' || block.tagName === 'OL') {
        list ??= start(block);
        for (const item of [...block.children]) list.append(item);
        block.remove();
      } else if (/^(P|H2|H3|H4|BLOCKQUOTE)$/.test(block.tagName)) {
        list ??= start(block);
        const item = document.createElement('li');
        item.append(...block.childNodes);
        list.append(item);
        replaced.set(block, item);
        block.remove();
      } else list = undefined;
    }
    // A list written next to one of its kind continues it.
    for (const fresh of made) {
      const before = fresh.previousElementSibling;
      if (before?.tagName === wanted) {
        before.append(...fresh.children);
        fresh.remove();
      }
      const target = fresh.isConnected ? fresh : before!;
      const after = target.nextElementSibling;
      if (after?.tagName === wanted) {
        target.append(...after.children);
        after.remove();
      }
    }
  }

  const node = (n: Node | null) => (n && !n.isConnected ? (replaced.get(n) ?? null) : n);
  const anchor = node(caret.anchor);
  const focus = node(caret.focus);
  if (anchor && focus) selection.setBaseAndExtent(anchor, caret.anchorOffset, focus, caret.focusOffset);
}

/** The child of the editor a node sits in. */
function topBlock(root: HTMLElement, node: Node, offset: number): Element | undefined {
  let at: Node | null = node === root ? (root.childNodes[Math.min(offset, root.childNodes.length - 1)] ?? null) : node;
  while (at && at.parentNode !== root) at = at.parentNode;
  if (at instanceof Text) {
    // Bare text at the top level: give it a paragraph first.
    const paragraph = document.createElement('p');
    at.before(paragraph);
    paragraph.append(at);
    return paragraph;
  }
  return at instanceof Element ? at : undefined;
}

/** Items the selection touches become paragraphs; items before and after stay lists around them. */
function unlist(list: Element, range: Range, replaced: Map<Node, Node>): void {
  const items = [...list.children];
  const chosen = items.filter((item) => range.intersectsNode(item));
  if (!chosen.length) return;
  const tail = list.cloneNode(false) as Element;
  for (const item of items.slice(items.indexOf(chosen[chosen.length - 1]!) + 1)) tail.append(item);
  let at: Element = list;
  for (const item of chosen) {
    const paragraph = document.createElement('p');
    paragraph.append(...item.childNodes);
    if (!paragraph.childNodes.length) paragraph.append(document.createElement('br'));
    at.after(paragraph);
    at = paragraph;
    replaced.set(item, paragraph);
    item.remove();
  }
  if (tail.children.length) at.after(tail);
  if (!list.children.length) list.remove();
}
