// The items a document lists beside a thing asked (分为教授、副教授、讲师和助教): a passage naming only other items of
// that list (教授、副教授由…评审) and none asked is about another item, not the one asked (助教由学院直接认定).
import grammar from '../retrieve/question-words.json' with { type: 'json' };
import { tag } from '../text/jieba.js';
import { normalizeForMatch } from '../text/normalize.js';
import limits from './enumerated-siblings.json' with { type: 'json' };

/** Items joined by 、; the last may be two joined by 和/及/与/或; the list ends at a mark or 等 (not 等级). */
const ITEM = `[\\u4e00-\\u9fa5A-Za-z0-9]{1,${limits.itemMax + 4}}`;
// (The last part runs to the mark lazily, 研究生和留学生都要参加体检, and is cut to its nouns below.)
const LAST = `[\\u4e00-\\u9fa5A-Za-z0-9]{1,${limits.itemMax * 3}}?`;
const LIST = new RegExp(`(?:${ITEM}、)+${LAST}(?=等(?![级次第])|[。，,；;：:、）)\\s]|$)`, 'g');
const OPENER = new RegExp(`^.*?(?:${grammar.listOpeners.join('|')})`);
/** How far a passage naming only other items of the list falls. */
export const LISTED_SIBLING_PENALTY = limits.penalty;
const GENERIC_ITEMS = new Set(limits.genericItems);

/** jieba's tags of names and nouns (有机化学 is an idiom, l, to it). */
const NOUN = /^(?:n|l)/;

/** The nouns a text opens with (留学生 of 留学生均须参加): an item, without the sentence run on after it. */
function leadingNouns(text: string): string {
  let out = '';
  for (const t of tag(text)) {
    if (!NOUN.test(t.tag)) break;
    out += t.word;
  }
  return out;
}

/** The nouns a text closes with (教授 of 由教授): the first item, without the words before the list. */
function trailingNouns(text: string): string {
  const tags = tag(text);
  let k = tags.length;
  while (k > 0 && NOUN.test(tags[k - 1]!.tag)) k--;
  return tags.slice(k).map((t) => t.word).join('');
}

/** The lists of a document's text, each as its items: read once per document and kept. */
const listsOf = new WeakMap<object, string[][]>();
export function documentLists(doc: { text: string }): string[][] {
  const cached = listsOf.get(doc);
  if (cached) return cached;
  const lists: string[][] = [];
  for (const m of normalizeForMatch(doc.text).matchAll(LIST)) {
    const parts = m[0].split('、');
    // (The first item starts after the word opening the list, 分为教授 → 教授; the last splits at its connector,
    // 讲师和助教, only when both sides are items: 经济与管理学院 inside the list stays whole.)
    const first = parts[0]!.replace(OPENER, '');
    parts[0] = trailingNouns(first) || first;
    const last = /^(.{2,})[和及与或](.{2,})$/.exec(parts.at(-1)!);
    if (last) parts.splice(-1, 1, last[1]!, last[2]!);
    // (…and the last item ends where its nouns do: 留学生均须参加 is 留学生 and what it must do.)
    parts.push(leadingNouns(parts.pop()!));
    const items = parts.filter((x) => x.length >= limits.itemMin && x.length <= limits.itemMax);
    if (items.length >= 2) lists.push(items);
  }
  listsOf.set(doc, lists);
  return lists;
}

/**
 * The items of a document's lists that a question names as typed (学业奖学金, however jieba cuts it), each with its
 * siblings. A word of every text (学校, 专业, 学院: the generic items of the data, or one far more common in the index
 * than a word it has never seen) is no item a question picks out of a list.
 */
export function askedItems(lists: string[][], question: string, rarity: (w: string) => number = () => 1): Map<string, string[]> {
  const norm = normalizeForMatch(question);
  const asked = new Set(lists.flat().filter((x) => norm.includes(x) && !GENERIC_ITEMS.has(x) && rarity(x) >= limits.minRarity));
  // (Only the longest item named: 国家奖学金 asked is no 奖学金 asked.)
  const own = [...asked].filter((x) => ![...asked].some((y) => y !== x && y.includes(x)));
  return new Map(own.map((w) => [w, listedSiblings(lists, w)]));
}

/** Every other item of the lists that hold the word as an item of its own (not kinds of it: 副教授 beside 教授). */
export function listedSiblings(lists: string[][], word: string): string[] {
  const out = new Set<string>();
  for (const items of lists) if (items.includes(word)) for (const x of items) if (!x.includes(word) && !word.includes(x)) out.add(x);
  return [...out];
}

/** True when a passage names none of the listed items asked and another item listed beside one of them. */
export function namesOnlySibling(passage: string, asked: ReadonlyMap<string, string[]>): boolean {
  const norm = normalizeForMatch(passage);
  if ([...asked.keys()].some((w) => norm.includes(w))) return false;
  return [...asked.values()].some((siblings) => siblings.some((s) => norm.includes(s)));
}
