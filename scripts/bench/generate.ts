// Synthetic disclosure reports for benchmarks, made from the shipped ones: a seeded generator varies
// institution names, years and figures and recombines top-level sections, so text stays realistic
// and every report is unique.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  '湖南',
  '湖北',
  '江西',
  '广东',
  '广西',
  '四川',
  '河南',
  '河北',
  '山东',
  '山西',
  '陕西',
  '贵州',
  '云南',
  '福建',
  '浙江',
  '江苏',
  '安徽',
  '吉林',
  '辽宁',
  '甘肃',
  '长沙',
  '株洲',
  '湘潭',
  '衡阳',
  '岳阳',
  '常德',
  '襄阳',
  '宜昌',
  '九江',
  '赣州',
  '柳州',
  '绵阳',
  '洛阳',
  '潍坊',
  '温州',
  '芜湖',
];
const CORES = [
  '安全',
  '工程',
  '传媒',
  '石油化工',
  '科技',
  '交通',
  '信息',
  '商务',
  '水利',
  '电力',
  '建筑',
  '医药',
  '财经',
  '艺术',
  '机电',
  '汽车',
  '铁道',
  '航空',
  '环境',
  '农业',
  '城市建设',
  '工业',
  '电子',
  '化工',
  '轻工',
  '外贸',
  '司法',
  '体育',
  '幼儿师范',
  '民政',
];
const SUFFIXES = ['职业技术学院', '职业学院', '技术职业学院'];
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Template {
  school: string;
  preamble: string;
  /** Top-level sections: heading text without its number, and the body under it. */
  sections: { title: string; body: string }[];
}

const TOP = /^(?:[一二三四五六七八九十]+|\d{1,2})\s*[、.．]\s*/;

/** Splits a shipped report into its preamble and top-level sections (一、 or 1、 lines). */
function template(text: string): Template {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const school = lines[0]!;
  const sections: Template['sections'] = [];
  const preamble: string[] = [];
  let current: { title: string; body: string[] } | undefined;
  for (const line of lines.slice(2)) {
    if (TOP.test(line) && line.length < 60 && !/[。]/.test(line.slice(0, -1))) {
      if (current) sections.push({ title: current.title, body: current.body.join('\n') });
      current = { title: line.replace(TOP, ''), body: [] };
    } else if (current) current.body.push(line);
    else preamble.push(line);
  }
  if (current) sections.push({ title: current.title, body: current.body.join('\n') });
  return { school, preamble: preamble.join('\n'), sections };
}

export interface GeneratedReport {
  file: string;
  school: string;
  text: string;
}

export function generateReports(corpusDir: string, count: number, seed = 20261121): GeneratedReport[] {
  const templates = readdirSync(corpusDir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => template(readFileSync(join(corpusDir, f), 'utf8')));
  const rand = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: GeneratedReport[] = [];
  const schools = PLACES.flatMap((p) => CORES.map((c) => `${p}${c}`));
  for (let i = 0; i < count; i++) {
    // Institutions repeat across years, as a province-wide deployment's reports do.
    const base = schools[Math.floor(rand() * schools.length)]!;
    const school = `${base}${SUFFIXES[i % SUFFIXES.length]}`;
    const year = 2019 + Math.floor(rand() * 7);
    const academic = rand() < 0.5;
    const title = academic ? `${year}-${year + 1}学年信息公开工作年度报告` : `${year}年信息公开年度报告`;
    const shift = year - 2023;
    const vary = (s: string, from: string) =>
      s
        .replaceAll(from, school)
        .replace(/(20[12]\d)(?=\s*(?:年|学年|[-～~—]))/g, (y) => String(Number(y) + shift))
        .replace(/(\d+(?:\.\d+)?)(\s*(?:余|多)?\s*(?:万)?\s*(?:人次|个|条|篇|次|项|名|人|期|场|件|份|门|起|位))/g, (_m, n: string, unit: string) => {
          const v = Number(n) * (0.5 + rand());
          return `${n.includes('.') ? v.toFixed(1) : Math.max(1, Math.round(v))}${unit}`;
        });
    const host = pick(templates);
    const count = 5 + Math.floor(rand() * 3);
    const body: string[] = [`${school}`, title, '', vary(host.preamble, host.school)];
    for (let k = 0; k < count; k++) {
      // Recombine: the k-th section of a random report (or any section when it has fewer).
      const t = pick(templates);
      const sec = t.sections[k] ?? pick(t.sections);
      body.push(`${CN[k]}、${sec.title}`, vary(sec.body, t.school));
    }
    out.push({ file: `synthetic-${String(i).padStart(5, '0')}.txt`, school, text: `${body.join('\n')}\n附：本报告编号${seed}-${i}。\n` });
  }
  return out;
}

export function writeReports(dir: string, reports: GeneratedReport[]): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const r of reports) {
    writeFileSync(join(dir, r.file), r.text);
    bytes += Buffer.byteLength(r.text);
  }
  return bytes;
}
