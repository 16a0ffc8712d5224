/**
 * What Word and WPS put on the clipboard, made into plain HTML the editor's schema reads: their lists are
 * paragraphs with an `mso-list` style and a typed-in marker ("1." or "·"), which become real <ol>/<ul> with
 * their nesting; the marker, conditional comments, Office namespaces (<o:p>) and every style are dropped.
 * Tables, headings, bold and italic pass through as they are; the editor keeps only what its schema knows.
 */
const ordered =
  /^\s*(\(?\d+[.)、．]|\(?[a-zA-Z][.)]|\(?[ivxlcdm]+[.)]|[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十]+\))/i;

export function isOfficeHtml(html: string): boolean {
  return /urn:schemas-microsoft-com:office|class="?Mso|mso-list|<o:p>|content="?Word\.Document|wps|kingsoft/i.test(
    html,
  );
}

export function cleanOfficeHtml(html: string): string {
  const markers: string[] = [];
  // Conditional comments wrap the typed-in list marker ("1." or a Symbol-font bullet): keep its text to tell
  // numbered from bulleted, then drop it.
  const unwrapped = html
    .replace(
      /<!--\[if !supportLists\]-->([\s\S]*?)<!--\[endif\]-->/gi,
      (_, marker: string) => `<kg-marker data-i="${markers.push(marker) - 1}"></kg-marker>`,
    )
    .replace(
      /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/gi,
      (_, marker: string) => `<kg-marker data-i="${markers.push(marker) - 1}"></kg-marker>`,
    )
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?o:p>/gi, '');
  const doc = new DOMParser().parseFromString(unwrapped, 'text/html');
  const textOf = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').body.textContent ?? '';

  // A marker written as a span styled mso-list:Ignore (newer Word) instead of a conditional comment.
  for (const span of Array.from(
    doc.querySelectorAll('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]'),
  )) {
    const marker = doc.createElement('kg-marker');
    marker.setAttribute('data-i', String(markers.push(span.outerHTML) - 1));
    span.replaceWith(marker);
  }

  const listParagraphs = Array.from(doc.body.querySelectorAll('p')).filter(
    (p) => /mso-list\s*:\s*l\d+/i.test(p.getAttribute('style') ?? '') || /MsoListParagraph/i.test(p.className),
  );
  // Consecutive list paragraphs form one list (`root`), nested by their level.
  let stack: { level: number; list: HTMLElement }[] = [];
  let root: HTMLElement | null = null;
  let rootId: string | undefined;
  for (const p of listParagraphs) {
    const style = p.getAttribute('style') ?? '';
    // Word numbers each list (l0, l1 …): another number is another list, even right below.
    const listId = /mso-list\s*:\s*(l\d+)/i.exec(style)?.[1];
    if (!root || elementBefore(p) !== root || listId !== rootId) {
      stack = [];
      root = null;
      rootId = listId;
    }
    const level = Number(/level(\d+)/i.exec(style)?.[1] ?? '1');
    const marker = p.querySelector('kg-marker');
    const markerText = marker ? textOf(markers[Number(marker.getAttribute('data-i'))] ?? '') : '';
    marker?.remove();
    const tag = ordered.test(markerText) ? 'ol' : 'ul';
    while (stack.length > 1 && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      // A new list: the first of the run, or one level deeper inside the last item.
      const list = doc.createElement(tag);
      if (top?.list.lastElementChild) top.list.lastElementChild.append(list);
      else p.before(list);
      top = { level, list };
      stack.push(top);
      root ??= list;
    }
    const item = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...Array.from(p.childNodes));
    item.append(paragraph);
    top.list.append(item);
    p.remove();
  }
  for (const marker of Array.from(doc.querySelectorAll('kg-marker'))) marker.remove();
  // Word's styling, classes and language tags mean nothing here.
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    for (const name of [
      'style',
      'class',
      'lang',
      'width',
      'height',
      'valign',
      'align',
      'border',
      'cellspacing',
      'cellpadding',
    ])
      if (el.tagName !== 'IMG' || name !== 'width') el.removeAttribute(name);
  }
  return doc.body.innerHTML;
}

/** The element before `el`, past whitespace. */
function elementBefore(el: Element): Element | null {
  let node = el.previousSibling;
  while (node && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() === '')
    node = node.previousSibling;
  return node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
}
