// A passage that stops inside an enumeration ("依次按以下顺序比较：（一）三科总分；（二）…；（三）…")
// answers only with all of its items: the quote runs on through the items that follow in order.
import type { Passage } from './candidates.js';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
/** Most items a quote is extended by, and its longest extension. */
const MAX_ITEMS = 8;
const MAX_EXTRA = 300;

/** The marker of the last item in a text and a test for the marker of the item after it. */
function lastItem(text: string): RegExp | undefined {
  const markers = [...text.matchAll(/[（(]([一二三四五六七八九十])[）)]|(?<![\d.])(\d{1,2})[、．.](?!\d)|([①-⑩])|(?:^|[：:；;，,。\s])([一二三四五六七八九十])是/g)];
  const m = markers.at(-1);
  if (!m) return undefined;
  // 一是…；二是…；三是…: the items of a report's own lists of problems and measures.
  if (m[4]) {
    const next = CN[CN.indexOf(m[4]) + 1];
    return next ? new RegExp(`^\\s*${next}是`) : undefined;
  }
  if (m[1]) {
    const next = CN[CN.indexOf(m[1]) + 1];
    return next ? new RegExp(`^\\s*[（(]${next}[）)]`) : undefined;
  }
  if (m[2]) return new RegExp(`^\\s*${Number(m[2]) + 1}[、．.](?!\\d)`);
  const next = CIRCLED[CIRCLED.indexOf(m[3]!) + 1];
  return next ? new RegExp(`^\\s*${next}`) : undefined;
}

/** The passage with the enumeration items that follow it in the document, when it ends inside one. */
export function withEnumeration(p: Passage, docText: string): Passage {
  // Only a passage that introduces its items (以下, 如下, 依次, 包括, a colon before the first) and
  // stops after one: a quote of a single item or of a heading is whole.
  const first = /[（(][一二三四五六七八九十][）)]|(?<![\d.])\d{1,2}[、．.](?!\d)|[①-⑩]|(?<=[：:])\s*一是/.exec(p.text);
  if (!first || !/以下|如下|依次|包括|下列|[：:]\s*$/.test(p.text.slice(0, first.index))) return p;
  let end = p.end;
  let next = lastItem(p.text);
  for (let n = 0; next && n < MAX_ITEMS && end - p.end < MAX_EXTRA; n++) {
    // The next segment: past a separator (；。，) or a line break.
    const sep = /^[；;，,。]?\s*/.exec(docText.slice(end))![0];
    const rest = docText.slice(end + sep.length);
    if (!next.test(rest)) break;
    const stop = /[；;。\n]/.exec(rest);
    const itemEnd = end + sep.length + (stop ? stop.index + 1 : rest.length);
    end = itemEnd;
    next = lastItem(docText.slice(end - (stop ? stop.index + 1 : rest.length), end));
  }
  if (end === p.end) return p;
  return { ...p, end, text: docText.slice(p.start, end).trimEnd() };
}
