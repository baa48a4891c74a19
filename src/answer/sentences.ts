// Splits report text into sentences and clauses, keeping absolute offsets for verbatim quotes.

export interface Span {
  start: number;
  end: number;
  text: string;
}

function split(text: string, offset: number, marks: RegExp): Span[] {
  const out: Span[] = [];
  let from = 0;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: offset + s, end: offset + e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    if (marks.test(text[i]!)) {
      push(i + 1);
      from = i + 1;
    }
  }
  push(text.length);
  return out;
}

/** Sentences end at 。！？；and line breaks. */
export function splitSentences(text: string, offset = 0): Span[] {
  return split(text, offset, /[。！？!?；;\n]/).flatMap(fieldsOf);
}

/** A space before a field's label (联系电话：0657-3318826 传真：0657-3318830): where the next field starts. */
const NEXT_FIELD = /\s+(?=[\u4e00-\u9fa5]{2,8}[：:]\s*\S)/gu;

/** A line of fields side by side, split into one sentence per field (a table row stays whole). */
function fieldsOf(sentence: Span): Span[] {
  if (sentence.text.includes(' | ') || !/^[\u4e00-\u9fa5]{2,8}[：:]/.test(sentence.text)) return [sentence];
  const out: Span[] = [];
  let from = 0;
  for (const m of sentence.text.matchAll(NEXT_FIELD)) {
    out.push({ start: sentence.start + from, end: sentence.start + m.index, text: sentence.text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ start: sentence.start + from, end: sentence.end, text: sentence.text.slice(from) });
  return out;
}

/** A clause stating who or what a rule is for, 凡…者 or 凡…的. */
const UNIVERSAL_CONDITION = /^(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?凡[^，,。；;]*[者的]$/;

/** Clauses end at ，：and the sentence marks; brackets are kept whole so （其中…） stays with its clause. */
export function splitClauses(sentence: Span): Span[] {
  // A table row ("项目：学费 | 标准：4500元/年") reads only as a whole, headers and all.
  if (sentence.text.includes(' | ')) return [sentence];
  const out: Span[] = [];
  let depth = 0;
  let from = 0;
  const t = sentence.text;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if ('（(《“'.includes(ch)) depth++;
    else if ('）)》”'.includes(ch)) depth = Math.max(0, depth - 1);
    // A colon between digits is a clock time (8:30) or a ratio (5.14:1), not a clause's end; a comma
    // between digits groups thousands (1,200).
    else if (
      depth === 0 &&
      /[，,：:]/.test(ch) &&
      !(/[:,]/.test(ch) && /\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? '')) &&
      // (A condition 凡…者 / 凡…的 says nothing without what follows it: 凡发现弄虚作假者，一律取消入学资格.)
      !(/[，,]/.test(ch) && UNIVERSAL_CONDITION.test(t.slice(from, i).trim()))
    ) {
      out.push({ start: sentence.start + from, end: sentence.start + i + 1, text: t.slice(from, i + 1) });
      from = i + 1;
    }
  }
  if (from < t.length) out.push({ start: sentence.start + from, end: sentence.end, text: t.slice(from) });
  return out.filter((c) => c.text.trim().length > 0);
}
