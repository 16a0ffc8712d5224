/**
 * Writes a patent office style list of N patents (default 100,000) for timing the import:
 *   npx tsx bench/generate-patents.ts 100000 patents.csv && npx keguan import patents patents.csv
 */
import fs from 'node:fs';
import { checkCharacter } from '../src/domains/patents/application-number.js';

const total = Number(process.argv[2] ?? 100_000);
const out = process.argv[3] ?? 'patents.csv';
const subjects = [
  '葡萄避雨栽培',
  '茶叶揉捻',
  '稻田养蟹',
  '果园喷雾',
  '水肥一体化',
  '农机导航',
  '食品包装',
  '污水处理',
  '光伏支架',
  '医用敷料',
];
const kinds = [
  ['1', '发明', '一种{s}方法'],
  ['2', '实用新型', '一种{s}装置'],
  ['3', '外观设计', '{s}用外壳'],
] as const;
const stream = fs.createWriteStream(out);
stream.write('\uFEFF申请号,专利名称,专利类型,申请(专利权)人,申请日,授权公告日,法律状态\r\n');
for (let i = 0; i < total; i++) {
  const year = 2003 + (i % 23);
  const [digit, type, pattern] = kinds[i % 3]!;
  const digits = `${year}${digit}${String(1_000_000 + i).padStart(7, '0')}`;
  const filed = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  const granted = i % 2 ? `${Math.min(year + 1, 2026)}-06-30` : '';
  stream.write(
    `${digits}.${checkCharacter(digits)},${pattern.replace('{s}', subjects[i % subjects.length]!)}${i},${type},江川市测试企业${i % 500}有限公司,${filed},${granted},${granted ? '有效' : '审中'}\r\n`,
  );
}
stream.end(() => process.stderr.write(`${total} patents written to ${out}\n`));
