// A rule's case: "申请转入师范类专业的，第一学年平均学分绩点须位于原专业同年级前30%" states its figure for the case the
// clause before 的， opens (students moving into a teacher-training major), not for everyone the article is about. A
// question naming none of the case's own things (绩点最低要多少) asks the general rule beside it (不低于2.50).
import { tag } from '../text/jieba.js';
import { normalizeForMatch } from '../text/normalize.js';

/** A condition clause: words ending in 的 or 者 right before a comma, within the statement before the figure. */
// (Up to 24 characters: a case names a kind in a phrase, not a whole sentence; the comma before it stays unread, so
// back-to-back cases, A的，B的，, are each seen.)
const CASE = /(?:^|(?<=[，,：:）)]))([^，,。；;：:（）()]{2,24}?)(?:的|者)[，,]/g;
/** Nouns that name the case's own things (师范类, 艺体类, 退役士兵), not verbs or function words. */
const NOUN = /^(?:n|nz|nt|ns|nr|j|l|vn|b)$/;
/**
 * A case names a kind of people or things (师范类专业, 艺术类考生, 港航学院, 退役士兵, 琅坪校区); a case of
 * circumstance (对学院答复仍有异议的) is what any asker of the rule is in, said in their own words (不服).
 */
const HEADS = ['类', '生', '专业', '学院', '校区', '人员', '士兵', '军人', '子女', '民族', '地区', '项目', '计划', '班'];
const KIND = new RegExp(`(?:${HEADS.join('|')})$`);
/** A bare head (专业, 学院) names no kind by itself; nor do the people every rule is about (学生, 在校生, 考生). */
const BARE_HEAD = new RegExp(`^(?:${[...HEADS, '学生', '在校生', '毕业生', '考生', '新生', '家庭', '本人'].join('|')})$`);

/**
 * The things a case clause before the figure names that neither the question nor the passage's section and lead
 * name (师范类 of 申请转入师范类专业的), or [] when no case opens the statement or the question (or a synonym of
 * its words, `terms`) names its things.
 */
export function caseNotAsked(statement: string, question: string, context: string, terms: string[] = []): string[] {
  // (The question's words with their synonyms: 大二 asks 二年级.)
  const asked = [question, ...terms].map(normalizeForMatch).join(' ');
  const around = normalizeForMatch(context);
  // (A word whose every character the question writes, 师范 of 师范类 asked as 师范, is asked in other words.)
  const unasked = (w: string) => !asked.includes(w) && !around.includes(w) && ![...w].every((c) => asked.includes(c));
  const words: string[] = [];
  for (const m of statement.matchAll(CASE)) {
    const phrases = nounPhrases(m[1]!).filter((p) => KIND.test(p.join('')) && p.join('').replace(KIND, '').length >= 2);
    // (One named thing the question shares, 师范类 asked of 转入师范类专业的, makes the case the one asked.)
    const own = phrases.flatMap((p) => p.filter((w) => !BARE_HEAD.test(w)));
    if (own.some((w) => asked.includes(w))) continue;
    // (Words the section names too, 学生 of 申请转专业的学生, are whom the whole article is about.)
    words.push(...own.filter(unasked));
  }
  return [...new Set(words)];
}


/** Runs of nouns (师范类 + 专业, 港航 + 学院 + 新生), each as its words, normalised. */
function nounPhrases(text: string): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  for (const t of tag(text)) {
    if (NOUN.test(t.tag) || (run.length && KIND.test(t.word))) run.push(normalizeForMatch(t.word));
    else if (KIND.test(t.word) && [...t.word].length >= 3) out.push([normalizeForMatch(t.word)]);
    else if (run.length) (out.push(run), (run = []));
  }
  if (run.length) out.push(run);
  return out;
}
