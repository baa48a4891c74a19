// The items a document lists beside a thing asked (分为教授、副教授、讲师和助教): a passage naming only another item
// of that list (教授、副教授由…评审) is about that item, not the one asked (助教由学院直接认定).
import { normalizeForMatch } from '../text/normalize.js';

/** A list of two or more short items joined by 、 (and a last one by 和/及/与/或). */
const LIST = /(?:[\u4e00-\u9fa5A-Za-z0-9]{1,10}、)+[\u4e00-\u9fa5A-Za-z0-9]{1,10}(?:[和及与或][\u4e00-\u9fa5A-Za-z0-9]{1,10})?/g;
/** Items shorter or longer than this are a phrase run into the list, not an item of it. */
const ITEM_MIN = 2;
const ITEM_MAX = 8;
/** How far a passage naming only another item of the list falls. */
export const LISTED_SIBLING_PENALTY = 0.1;

/** Every other item of the lists in a text that hold the word as an item of their own. */
export function listedSiblings(text: string, word: string): string[] {
  const norm = normalizeForMatch(text);
  const out = new Set<string>();
  for (const m of norm.matchAll(LIST)) {
    if (!m[0].includes(word)) continue;
    // (The first item starts after the verb that opens the list: 分为教授 → 教授, 包括… → …)
    const items = m[0]
      .split(/[、和及与或]/)
      .map((x, k) => (k === 0 ? x.replace(/^.*[为有括含是：:]/, '') : x))
      .filter((x) => x.length >= ITEM_MIN && x.length <= ITEM_MAX);
    if (!items.includes(word)) continue;
    // (An item holding the word or held by it, 副教授 beside 教授, is a kind of it, not another.)
    for (const x of items) if (!x.includes(word) && !word.includes(x)) out.add(x);
  }
  return [...out];
}

/** True when a passage names another item listed beside a word asked and none of the words asked. */
export function namesOnlySibling(passage: string, asked: readonly string[], siblings: ReadonlyMap<string, string[]>): boolean {
  const norm = normalizeForMatch(passage);
  return asked.some((w) => !norm.includes(w) && (siblings.get(w) ?? []).some((s) => norm.includes(s)));
}
