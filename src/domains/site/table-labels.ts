import render from 'dom-serializer';
import { DomUtils, parseDocument } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const span = (cell: Element) => Math.max(1, Math.min(50, Number(cell.attribs.colspan) || 1));
const cellsOf = (row: Element) =>
  row.children.filter((c): c is Element => DomUtils.isTag(c) && (c.name === 'td' || c.name === 'th'));

/**
 * Gives every data cell of a table with a header row the header's words (`data-label`) and the table
 * explicit roles, so that on a phone the stylesheet can show each row as a card of "header: value" lines
 * and a screen reader still reads a table. Tables without a header row are left to scroll in their box.
 * Runs on sanitised HTML; the serialiser escapes what it writes.
 */
export function labelTableCells(html: string): string {
  if (!html.includes('<table')) return html;
  const document = parseDocument(html);
  for (const table of DomUtils.getElementsByTagName('table', document)) {
    const rows = DomUtils.getElementsByTagName('tr', table);
    const headerRow =
      rows.find((row) => row.parent && DomUtils.isTag(row.parent) && row.parent.name === 'thead') ??
      rows.find((row) => cellsOf(row).every((c) => c.name === 'th'));
    if (!headerRow) continue;
    const labels = cellsOf(headerRow).flatMap((th) =>
      Array<string>(span(th)).fill(DomUtils.textContent(th).replace(/\s+/g, ' ').trim()),
    );
    table.attribs.class = [table.attribs.class, 'labelled'].filter(Boolean).join(' ');
    table.attribs.role = 'table';
    for (const group of DomUtils.getElementsByTagName((name) => name === 'thead' || name === 'tbody', table))
      group.attribs.role = 'rowgroup';
    for (const row of rows) {
      row.attribs.role = 'row';
      let column = 0;
      for (const cell of cellsOf(row)) {
        if (row === headerRow) cell.attribs.role = 'columnheader';
        else {
          cell.attribs.role = cell.name === 'th' ? 'rowheader' : 'cell';
          if (labels[column]) cell.attribs['data-label'] = labels[column]!;
        }
        column += span(cell);
      }
    }
  }
  return render(document, { encodeEntities: 'utf8' });
}
