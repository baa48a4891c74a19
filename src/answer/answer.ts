// answer(question, options) → Answer: understands the question, retrieves, extracts and cites.
import { AppError } from '../errors.js';
import type { LoadedIndex } from '../index/store.js';
import { type Fusion, type Hit, SearchIndex } from '../retrieve/hybrid.js';
import { type ParsedQuery, parseQuery } from '../retrieve/query.js';
import { type SchoolMatcher, createSchoolMatcher } from '../retrieve/schools.js';
import { choosePeriod, parseTime } from '../retrieve/time.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { Lexicon } from '../text/synonyms.js';
import type { Answer, Citation, ReportDocument } from '../types.js';
import { citationOf, quoted, trimPassage } from './compose.js';
import { type TurnContext, isFollowUp } from './context.js';
import { type Passage, coverage, extractPassages, focusTerms, termGroups } from './extract.js';

export interface AnswerOptions {
  /** Restrict to one institution (a widget's data-school, the CLI's --school) unless the question names another. */
  school?: string;
  /** The previous turn, for follow-ups. */
  context?: TurnContext;
  /** Today's date for relative time (去年); defaults to the answerer's clock. */
  today?: Date;
}

export interface AnswererDeps {
  index: LoadedIndex;
  lexicon: Lexicon;
  aliases?: Record<string, string[]>;
  today?: () => Date;
  fusion?: Fusion;
  /** Least share of the question a passage must cover to count as an answer (calibrated on the dev set). */
  minCoverage?: number;
}

export interface SchoolEntry {
  school: string;
  reports: { docId: string; title: string; period: string }[];
}

export interface Answerer {
  answer(question: string, options?: AnswerOptions): Promise<Answer>;
  /** The chunks retrieval ranks for a question (the reports it would answer from), best first. */
  retrieve(question: string, options?: AnswerOptions & { k?: number }): Promise<Hit[]>;
  schools(): SchoolEntry[];
  /** A report with its cleaned text and heading tree, for the source viewer. */
  document(docId: string): ReportDocument | undefined;
  readonly matcher: SchoolMatcher;
  readonly search: SearchIndex;
}

const DEFAULT_MIN_COVERAGE = 0.3;
/** Comparisons read at most this many institutions' reports (one line each). */
const MAX_SCHOOLS_SCANNED = 8;

export function createAnswerer(deps: AnswererDeps): Answerer {
  const { index, lexicon } = deps;
  const search = new SearchIndex(index);
  const docsBySchool = new Map<string, ReportDocument[]>();
  for (const d of index.documents) (docsBySchool.get(d.school) ?? docsBySchool.set(d.school, []).get(d.school)!).push(d);
  const matcher = createSchoolMatcher([...docsBySchool.keys()], deps.aliases);
  const minCoverage = deps.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const clock = deps.today ?? (() => new Date());

  const schools = (): SchoolEntry[] =>
    [...docsBySchool].map(([school, docs]) => ({ school, reports: docs.map((d) => ({ docId: d.docId, title: d.title, period: d.period.label })) }));
  /** The covered institutions for a reply; a province-wide index is summarised, not listed in full. */
  const coveredList = () => {
    const all = schools();
    const shown = all.slice(0, 10).map((s) => `${s.school}（${s.reports.map((r) => r.period).join('、')}）`);
    return all.length > 10 ? `${shown.join('、')}等学校` : shown.join('、');
  };

  /** Understands the question, folding in the previous turn for follow-ups. */
  function understand(question: string, opts: AnswerOptions): ParsedQuery {
    const today = opts.today ?? clock();
    const ctx = { matcher, lexicon, today, known: (t: string) => search.known(t) };
    const q = parseQuery(question, ctx);
    const prev = opts.context;
    if ((q.elliptical || isFollowUp(question)) && prev?.question) {
      const base = parseQuery(prev.question, ctx);
      const schoolsNamed = q.schools.length ? q.schools : prev.school ? [prev.school] : base.schools;
      return {
        ...base,
        question: q.question,
        schools: schoolsNamed,
        unknownSchools: q.unknownSchools,
        time: q.time ?? (prev.period ? parseTime(prev.period, today) : base.time),
        cross: q.schools.length > 1 || (schoolsNamed.length === 0 && base.cross),
        terms: [...base.terms, ...q.terms.filter((t) => !base.terms.some((b) => b.term === t.term))],
      };
    }
    if (q.schools.length === 0 && q.unknownSchools.length === 0 && !q.cross && q.intent !== 'catalog') {
      const fallback = opts.school ? matcher.resolve(opts.school) : prev?.school;
      if (fallback) q.schools = [fallback];
    }
    return q;
  }

  /** The best passage of one report, and whether it answers. */
  async function bestIn(q: ParsedQuery, docs: ReportDocument[]): Promise<{ passages: Passage[]; found: boolean }> {
    const text = q.terms.map((t) => t.term).join(' ');
    const hits = await search.search(q.terms, text, { docIds: new Set(docs.map((d) => d.docId)), fusion: deps.fusion, k: 10 });
    const passages = extractPassages(q, hits, search);
    const top = passages[0];
    // A figure must be about the question's main topic: 263条 of 官方微信 does not answer 官方微博.
    const found = !!top && top.coverage >= minCoverage && (q.intent !== 'figure' || (top.hasFigure && top.focus)) && top.score > 0;
    return { passages, found };
  }

  const idf = (t: string) => Math.max(search.idf(t), 0.2);

  /** Quote text for a passage, trimmed to the part about the question. */
  function shown(q: ParsedQuery, p: Passage): { p: Passage; cutBefore: boolean; cutAfter: boolean } {
    const groups = termGroups(q.terms, idf);
    const t = trimPassage(p, (text) => coverage(groups, text) + (q.intent === 'figure' && /\d/.test(text) ? 0.2 : 0));
    return { p: t, cutBefore: t.start > p.start, cutAfter: t.end < p.end };
  }

  /** For a reply that finds no answer: the best passage that at least names the question's main term. */
  function relatedPassage(q: ParsedQuery, passages: Passage[]): Passage | undefined {
    const main = focusTerms(termGroups(q.terms, idf), search);
    if (!main) return undefined;
    return [...passages]
      .filter((p) => main.some((t) => normalizeForMatch(p.text).includes(t.term)))
      .sort((a, b) => b.coverage - a.coverage || a.text.length - b.text.length)[0];
  }

  /** Second passage worth adding: close in score, from another sentence, short. */
  function companion(q: ParsedQuery, passages: Passage[]): Passage | undefined {
    if (q.intent === 'figure') return undefined;
    const top = passages[0]!;
    return passages.find(
      (p) =>
        p !== top &&
        p.hit.chunk.docId === top.hit.chunk.docId &&
        (p.end <= top.start || p.start >= top.end) &&
        p.score >= top.score * 0.9 &&
        p.coverage >= minCoverage &&
        p.text.length <= 60,
    );
  }

  function docOf(p: Passage): ReportDocument {
    return index.documentsById.get(p.hit.chunk.docId)!;
  }

  function periodNote(q: ParsedQuery, doc: ReportDocument, exact: boolean): string {
    if (exact || !q.time || q.time.kind !== 'interval') return '';
    const later = doc.period.end < q.time.start;
    return `没有${q.time.label}的报告，以下出自${later ? '最新' : '最接近'}的${doc.period.label}报告。`;
  }

  async function single(q: ParsedQuery, school: string, started: number): Promise<Answer> {
    const docs = docsBySchool.get(school)!;
    const choice = choosePeriod(docs, (d) => d.period, q.time)!;
    const retrieveStart = performance.now();
    const { passages, found } = await bestIn(q, [choice.item]);
    const retrieveMs = performance.now() - retrieveStart;
    const doc = choice.item;
    const base = { question: q.question, school, period: doc.period.label };
    const top = passages[0];
    if (!found) {
      const related = relatedPassage(q, passages);
      const topic = topicOf(q);
      const lead = `${doc.school}${doc.period.label}报告中没有找到${topic ? `“${topic}”的` : '相关的'}${q.intent === 'figure' ? '具体数字' : '明确说明'}。`;
      if (!related) return finish({ ...base, found: false, answer: lead, citations: [] }, started, retrieveMs);
      const s = shown(q, related);
      const c = citationOf(1, s.p, docOf(related), related.hit.chunk.section);
      return finish(
        { ...base, found: false, answer: `${lead}报告中相关的内容：${quoted(s.p.text, 1, s.cutBefore, s.cutAfter)}`, citations: [c] },
        started,
        retrieveMs,
      );
    }
    const picked = [top!, ...(companion(q, passages) ? [companion(q, passages)!] : [])].sort((a, b) => a.start - b.start);
    const citations: Citation[] = [];
    const parts = picked.map((p, i) => {
      const s = shown(q, p);
      citations.push(citationOf(i + 1, s.p, docOf(p), p.hit.chunk.section));
      return quoted(s.p.text, i + 1, s.cutBefore, s.cutAfter);
    });
    const answer = `${periodNote(q, doc, choice.exact)}${school}：${parts.join('；')}`;
    return finish({ ...base, found: true, answer, citations }, started, retrieveMs);
  }

  /**
   * The institutions worth reading for a question that names none. A handful are each searched; a
   * province-wide index is searched once and the institutions of the best passages are kept, so
   * the cost does not grow with the number of reports.
   */
  async function candidateSchools(q: ParsedQuery, all: string[]): Promise<string[]> {
    if (all.length <= MAX_SCHOOLS_SCANNED) return all;
    const hits = await search.search(q.terms, q.terms.map((t) => t.term).join(' '), { fusion: deps.fusion, k: 60 });
    return [...new Set(hits.map((h) => h.chunk.school))].slice(0, MAX_SCHOOLS_SCANNED);
  }

  /** One line per institution that answers, each cited. */
  async function cross(q: ParsedQuery, named: string[], started: number): Promise<Answer> {
    const retrieveStart = performance.now();
    const schoolList = await candidateSchools(q, named);
    const lines: string[] = [];
    const citations: Citation[] = [];
    const results = await Promise.all(
      schoolList.map(async (school) => {
        const choice = choosePeriod(docsBySchool.get(school)!, (d) => d.period, q.time)!;
        return { school, ...(await bestIn(q, [choice.item])) };
      }),
    );
    const retrieveMs = performance.now() - retrieveStart;
    for (const r of results) {
      if (!r.found) continue;
      const top = r.passages[0]!;
      const s = shown(q, top);
      const n = citations.length + 1;
      citations.push(citationOf(n, s.p, docOf(top), top.hit.chunk.section));
      lines.push(`${r.school}（${docOf(top).period.label}）：${quoted(s.p.text, n, s.cutBefore, s.cutAfter)}`);
    }
    if (lines.length === 0) {
      return finish(
        {
          question: q.question,
          found: false,
          answer: `各校报告中都没有找到${topicOf(q) ? `“${topicOf(q)}”的` : '相关'}内容。目前收录：${coveredList()}。`,
          citations: [],
        },
        started,
        retrieveMs,
      );
    }
    const missing = results.filter((r) => !r.found).map((r) => r.school);
    const tail = missing.length ? `\n（${missing.join('、')}的报告未提及。）` : '';
    return finish({ question: q.question, found: true, answer: `${lines.join('\n')}${tail}`, citations }, started, retrieveMs);
  }

  /** No institution named: answer from the one that clearly answers, or one line per institution. */
  async function open(q: ParsedQuery, started: number): Promise<Answer> {
    const all = [...docsBySchool.keys()];
    if (q.cross) return cross(q, all, started);
    const results = await Promise.all(
      all.map(async (school) => ({ school, r: await bestIn(q, [choosePeriod(docsBySchool.get(school)!, (d) => d.period, q.time)!.item]) })),
    );
    const answering = results.filter((x) => x.r.found).sort((a, b) => b.r.passages[0]!.score - a.r.passages[0]!.score);
    if (answering.length === 1) return single(q, answering[0]!.school, started);
    if (answering.length === 0) {
      return finish(
        {
          question: q.question,
          found: false,
          answer: `报告中没有找到${topicOf(q) ? `“${topicOf(q)}”的` : '相关'}内容。可以说明是哪所学校，例如：${all[0]}。目前收录：${coveredList()}。`,
          citations: [],
        },
        started,
        0,
      );
    }
    return cross(
      q,
      answering.map((x) => x.school),
      started,
    );
  }

  function catalog(q: ParsedQuery, started: number): Answer {
    const citations: Citation[] = [];
    const lines = index.documents.map((d, i) => {
      const at = d.text.indexOf(d.title);
      const span = { start: Math.max(at, 0), end: Math.max(at, 0) + d.title.length, text: d.title };
      citations.push(citationOf(i + 1, span, d, []));
      return `${d.school}《${d.title}》（${d.period.label}）[${i + 1}]`;
    });
    return finish({ question: q.question, found: true, answer: `目前收录的报告：\n${lines.join('\n')}`, citations }, started, 0);
  }

  async function answer(question: string, options: AnswerOptions = {}): Promise<Answer> {
    const started = performance.now();
    if (options.school && !matcher.resolve(options.school)) {
      throw new AppError('UNKNOWN_SCHOOL', `未收录“${options.school}”。目前收录：${coveredList()}。`);
    }
    const q = understand(question, options);
    if (q.schools.length === 0 && q.unknownSchools.length > 0) {
      return finish(
        { question: q.question, found: false, answer: `暂未收录${q.unknownSchools.join('、')}的信息公开报告。目前收录：${coveredList()}。`, citations: [] },
        started,
        0,
      );
    }
    if (q.intent === 'catalog') return catalog(q, started);
    if (q.schools.length > 1) return cross(q, q.schools, started);
    if (q.schools.length === 1) return single(q, q.schools[0]!, started);
    return open(q, started);
  }

  async function retrieve(question: string, options: AnswerOptions & { k?: number } = {}): Promise<Hit[]> {
    const q = understand(question, options);
    const targets = q.schools.length ? q.schools : [...docsBySchool.keys()];
    const docIds = new Set(targets.map((s) => choosePeriod(docsBySchool.get(s)!, (d) => d.period, q.time)!.item.docId));
    return search.search(q.terms, q.terms.map((t) => t.term).join(' '), { docIds, fusion: deps.fusion, k: options.k ?? 5 });
  }

  return { answer, retrieve, schools, document: (id) => index.documentsById.get(id), matcher, search };
}

/** The question's main topic words, for "没有找到…" replies. */
function topicOf(q: ParsedQuery): string {
  const seen = new Set<string>();
  const picked: string[] = [];
  for (const t of q.terms) {
    if (t.source !== t.term || t.weight < 1 || t.term.length < 2 || seen.has(t.term) || !/[\u4e00-\u9fa5]/.test(t.term)) continue;
    seen.add(t.term);
    picked.push(t.term);
  }
  return picked.slice(0, 3).join('');
}

function finish(a: Omit<Answer, 'timings'>, started: number, retrieveMs: number): Answer {
  const total = performance.now() - started;
  return { ...a, timings: { retrieveMs: round(retrieveMs), answerMs: round(Math.max(total - retrieveMs, 0)) } };
}

const round = (x: number) => Math.round(x * 100) / 100;
