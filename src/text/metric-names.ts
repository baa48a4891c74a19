// Names for measured things, shared by the figures index and the answers that read it: which report
// wordings name one subject (官方微信 = 微信公众号 = 官微) and one measure (发布信息 = 发文 = 推文), and
// which words narrow a figure (新增, 累计, 单篇最高, 其中). The classes are data (metric-names.json);
// colloquial words reach them through the synonym lexicon.
import data from './metric-names.json' with { type: 'json' };
import { normalizeForMatch } from './normalize.js';
import type { Lexicon } from './synonyms.js';

export type QualifierKind = 'new' | 'total' | 'max' | 'average' | 'part';

export interface Named {
  /** The canonical name of the class. */
  name: string;
  /** Where the wording was found in the searched text. */
  start: number;
  end: number;
}

interface Wording {
  word: string;
  name: string;
}

const wordings = (classes: Record<string, string[]>): Wording[] =>
  Object.entries(classes)
    .flatMap(([name, words]) => words.map((word) => ({ word: normalizeForMatch(word), name })))
    .sort((a, b) => b.word.length - a.word.length);

const SUBJECTS = wordings(data.subjects);
const MEASURES = wordings(data.measures);
const QUALIFIER_WORDS = Object.entries(data.qualifiers as Record<QualifierKind, string[]>)
  .flatMap(([kind, words]) => words.map((word) => ({ word, kind: kind as QualifierKind })))
  .sort((a, b) => b.word.length - a.word.length);
export const FILLERS = [...data.fillers].sort((a, b) => b.length - a.length);

export const subjectNames = () => Object.keys(data.subjects);
export const measureNames = () => Object.keys(data.measures);

/** Every non-overlapping wording of the classes in the text, longest first then left to right. */
function findAll(text: string, list: Wording[]): Named[] {
  const t = normalizeForMatch(text);
  const taken: Named[] = [];
  for (const w of list) {
    for (let at = t.indexOf(w.word); at >= 0; at = t.indexOf(w.word, at + 1)) {
      const end = at + w.word.length;
      if (taken.some((x) => at < x.end && end > x.start)) continue;
      taken.push({ name: w.name, start: at, end });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Subjects (channels, platforms) named in the text, left to right. */
export const subjectsIn = (text: string): Named[] => findAll(text, SUBJECTS);
/** Measures (发布信息, 阅读量, 粉丝…) named in the text, left to right. */
export const measuresIn = (text: string): Named[] => findAll(text, MEASURES);

/** The qualifier words in a label, nearest the end (the figure) last. */
export function qualifiersIn(label: string): { word: string; kind: QualifierKind; at: number }[] {
  const out: { word: string; kind: QualifierKind; at: number }[] = [];
  for (const q of QUALIFIER_WORDS) {
    for (let at = label.indexOf(q.word); at >= 0; at = label.indexOf(q.word, at + 1)) {
      if (out.some((x) => at < x.at + x.word.length && at + q.word.length > x.at)) continue;
      out.push({ ...q, at });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The subjects and measures a question names, reading colloquial words through the lexicon: 官微 is
 * a lexicon key whose expansions (官方微信, 微信公众号) are wordings of the subject 微信公众号.
 */
export function namedIn(text: string, lexicon?: Lexicon): { subjects: Set<string>; measures: Set<string> } {
  const norm = normalizeForMatch(text);
  const subjects = new Set(subjectsIn(norm).map((n) => n.name));
  const measures = new Set(measuresIn(norm).map((n) => n.name));
  if (lexicon) {
    for (const [key, entry] of lexicon) {
      // Verbs (发了 → 发布, weight below 1) say how, not what is measured.
      if (entry.weight < 1 || !/[\u4e00-\u9fa5]/.test(key) || !norm.includes(key)) continue;
      // A key covered by a longer wording already found (微信 inside 微信公众号) adds nothing.
      const expansions = entry.terms.join(' ');
      for (const n of subjectsIn(expansions)) if (!measures.has(n.name) && subjectsIn(key).length === 0) subjects.add(n.name);
      for (const n of measuresIn(expansions)) if (measuresIn(key).length === 0 && subjectsIn(key).length === 0) measures.add(n.name);
    }
  }
  return { subjects, measures };
}

/** The metric's display form: subject and measure joined (微信公众号·粉丝), or whichever exists. */
export const metricName = (subject: string | undefined, measure: string) => (subject && subject !== measure ? `${subject}·${measure}` : measure);

/** A metric's parts back (微信公众号·粉丝 → 微信公众号, 粉丝). */
export function metricParts(metric: string): { subject?: string; measure: string } {
  const at = metric.indexOf('·');
  return at < 0 ? { measure: metric } : { subject: metric.slice(0, at), measure: metric.slice(at + 1) };
}
