import { describe, expect, it } from 'vitest';
import { labelTableCells } from './table-labels.js';

describe('table cells labelled for phones', () => {
  it("gives each data cell its column's header, spans counted, and the table explicit roles", () => {
    const html =
      '<p>名单如下：</p><table><caption>名单</caption><thead><tr><th scope="col">序号</th><th colspan="2">专利</th><th>金额（元）</th></tr></thead><tbody><tr><td>1</td><td>202410012835.2</td><td>一种食品包装方法</td><td>3000</td></tr></tbody></table>';
    const out = labelTableCells(html);
    expect(out).toContain('<table class="labelled" role="table">');
    expect(out).toContain('<td role="cell" data-label="序号">1</td>');
    expect(out).toContain('<td role="cell" data-label="专利">一种食品包装方法</td>');
    expect(out).toContain('<td role="cell" data-label="金额（元）">3000</td>');
    expect(out).toContain('<th scope="col" role="columnheader">序号</th>');
    expect(out.startsWith('<p>名单如下：</p>')).toBe(true);
  });

  it('escapes header words it copies, and leaves tables without a header row and text without tables alone', () => {
    const tricky = labelTableCells('<table><tr><th>a"&lt;b</th></tr><tr><td>x</td></tr></table>');
    // Inside a quoted attribute only the quote (and &) must be escaped: the value cannot end early.
    expect(tricky).toContain('data-label="a&quot;<b">x</td>');
    const headless = '<table><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
    expect(labelTableCells(headless)).not.toContain('data-label');
    expect(labelTableCells('<p>没有表格</p>')).toBe('<p>没有表格</p>');
  });
});
