// Recognises institutions in questions: full names and the short forms people type.
import { readJsonFile } from '../config.js';
import { z } from 'zod';
import { cut } from '../text/jieba.js';
import { normalizeForMatch } from '../text/normalize.js';

const PROVINCES = [
  '北京',
  '天津',
  '上海',
  '重庆',
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '香港',
  '澳门',
];

/** Words too common to stand for one institution (科技学院, 技术职院 name many). */
const GENERIC_WORDS = new Set(['科技', '技术', '职业', '理工', '工业', '应用', '城市', '信息', '工程', '管理', '经济', '科学']);

/** Suffixes of institution names, longest first, with the short forms people use for them. */
const SUFFIXES: [string, string[]][] = [
  ['职业技术学院', ['职院', '职业学院', '学院', '职业技术学院']],
  ['技术职业学院', ['职院', '职业学院', '学院', '技术学院']],
  ['职业学院', ['职院', '学院', '职业学院']],
  ['技术学院', ['学院', '技术学院']],
  ['师范大学', ['师大', '师范大学']],
  ['大学', ['大学', '大']],
  ['学院', ['学院']],
  ['学校', ['学校']],
];

/**
 * Short forms derived from a full name, e.g. 湖南安全技术职业学院 → 湖南安全职院, 安全职院, 湖南安全;
 * 湖南石油化工职业技术学院 → 石化职院, 湖南石化, 石油化工; 湖南大众传媒职业技术学院 → 大众传媒, 传媒学院.
 * Bare cores shorter than four characters without the province (安全, 工程) are too common to trust.
 */
export function deriveAliases(name: string): string[] {
  const aliases = new Set<string>([name]);
  const suffix = SUFFIXES.find(([s]) => name.endsWith(s) && name.length > s.length + 1);
  if (!suffix) return [...aliases];
  const core = name.slice(0, -suffix[0].length);
  const province = PROVINCES.find((p) => core.startsWith(p) && core.length > p.length + 1);
  const local = province ? core.slice(province.length).replace(/^[省市]/, '') : core;
  // Names are mostly two-character words: 大众传媒 → 大众 传媒, 石油化工 → 石油 化工.
  const parts = local.length % 2 === 0 && local.length <= 6 ? local.match(/../g)! : cut(local).filter((w) => w.length >= 2);
  const initials = parts.length >= 2 && parts.every((w) => w.length === 2) ? parts.map((w) => w[0]).join('') : undefined;
  const lastWord = parts.length >= 2 ? parts.at(-1) : undefined;
  const last = lastWord && !GENERIC_WORDS.has(lastWord) ? lastWord : undefined;
  const forms = [core, ...(province && local.length >= 4 ? [local] : [])];
  for (const short of suffix[1]) {
    forms.push(core + short, local + short);
    if (initials) forms.push(initials + short);
    if (last) forms.push(last + short);
  }
  if (initials && province) forms.push(province + initials);
  for (const f of forms) if (f.length >= 4) aliases.add(f);
  return [...aliases];
}

const AliasFileSchema = z.record(z.string(), z.array(z.string()));

export function readAliasFile(file: string): Record<string, string[]> {
  return readJsonFile('ALIASES_FILE', file, AliasFileSchema);
}

export interface SchoolMatcher {
  schools: string[];
  /** Institutions named in the text, in order of appearance (longest alias wins). */
  find(text: string): { school: string; alias: string; index: number }[];
  /** Institution-like names in the text that match no known institution (湖南铁道职业技术学院). */
  unknown(text: string): string[];
  /** Resolves a name or alias (e.g. from a widget's data-school) to a known institution. */
  resolve(name: string): string | undefined;
}

/**
 * "湖南铁道工程职院" holds the alias 工程职院 but names another school: an alias without a province,
 * right after a province and other characters, is part of a longer name.
 */
function partOfOtherName(text: string, at: number, alias: string): boolean {
  if (PROVINCES.some((p) => alias.startsWith(p))) return false;
  const before = text.slice(Math.max(0, at - 8), at);
  return PROVINCES.some((p) => new RegExp(`${p}[\u4e00-\u9fa5]{1,5}$`).test(before) && !/[的和与及在是]$/.test(before));
}

const INSTITUTION_LIKE = /([\u4e00-\u9fa5]{2,16}?(?:职业技术学院|职业学院|技术学院|师范大学|大学|学院|职院|学校))/g;
const GENERIC = /^(?:[哪各这那本我该贵每某其他全一]|二级|几所|所有|(?:职业技术|职业|技术|师范)?(?:学院|大学|学校|职院)$)/;

export function createSchoolMatcher(schools: string[], extra: Record<string, string[]> = {}): SchoolMatcher {
  const byAlias = new Map<string, Set<string>>();
  const add = (alias: string, school: string) => {
    const key = normalizeForMatch(alias);
    (byAlias.get(key) ?? byAlias.set(key, new Set()).get(key)!).add(school);
  };
  for (const s of schools) for (const a of deriveAliases(s)) add(a, s);
  for (const [s, list] of Object.entries(extra)) if (schools.includes(s)) for (const a of list) add(a, s);
  // A full name always means its own institution (湖南X职业学院 may also be a short form of
  // 湖南X技术职业学院); any other alias two institutions share names neither.
  const fullNames = new Map(schools.map((s) => [normalizeForMatch(s), s]));
  const aliases = [...byAlias]
    .map(([a, set]) => [a, fullNames.get(a) ?? (set.size === 1 ? [...set][0]! : undefined)] as const)
    .filter((x): x is readonly [string, string] => x[1] !== undefined);

  // Aliases indexed by their first two characters: a question is scanned once, whatever the number
  // of institutions (a province-wide index has thousands of aliases).
  const byPrefix = new Map<string, (readonly [string, string])[]>();
  for (const entry of aliases) {
    const key = entry[0].slice(0, 2);
    (byPrefix.get(key) ?? byPrefix.set(key, []).get(key)!).push(entry);
  }

  const find = (text: string) => {
    const norm = normalizeForMatch(text);
    const found: { alias: string; school: string; index: number }[] = [];
    for (let i = 0; i + 1 < norm.length; i++) {
      for (const [alias, school] of byPrefix.get(norm.slice(i, i + 2)) ?? []) if (norm.startsWith(alias, i)) found.push({ alias, school, index: i });
    }
    // The longest alias wins; occurrences may not overlap.
    found.sort((a, b) => b.alias.length - a.alias.length || a.index - b.index);
    const taken: boolean[] = [];
    const hits: { school: string; alias: string; index: number }[] = [];
    for (const f of found) {
      if (taken.slice(f.index, f.index + f.alias.length).some(Boolean)) continue;
      if (partOfOtherName(norm, f.index, f.alias)) continue;
      for (let j = f.index; j < f.index + f.alias.length; j++) taken[j] = true;
      if (!hits.some((h) => h.school === f.school)) hits.push(f);
    }
    return hits.sort((a, b) => a.index - b.index);
  };

  return {
    schools,
    find,
    unknown(text) {
      const norm = normalizeForMatch(text);
      const known = find(text);
      const out: string[] = [];
      for (const m of norm.matchAll(INSTITUTION_LIKE)) {
        const name = m[1]!;
        const at = m.index!;
        if (GENERIC.test(name) || name.length < 4) continue;
        if (known.some((k) => at < k.index + k.alias.length && k.index < at + name.length)) continue;
        out.push(name);
      }
      return out;
    },
    resolve(name) {
      const hit = find(name)[0];
      return hit?.school;
    },
  };
}
