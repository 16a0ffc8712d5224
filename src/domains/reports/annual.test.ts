import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../testing/harness.js';
import { seedDemo } from '../demo/seed.js';
import { annualSummary, paragraphText } from './annual.js';
import { officialDocx } from './official-docx.js';
import { changeText, moneyText, rangeText } from './wording.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await seedDemo(t.db, { password: 'Demo-Passw0rd!', storage: t.storage });
});
afterAll(() => t.close());

describe('the annual summary', () => {
  it('writes figures as officials do', () => {
    expect([moneyText(1_260_000), moneyText(30_000), moneyText(350_000_000), moneyText(10_000_000), moneyText(1_030_000.5), moneyText(800)]).toEqual(['126万元', '3万元', '3.5亿元', '1000万元', '103万元', '800元']);
    expect(rangeText(2, 4, '家')).toBe('2—4家');
    expect([changeText(120, 100), changeText(90, 120), changeText(5, 5), changeText(5, 0)]).toEqual(['，比上年增长20%', '，比上年下降25%', '，与上年持平', '']);
  });

  it("reproduces the seed's figures for the seed's year, from the data", async () => {
    const report = await annualSummary(t.db, 2008);
    const text = report.sections.map((s) => `${s.heading}\n${s.paragraphs.map(paragraphText).join('\n')}`).join('\n');
    expect(text).toContain('择优申报省级农业科技计划9项，地市级20项。目前，获省立项4项、资助经费126万元，获地市级立项13项、资助经费103万元。');
    expect(text).toContain('共申报本市级社发计划项目6项，其中江川市人民医院的《');
    expect(text).toContain('被列入指令性计划，获3万元资助。');
    expect(text).toContain('申报江苏省高层次创新创业人才引进计划3名');
    expect(text).toContain('获江苏省高层次创新创业人才引进计划资助1人、经费100万元');
    expect(text).toContain('向省科技厅信息报送系统报送稿件72篇，被录用29篇');
    expect(text).toMatch(/向江川日报报送稿件\d+篇，被录用9篇/);
    for (const target of ['专利申请量达到700件', '专利授权量达到340件', '申报镇江市级以上农业科技计划达到20项', '农业科技计划立项达到10项', '农业科技计划完成达到8项', '镇江市级以上工程技术研究中心2—4家', '本市级企业技术中心3—5家', '争取上级科技经费达到1000万元', '本级财政科技拨款达到1000万元', '企业自筹科技投入达到3.5亿元']) {
      expect(text).toContain(target);
    }
    // Every figure can be traced to its metric.
    const figures = report.sections.flatMap((s) => s.paragraphs.flat()).filter((x) => typeof x !== 'string');
    expect(figures.find((f) => f.text === '126万元')?.metric).toEqual({ key: 'projects.funding', filters: { category: 'agriculture', level: 'provincial', year: 2008 } });
  });

  it('comes out as a Word document in the GB/T 9704 layout', async () => {
    const zip = await JSZip.loadAsync(await officialDocx(await annualSummary(t.db, 2008)));
    const read = (name: string) => zip.file(name)!.async('string');
    const document = await read('word/document.xml');
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(document).toContain('择优申报省级农业科技计划9项');
    const styles = await read('word/styles.xml');
    const style = (id: string) => styles.slice(styles.indexOf(`w:styleId="${id}"`), styles.indexOf('</w:style>', styles.indexOf(`w:styleId="${id}"`)));
    expect(style('OfficialTitle')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('OfficialTitle')).toContain('<w:sz w:val="44"/>');
    expect(style('OfficialBody')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style('OfficialBody')).toContain('<w:sz w:val="32"/>');
    expect(style('OfficialBody')).toMatch(/w:line="560" w:lineRule="exact"/);
    expect(style('OfficialHeading1')).toContain('w:eastAsia="黑体"');
    expect(style('OfficialHeading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(await read('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /word\/footer\d+\.xml/.test(f)).map(read));
    expect(footers.map((f) => [f.includes('w:val="right"') ? 'right' : f.includes('w:val="left"') ? 'left' : '?', f.includes('PAGE'), f.includes('— ')]).sort()).toEqual([
      ['left', true, true],
      ['right', true, true],
    ]);
  });
});
