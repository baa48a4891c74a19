// Reads a question: institutions, time, question type, unit asked for, and weighted search terms.
import { type Lexicon, expand } from '../text/synonyms.js';
import { normalizeForMatch } from '../text/normalize.js';
import { words } from '../text/tokenize.js';
import type { SchoolMatcher } from './schools.js';
import { type TimeAsk, parseTime } from './time.js';

export type Intent = 'figure' | 'where' | 'name' | 'yesno' | 'what' | 'catalog';

export type UnitClass = 'items' | 'people' | 'money' | 'percent';

export interface Term {
  term: string;
  weight: number;
  /** Which question word it came from (synonyms share their source's key). */
  source: string;
}

export interface ParsedQuery {
  question: string;
  schools: string[];
  unknownSchools: string[];
  time?: TimeAsk;
  intent: Intent;
  unit?: UnitClass;
  /** Several institutions are asked about at once (各校, 哪些学校, or two names). */
  cross: boolean;
  /** The question leans on the previous turn (那去年呢？). */
  elliptical: boolean;
  terms: Term[];
}

const UNIT_CLASSES: Record<UnitClass, RegExp> = {
  items: /^(?:个|条|篇|次|项|期|场|件|份|门|则|所|家|部|批|起|处|名单)/,
  people: /^(?:人次|人|名|位)/,
  money: /^(?:元|万元|亿元|块)/,
  percent: /^(?:%|％)/,
};

export function unitClass(unit: string): UnitClass | undefined {
  for (const [cls, re] of Object.entries(UNIT_CLASSES)) if (re.test(unit)) return cls as UnitClass;
  return undefined;
}

function intentOf(q: string): { intent: Intent; unit?: UnitClass } {
  const asked = /(?:多少|几)\s*(人次|个|条|篇|次|项|名|人|期|场|件|份|门|所|位|家|元|钱|万|起|处)/.exec(q);
  const unit = asked
    ? asked[1] === '钱'
      ? 'money'
      : unitClass(asked[1]!)
    : /率|比例|百分/.test(q)
      ? 'percent'
      : /多少人|招多少/.test(q)
        ? 'people'
        : undefined;
  if (/报告/.test(q) && /(哪一?年|哪些报告|几份|什么时[候间]|哪几份|覆盖|收录|各是)/.test(q) && !/就业质量|质量年/.test(q)) return { intent: 'catalog' };
  if (/多少|几[个条篇次项名人期场件份门所位家起处]|数量|how many|how much|number of|率是|比例/.test(q)) return { intent: 'figure', unit };
  // Contact details and names are answered by a string, not a counted figure.
  if (/叫什么|名称是|名字|电话|号码|邮箱|网址|地址|what'?s the name|name of|called|phone|email/.test(q)) return { intent: 'name' };
  if (
    /在哪|哪里|哪儿|哪个栏目|哪个平台|哪些平台|哪些渠道|什么渠道|通过什么|什么方式|怎么让|怎么知道|如何|怎样|在什么|where|which platform|how (?:do|can|did)/.test(
      q,
    )
  ) {
    return { intent: 'where' };
  }
  if (/吗[？?]?$|有没有|是否|会不会|能不能|有无|\b(?:is|are|does|do|can|will)\b/.test(q)) return { intent: 'yesno' };
  return { intent: 'what' };
}

const CROSS =
  /各校|各学校|各个学校|各院校|每个学校|每所|哪些学校|哪个学校|哪所|哪几所|几所|这几所|这几份|各家|所有学校|各高校|which (?:schools|colleges)|each (?:school|college)|all (?:schools|colleges)/;
const ELLIPTICAL = /^(?:那|那么|那个|还有|再问)|呢[？?]?$|^(?:and|what about|how about)\b/i;
/** Words that only steer (time, question form) and say nothing about the topic. */
const NON_TOPIC =
  /^(?:去年|今年|前年|大前年|本年|本年度|上年|学年|上学年|本学年|最新|最近|近期|\d{1,4}年?|\d+学年|发了|多少条|几条|几次|多少|有几|那么|那个|那|呢|请问|知道|想|问|一下|是|有|吗|last|year|this|latest|recent|about|tell|me|please|呀)$/;

const TIME_WORDS =
  /(?:19|20)?\d{2}\s*[-~～至到—]\s*(?:19|20)?\d{2}\s*学年|(?:19|20)\d{2}\s*年度?|[12]\d\s*年(?!级)|大前年|前年|去年|今年|本年度?|上一?学年|本学年|这学年|上一?年|最新|最近|近期/g;

/** How much a report's wording counts against the word the user typed. */
const SYNONYM_WEIGHT = 0.75;

export interface QueryContext {
  matcher: SchoolMatcher;
  lexicon: Lexicon;
  today: Date;
  /** Document frequency lookup: terms absent from every report weigh less (likely colloquial). */
  known: (term: string) => boolean;
}

export function parseQuery(question: string, ctx: QueryContext): ParsedQuery {
  const q = question.trim();
  const norm = normalizeForMatch(q);
  const hits = ctx.matcher.find(q);
  let rest = norm;
  for (const h of hits) rest = rest.split(h.alias).join(' ');
  const unknownSchools = ctx.matcher.unknown(q);
  for (const u of unknownSchools) rest = rest.split(u).join(' ');
  // Time is read separately; left in, "2023年发了" would cut into a junk word 年发.
  rest = rest.replace(TIME_WORDS, ' ');
  const { intent, unit } = intentOf(norm);
  const time = parseTime(q, ctx.today);

  const terms: Term[] = [];
  const add = (term: string, weight: number, source: string) => {
    const existing = terms.find((t) => t.term === term);
    if (existing) {
      // A word the user typed is its own topic, even if it also came in as part of a longer word
      // (信息 in 信息公开专栏 … 多少条信息): otherwise any 信息 would satisfy 信息公开专栏.
      if (weight > existing.weight && source === term) existing.source = source;
      existing.weight = Math.max(existing.weight, weight);
    } else terms.push({ term, weight, source });
  };
  // Single characters left over (年, 人, 条, 走) are units or glue; the lexicon covers the real ones (招多少人).
  const topical = words(rest, false).filter((w) => !NON_TOPIC.test(w) && [...w].length > 1);
  for (const w of topical) {
    // A Latin word no report uses (official, account) is either translated by the lexicon or noise.
    if (!ctx.known(w) && !/[\u3400-\u9fff]/.test(w)) continue;
    add(w, ctx.known(w) ? 1 : 0.3, w);
    // Sub-words of long words (学工网站 → 学工, 网站) help partial matches, counted with their word.
    if (w.length >= 3) for (const sub of words(w, true)) if (sub !== w && !NON_TOPIC.test(sub)) add(sub, ctx.known(sub) ? 0.5 : 0.15, w);
  }
  for (const { key, terms: syn, weight } of expand(ctx.lexicon, rest)) {
    // A colloquial key no report uses (质量年报) counts little itself; its synonyms carry the group.
    // Words the user typed that the entry names join its group, so a word and its synonyms count once.
    for (const t of terms) {
      if (t.source === key || t.term === key || syn.includes(t.term)) {
        t.source = key;
        if (weight < 1) t.weight = Math.min(t.weight, weight);
      }
    }
    for (const s of syn) add(s, weight * (s === key ? (ctx.known(s) ? 1 : 0.3) : SYNONYM_WEIGHT), key);
  }
  const elliptical = ELLIPTICAL.test(q) && topical.length <= 1;
  const cross = (hits.length === 0 && CROSS.test(norm)) || hits.length > 1;
  return { question: q, schools: hits.map((h) => h.school), unknownSchools, time, intent, unit, cross, elliptical, terms };
}
