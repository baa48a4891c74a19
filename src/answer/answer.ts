// answer(question, options) → Answer: wires the stages understand → candidates → pick → compose →
// check, and routes a question to one institution, a comparison, an open search or a question back.
import { withAntecedent } from './antecedent.js';
import { toWholeItem, withEnumeration, withParallelItems } from './enumeration.js';
import { ownAbbreviations } from '../retrieve/own-abbreviations.js';
import type { FigureRecord } from '../types.js';
import { type Mention, scopedQuestions } from './scoped.js';
import { recognise } from '../text/figures.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { Span } from './sentences.js';
import { PLACES, PROVINCES } from '../text/org-names.js';
import { isNoun } from '../text/jieba.js';
import { documentsNaming, withDepartmentOwner, withMentioned } from './mentioned.js';
import { AppError } from '../errors.js';
import { KIND_LABELS } from '../ingest/kinds.js';
import type { LoadedIndex } from '../index/store.js';
import { type Fusion, type Hit, SearchIndex } from '../retrieve/hybrid.js';
import { ASKS_DOC_NUMBER, ASKS_ISSUED_WHEN, ASKS_PUBLISHED, type ParsedQuery, type QueryContext, isGenericHead, listedWords, parseQuery, pointedDocWords } from '../retrieve/query.js';
import { type SchoolMatcher, createSchoolMatcher } from '../retrieve/schools.js';
import { namesSeveralPeriods } from '../retrieve/time.js';
import type { Lexicon } from '../text/synonyms.js';
import type { Answer, Explain, ReportDocument } from '../types.js';
import { type Passage, candidates, listHeadingOf, mentionsChannel, ownItemAsked } from './candidates.js';
import { check } from './check.js';
import { Citations, MAX_LIST_QUOTE, type Quote, citationOf, composeDecision } from './compose.js';
import type { TurnContext } from './context.js';
import { coverage, termGroups } from './coverage.js';
import { type DocChoice, documentsFor, preferredKinds } from './documents.js';
import { asksChange, figureRoute } from './figures-answer.js';
import { type LlmDeps, createLlmAnswerer } from './llm/compose-llm.js';
import type { ModelStats } from './llm/stats.js';
import { type Decision, isUnitOf, normalizedText, pick } from './pick.js';
import { type Query, understand } from './understand.js';
import { statesNone, statesValueOf } from './stated-value.js';
import { exampleMisfits } from './figure-match.js';
import { type FilteredRows, filteredRows, nameCell } from './table-filter.js';
import { type RankedRow, rankedRow } from './table-rank.js';
import { asksOnlyTheFigure, rankedPart } from './part-rank.js';
import { scopeAliases } from './scope-aliases.js';
import { quoteCells, rowCells } from './table-row.js';

export interface AnswerOptions {
  /** Restrict to one institution (a widget's data-school, the CLI's --school) unless the question names another. */
  school?: string;
  /** The previous turn, for follow-ups. */
  context?: TurnContext;
  /** Today's date for relative time (去年); defaults to the answerer's clock. */
  today?: Date;
  /** Attach what each stage decided. */
  explain?: boolean;
}

export interface AnswererDeps {
  index: LoadedIndex;
  lexicon: Lexicon;
  aliases?: Record<string, string[]>;
  today?: () => Date;
  fusion?: Fusion;
  /** Least share of the question a passage must cover to count as an answer (calibrated on the dev set). */
  minCoverage?: number;
  /** An optional language model that words replies from the cited passages, checked before use (LLM=openai). */
  llm?: LlmDeps;
}

export interface SchoolEntry {
  school: string;
  reports: { docId: string; title: string; kind: string; period: string }[];
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
  /** What the model path did so far, when a model is configured. */
  modelStats?(): ModelStats;
}

const DEFAULT_MIN_COVERAGE = 0.3;
/** Most names remembered with the documents that name them. */
const MENTIONED_MAX = 2000;
/** Comparisons read at most this many institutions' reports (one line each). */
const MAX_SCHOOLS_SCANNED = 8;
/** Candidates shown per decision in an explanation. */
const EXPLAIN_CANDIDATES = Number(process.env.EXPLAIN_CANDIDATES ?? 5);
/** A line's own label before its colon (2. 科研启动经费：), after any list marker. */
const LINE_LABEL = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]\s*)?([^：:，。；,;]{2,16})[：:]/;

interface Timer {
  retrieveMs: number;
}

/** How far a figure an earlier part already answered with falls for a later part. */
const TAKEN_PENALTY = 0.3;

interface Decided {
  decision: Decision;
  choices: DocChoice[];
  passages: Passage[];
}

type Scope = Explain['understand']['scope'];

export function createAnswerer(deps: AnswererDeps): Answerer {
  const { index, lexicon } = deps;
  const search = new SearchIndex(index);
  const docsBySchool = new Map<string, ReportDocument[]>();
  for (const d of index.documents) (docsBySchool.get(d.school) ?? docsBySchool.set(d.school, []).get(d.school)!).push(d);
  // Other names a document gives its institution (a second name, co-issuers, metadata) join the aliases.
  const aliases: Record<string, string[]> = { ...deps.aliases };
  for (const d of index.documents) if (d.aliases.length) aliases[d.school] = [...(aliases[d.school] ?? []), ...d.aliases];
  // Abbreviations the documents state (简写为“HUAHE”) and acronyms their files are named by (wust-…).
  for (const [school, names] of ownAbbreviations(index.documents)) aliases[school] = [...(aliases[school] ?? []), ...names];
  // …and the scope a governing body's notices cover (浙江公办高校 for 浙江省物价局's 公办普通高校学费 notice).
  for (const [school, names] of scopeAliases(index.documents)) aliases[school] = [...(aliases[school] ?? []), ...names];
  const matcher = createSchoolMatcher([...docsBySchool.keys()], aliases);
  // Institutions only named inside others' documents (a provincial notice's table of schools).
  const mentioned = new Map<string, ReportDocument[]>();
  const naming = (name: string) => {
    // Names typed by users are many: the memo is bounded.
    if (!mentioned.has(name) && mentioned.size >= MENTIONED_MAX) mentioned.clear();
    return mentioned.get(name) ?? mentioned.set(name, documentsNaming(name, index.documents, normalizedText)).get(name)!;
  };
  const docsOf = (school: string) => docsBySchool.get(school) ?? mentioned.get(school) ?? [];
  const minCoverage = deps.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const clock = deps.today ?? (() => new Date());
  const idf = (t: string) => Math.max(search.idf(t), 0.2);
  const kindOf = (docId: string) => index.documentsById.get(docId)?.kind;
  // What the reports' words tell the question reader: used, spelled in pinyin, spelled out in full.
  const vocabulary = {
    known: (t: string) => search.known(t),
    romanized: (w: string) => search.romanized(w),
    spelledOut: (w: string) => search.spelledOut(w),
    columnsOf: (v: string) => search.columnsOf(v),
    frequency: (t: string) => search.frequency(t),
  };

  const schools = (): SchoolEntry[] =>
    [...docsBySchool].map(([school, docs]) => ({
      school,
      reports: docs.map((d) => ({ docId: d.docId, title: d.title, kind: d.kind, period: d.period.label })),
    }));
  /** The covered institutions for a reply; a province-wide index is summarised, not listed in full. */
  const coveredList = () => {
    const all = schools();
    const shown = all.slice(0, 10).map((s) => `${s.school}（${[...new Set(s.reports.map((r) => r.period))].join('、')}）`);
    // No count: a reply carries no number that is not in a cited quote.
    return all.length > 10 ? `${shown.join('、')}等（问“收录了哪些文件”可看全部）` : shown.join('、');
  };

  /** The question as asked of one of the institutions it compares: another's name (a required term when only a table names it) is not this one's topic. */
  const forSchool = (q: ParsedQuery, school: string): ParsedQuery => ({
    ...q,
    terms: q.terms.filter((t) => t.source === school || !q.schools.includes(t.source)),
  });

  /** Stages 2 and 3 for one institution: its documents for the time asked, candidates, the decision. */
  async function decide(q: ParsedQuery, school: string, timer: Timer): Promise<Decided> {
    const t0 = performance.now();
    // Other bodies' documents that name the institution (a province's fee notice listing its fees)
    // are read too, below its own.
    const own = docsBySchool.get(school);
    const choices = own
      ? [
          ...documentsFor(own, q.time, pointedDocWords(q.question)),
          ...naming(school).map((doc) => ({
            doc,
            exact: q.time?.kind !== 'interval' || (doc.period.start <= q.time.end && q.time.start <= doc.period.end),
            primary: false,
          })),
        ]
      : documentsFor(docsOf(school), q.time, pointedDocWords(q.question));
    const options = {
      preferredKinds: preferredKinds(q.question),
      kindOf,
      exactDocs: new Set(choices.filter((c) => c.exact).map((c) => c.doc.docId)),
      primaryDocs: new Set(choices.filter((c) => c.primary).map((c) => c.doc.docId)),
    };
    // (A unit named after the institution, 浙江中医药大学滨江学院 of 浙江中医药大学, publishes for a part of it: its own
    // lines answer, below the institution's own documents, as they never name the whole.)
    const ownIds = new Set(choices.filter((c) => c.doc.school === school || isUnitOf(c.doc.school, school)).map((c) => c.doc.docId));
    const subUnits = new Map(choices.filter((c) => isUnitOf(c.doc.school, school)).map((c) => [c.doc.docId, normalizeForMatch(c.doc.school.slice(school.length))]));
    const foreignIds = new Set(choices.filter((c) => !ownIds.has(c.doc.docId)).map((c) => c.doc.docId));
    const ownPassages = ownIds.size ? (await candidates(q, ownIds, { search, fusion: deps.fusion }, { ...options, subUnits })).passages : [];
    // Read apart, so the other bodies' many passages about the topic do not crowd out the institution's own.
    const foreign = foreignIds.size
      ? (await candidates(q, foreignIds, { search, fusion: deps.fusion }, { ...options, naming: { docIds: foreignIds, name: school } })).passages
      : [];
    // A time asked that a document of the kind covers: another period's document of that kind does
    // not answer (its figure would be another year's, presented as the one asked).
    const byId = new Map(choices.map((c) => [c.doc.docId, c]));
    const coveredKinds = new Set(choices.filter((c) => c.exact && c.doc.school === school).map((c) => c.doc.kind));
    const inPeriod = (docId: string) => {
      const c = byId.get(docId);
      return !q.time || !c || c.exact || !coveredKinds.has(c.doc.kind) || namesSeveralPeriods(q.question);
    };
    // A figure an earlier part of the message was answered with is not this part's answer while another fits.
    const takenAt = (p: Passage) => !!p.figure && !!q.taken?.some((t) => t.docId === p.hit.chunk.docId && t.at === p.start + p.figure!.figure.start);
    const passages = [...ownPassages, ...foreign]
      .filter((p) => inPeriod(p.hit.chunk.docId))
      .map((p) => (takenAt(p) ? { ...p, score: p.score - TAKEN_PENALTY, focus: false } : p))
      .sort((a, b) => b.score - a.score || a.text.length - b.text.length);
    timer.retrieveMs += performance.now() - t0;
    const env = { search, documentsById: index.documentsById, minCoverage };
    const picked = pick(q, school, choices, passages, env);
    // A rule that lists items (依次按以下顺序：（一）…；（二）…) is quoted with all of them.
    // A list asked whose items a heading names (存在哪些问题 under （一）存在的问题): the heading's whole list.
    // The headings beside a passage's own, under the same heading above.
    const siblingHeadings = (p: Passage) => {
      const path = p.hit.chunk.section;
      const doc = index.documentsById.get(p.hit.chunk.docId);
      const same = (s: { path: string[] }) => s.path.length === path.length && s.path.slice(0, -1).every((x, i) => x === path[i]);
      return (doc?.sections ?? []).filter(same).map((s) => s.path.at(-1)!);
    };
    const listUnder = (d: { passage: Passage }) => listedWords(q).some((w) => normalizeForMatch(listHeadingOf(d.passage.hit.chunk.section)).includes(w));
    // …unless the passage's own item is what the question names (教学质量 of 6.教学质量信息公开。): that item's line.
    const ownItem = picked.outcome === 'answer' && q.listed !== undefined && ownItemAsked(q, picked.passage.hit.chunk.section, siblingHeadings(picked.passage));
    const listed = ownItem
      ? extended(picked, (p, text) => toWholeItem(p, text))
      : picked.outcome === 'answer' && q.intent !== 'figure'
        ? extended(picked, (p, text) => withEnumeration(p, text, listUnder(picked)))
        : picked;
    // …and one item of a line of parallel items (…（龙子湖校区）；…（英才校区）；…) stands for the line.
    const paralleled = listed.outcome === 'answer' && q.listed ? extended(listed, (p, text) => withParallelItems(p, text, q.listed!)) : listed;
    // …and a passage pointing back to contact ways (可通过上述方式举报) is quoted with the sentence that gives them.
    const decision = paralleled.outcome === 'answer' && q.unit === 'phone' ? extended(paralleled, (p, text) => withAntecedent(p, text)) : paralleled;
    // (A blank cell of what is asked already says the table gives no figure: no sentence is looked for in its stead.)
    const asValue = decision.outcome === 'refuse' && decision.reason !== 'blank-cell' ? await statedValue(q, school, choices, env) : undefined;
    return asValue ?? { decision, choices, passages };
  }

  /** The picked passage extended (to the items it introduces, its line of parallel items); a companion it now holds goes. */
  function extended<D extends { passage: Passage; companion?: Passage }>(d: D, extend: (p: Passage, docText: string) => Passage): D {
    const passage = extend(d.passage, index.documentsById.get(d.passage.hit.chunk.docId)!.text);
    const inside = (c: Passage) => c.hit.chunk.docId === passage.hit.chunk.docId && c.start >= passage.start && c.end <= passage.end;
    return { ...d, passage, companion: d.companion && !inside(d.companion) ? d.companion : undefined };
  }

  /**
   * "等级要达到多少": 多少 asked of a measure no figure states (B+B及以上) — when no unit is asked, the
   * sentence that states the measure's value ("选测科目等级为B+B及以上") answers. "申请有几件": when the
   * report says there were none ("未收到依申请公开的信息"), that sentence answers.
   */
  async function statedValue(q: ParsedQuery, school: string, choices: DocChoice[], env: Parameters<typeof pick>[4]): Promise<Decided | undefined> {
    if (q.intent !== 'figure') return undefined;
    // With no unit asked, a value stated in words; with a count asked, a statement that there was none.
    const states = (text: string) =>
      (!q.unit && q.measure.length > 0 && statesValueOf(text, q.measure)) || (q.unit !== 'money' && q.unit !== 'percent' && statesNone(text));
    const asFact: ParsedQuery = { ...q, intent: 'what' };
    const { passages, hits: dbgHits } = await candidates(
      asFact,
      new Set(choices.map((c) => c.doc.docId)),
      { search, fusion: deps.fusion },
      {
        preferredKinds: preferredKinds(q.question),
        kindOf,
        exactDocs: new Set(choices.filter((c) => c.exact).map((c) => c.doc.docId)),
        primaryDocs: new Set(choices.filter((c) => c.primary).map((c) => c.doc.docId)),
      },
    );
    // (A worked example's sentence, 该生代偿金额为24366元 after 例：…, states no one's value.)
    const inExample = (p: Passage) => {
      const text = index.documentsById.get(p.hit.chunk.docId)?.text ?? '';
      return exampleMisfits(p.text, q.question, text.slice(text.lastIndexOf('\n', p.start - 1) + 1, p.end).replace(/[。；;\s]+$/, ''));
    };
    const stating = passages.filter((p) => states(p.text) && !inExample(p));
    if (stating.length === 0) return undefined;
    const decision = pick(asFact, school, choices, stating, env);
    // A statement from a report of another period than the one asked is not that period's.
    if (decision.outcome === 'answer' && q.time?.kind === 'interval' && !choices.find((c) => c.doc.docId === decision.doc.docId)?.exact) return undefined;
    return decision.outcome === 'answer' ? { decision, choices, passages: stating } : undefined;
  }

  /** Quotes for a question: long passages trimmed to the part holding its terms (and, for figures, a digit). */
  const quoterFor = (cites: Citations, q: ParsedQuery): Quote => {
    const groups = termGroups(q.terms, idf);
    // A figure question's quote keeps a digit; a 在哪 question's keeps the channel.
    // (…and so does one asking how a fee is charged, 怎么收费: its amount is what it asks, 1元／小时.)
    const keepsDigit = q.intent === 'figure' || q.unit === 'money';
    return cites.quoter(
      (text) => coverage(groups, normalizeForMatch(text)) + (keepsDigit && /\d/.test(text) ? 0.2 : 0) + (q.intent === 'where' && mentionsChannel(text) ? 0.2 : 0),
      // A list asked is quoted with all its items.
      q.listed && q.intent !== 'figure' ? MAX_LIST_QUOTE : undefined,
    );
  };

  /** The question's main topic words, for "没有找到…" replies. */
  function topicOf(q: ParsedQuery): string {
    const seen = new Set<string>();
    const picked: string[] = [];
    // A colloquial word the lexicon explains (读博) is named as typed.
    const explained = (t: { term: string }) => q.terms.some((x) => x.source === t.term && x.term !== t.term && x.weight >= 0.5);
    for (const t of q.terms) {
      if (t.source !== t.term || (t.weight < 1 && !explained(t)) || t.term.length < 2 || seen.has(t.term) || !/[\u4e00-\u9fa5]/.test(t.term)) continue;
      seen.add(t.term);
      picked.push(t.term);
    }
    // An English question types no Chinese word: the Chinese its words translate to (满意度) names the topic.
    if (picked.length === 0) {
      const translated = q.terms.filter((t) => /^[\u4e00-\u9fa5]{2,}$/.test(t.term) && t.weight >= 0.5 && /^[a-z ]+$/.test(t.source));
      // The longest English phrase translated (job satisfaction before job) names it best.
      const best = [...translated].sort((a, b) => b.source.length - a.source.length)[0];
      return best?.term ?? '';
    }
    return picked.slice(0, 3).join('');
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

  interface Composed {
    text: string;
    found: boolean;
    decided: Decided[];
    school?: string;
    period?: string;
    /** A which-one reply (哪个学院最多) quoting the top one's figure, with its unit: a following "多少篇" is answered by it. */
    ranked?: { unit: string };
  }

  /** The rows a table filter picked: each by its name and the cells that matched, quoted and cited. */
  function rowList(listed: FilteredRows, cites: Citations): Composed {
    const lines = listed.rows.map(({ row, cells }) => {
      const n = cites.list.length + 1;
      cites.list.push(citationOf(n, row, listed.doc, listed.section));
      const all = rowCells(row);
      const named = nameCell(row, listed.kind);
      const key = named && all.find((c) => c.start === named.start);
      const shown = [...new Set([...(key ? [key] : []), ...cells.map((c) => all.find((a) => a.start === c.start)!)])].sort((a, b) => a.start - b.start);
      return quoteCells(row, shown, n);
    });
    // Never a cut list presented as the whole.
    const more = listed.total > listed.rows.length ? `（共${listed.total}项，列出前${listed.rows.length}项）` : '';
    // (People listed by their names: the list of them, 名单.)
    const head = `${listed.doc.school}《${listed.doc.title}》中${listed.filter.join('、')}的${listed.kind === '姓名' ? '名单' : listed.kind}${more}：`;
    return { text: `${head}\n${lines.join('\n')}`, found: true, decided: [], school: listed.doc.school, period: listed.doc.period.label };
  }

  /** A column that counts (毕业生数, 人数): its first row has the most, not the highest. */
  const COUNTED = /数|量|（人）|\(人\)/;

  /** The row a table ranks first by the column asked, by its name and figure cells, quoted and cited. */
  function rankedReply(ranked: RankedRow, cites: Citations): Composed {
    const n = cites.list.length + 1;
    cites.list.push(citationOf(n, ranked.row, ranked.doc, ranked.section));
    const all = rowCells(ranked.row);
    const shown = [ranked.name, ranked.value].map((c) => all.find((a) => a.start === c.start)!).filter(Boolean).sort((a, b) => a.start - b.start);
    const head = `${ranked.doc.school}《${ranked.doc.title}》表中${ranked.measure}${COUNTED.test(ranked.measure) ? (ranked.rank === 'max' ? '最多' : '最少') : ranked.rank === 'max' ? '最高' : '最低'}的${ranked.kind}：`;
    return { text: `${head}\n${quoteCells(ranked.row, shown, n)}`, found: true, decided: [], school: ranked.doc.school, period: ranked.doc.period.label };
  }

  function single(q: ParsedQuery, d: Decided, cites: Citations): Composed {
    const text = composeDecision(d.decision, q.time, topicOf(q), q.intent === 'figure', quoterFor(cites, q));
    return { text, found: d.decision.outcome === 'answer', decided: [d], school: d.decision.school, period: d.decision.doc.period.label };
  }

  /** One cited line per institution that answers, ranked by the figure when one is asked for. */
  async function compare(q: ParsedQuery, named: string[], cites: Citations, timer: Timer): Promise<Composed> {
    const list = await candidateSchools(q, named);
    const decided = await Promise.all(list.map((s) => decide(forSchool(q.scoped?.[s] ?? q, s), s, timer)));
    const quote = quoterFor(cites, q);
    const answering = decided.filter((d) => d.decision.outcome === 'answer');
    if (answering.length === 0) {
      const topic = topicOf(q);
      return { text: `各家的文件中都没有找到${topic ? `“${topic}”的` : '相关'}内容。目前收录：${coveredList()}。`, found: false, decided };
    }
    const valueOf = (d: Decided) => (d.decision.outcome === 'answer' ? d.decision.passage.figure?.figure : undefined);
    const values = answering.map(valueOf);
    // Ranked only when asked (哪所最多) and every figure counts the same kind of thing.
    const classes = new Set(values.map((v) => v?.unitClass).filter(Boolean));
    const comparable = !!q.rank && q.intent === 'figure' && values.every((v) => v?.value !== undefined) && classes.size <= 1;
    const ranked = comparable ? [...answering].sort((a, b) => (q.rank === 'min' ? 1 : -1) * ((valueOf(a)!.value ?? 0) - (valueOf(b)!.value ?? 0))) : answering;
    const lines = ranked.map((d) => {
      const dec = d.decision as Extract<Decision, { outcome: 'answer' }>;
      return `${dec.school}（${dec.doc.period.label}）：${quote(dec.passage)}`;
    });
    const head = comparable && ranked.length > 1 ? `按数字从${q.rank === 'min' ? '少到多' : '多到少'}：\n` : '';
    const missing = decided.filter((d) => d.decision.outcome !== 'answer').map((d) => d.decision.school);
    const tail = missing.length ? `\n（${missing.join('、')}的文件未提及。）` : '';
    return { text: `${head}${lines.join('\n')}${tail}`, found: true, decided };
  }

  /**
   * Institutions a figures table has no record for: their reports are read passage by passage (a
   * figure the extractor missed is still found there); those that still do not state it stay listed.
   */
  async function passageLines(q: ParsedQuery, schools: string[], cites: Citations, timer: Timer) {
    const decided = await Promise.all(schools.map((s) => decide(forSchool(q, s), s, timer)));
    const quote = quoterFor(cites, q);
    const lines: string[] = [];
    const missing: string[] = [];
    for (const d of decided) {
      if (d.decision.outcome === 'answer') lines.push(`${d.decision.school}（${d.decision.doc.period.label}）：${quote(d.decision.passage)}`);
      else missing.push(d.decision.school);
    }
    return { lines, missing, decided };
  }

  /** The table's text with passage lines added before its "not stated" line, which lists only those left. */
  function withPassageLines(table: string, extra: { lines: string[]; missing: string[] }): string {
    // Lines read passage by passage are not in the table's order: the table then claims no ranking.
    const table0 = table.split('\n未说明：')[0]!;
    const body = extra.lines.length ? table0.replace(/，按数字从(?:多到少|少到多)：/, '：') : table0;
    const tail = extra.missing.length ? `\n未说明：${extra.missing.join('、')}的报告中没有这项数字。` : '';
    return `${body}${extra.lines.map((l) => `\n${l}`).join('')}${tail}`;
  }

  /** Words asking of several institutions at once. */
  const SEVERAL_ASKED = /[两几三四]所|[两几三四]家|各校|各个学校|各学校|分别|各自|哪所|哪家|哪个学校/;

  /** Whether one of an institution's own documents has a thing the question typed (a noun of full weight) in its title. */
  function aboutTypedThing(q: ParsedQuery, school: string): boolean {
    // (Only the question's main thing, the weightiest noun typed that is no generic head: 学生 names every document.)
    const typed = q.terms.filter((t) => t.source === t.term && t.weight >= 1 && t.term.length >= 2 && isNoun(t.term) && !isGenericHead(t.term));
    const things = typed.length ? [typed.reduce((a, b) => (search.idf(b.term) > search.idf(a.term) ? b : a)).term] : [];
    return (docsBySchool.get(school) ?? []).some((d) => things.some((w) => normalizeForMatch(d.title).includes(w)));
  }

  /** True when a place the question types (浙江, 武汉) opens the institution's name. */
  function placeTypedInName(q: ParsedQuery, school: string): boolean {
    const name = normalizeForMatch(school);
    const question = normalizeForMatch(q.question);
    return q.terms.some(
      (t) =>
        t.weight >= 1 &&
        t.term.length >= 2 &&
        (PROVINCES.includes(t.term) || PLACES.includes(t.term)) &&
        name.startsWith(t.term) &&
        // (…in English too: Zhejiang's public higher-vocational colleges.)
        (!question.includes(t.term)
          ? /\b(?:colleges?|universit(?:y|ies)|institutions?)\b/i.test(question) && !/\b(?:students?|applicants?|candidates?) from\b/i.test(question)
          : new RegExp(`${t.term}(?:省|市)?(?:的)?[\u4e00-\u9fa5]{0,4}?(?:高校|高职|院校|大学|学院|公办|民办)`).test(question) &&
            !new RegExp(`${t.term}(?:省|市)?(?:的)?(?:考生|生源|籍|学生|地区)`).test(question)),
    );
  }

  /** A signature: the body's name on a line of its own, the date on the next. */
  const SIGNATURE = /^[ \t　]*[\u4e00-\u9fa5（）()]{2,30}(?:大学|学院|学校|办公室|处|委员会|厅|局|中心)[ \t　]*\n[ \t　]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[ \t　]*$/gm;

  /** No institution named: answer from the one that clearly answers, or one line per institution. */
  async function open(q: ParsedQuery, cites: Citations, timer: Timer): Promise<Composed> {
    const all = [...docsBySchool.keys()];
    if (q.cross) return compare(q, all, cites, timer);
    const scanned = await Promise.all((await candidateSchools(q, all)).map((s) => decide(q, s, timer)));
    // A place typed that some institutions' names hold (Zhejiang's public colleges → 浙江省物价局, 浙江中医药大学):
    // the question is about those, not another's passage on the rest (高职 of 哈尔滨信息工程学院).
    // (Only a place that names a kind of institution, 浙江公办高校, not where students come from, 湖南考生; and
    // never those refusing in place of another that answers.)
    const placed = scanned.filter((d) => placeTypedInName(q, d.decision.school));
    const decided = placed.some((d) => d.decision.outcome === 'answer') ? placed : scanned;
    // One institution whose document is about a thing typed (转专业 of its 转专业实施细则) is the one asked about,
    // whether it answers or says it does not: another's passage naming the rest (住宿费) is about something else.
    const titled = decided.filter((d) => aboutTypedThing(q, d.decision.school));
    // (Not where the question asks of several at once: 两所大学…分别.)
    if (titled.length === 1 && decided.length > 1 && !SEVERAL_ASKED.test(normalizeForMatch(q.question))) return single(q, titled[0]!, cites);
    const answering = decided
      .filter((d) => d.decision.outcome === 'answer')
      .sort((a, b) => (b.decision as { passage: Passage }).passage.score - (a.decision as { passage: Passage }).passage.score);
    if (answering.length === 1) return single(q, answering[0]!, cites);
    if (answering.length === 0) {
      const topic = topicOf(q);
      return {
        text: `文件中没有找到${topic ? `“${topic}”的` : '相关'}内容。可以说明是哪所学校或单位，例如：${all[0]}。目前收录：${coveredList()}。`,
        found: false,
        decided,
      };
    }
    return compare(
      q,
      answering.map((d) => d.decision.school),
      cites,
      timer,
    );
  }

  function catalog(q: ParsedQuery): Composed & { citations: ReturnType<typeof citationOf>[] } {
    // Those of the institutions named, if any; with the date each was published when that is asked.
    const named = q.schools.length ? index.documents.filter((d) => q.schools.includes(d.school)) : index.documents;
    // (…and of each institution's, the ones whose titles hold a word the question names, if any: 住宿费 of 住宿费通知的文号.)
    const titleNamed = (d: ReportDocument) =>
      q.terms.some((t) => t.weight >= 1 && t.term.length >= 2 && !/文件|通知|报告|文号|日期/.test(t.term) && normalizeForMatch(d.title).includes(t.term));
    const docs = named.filter((d) => titleNamed(d) || !named.some((o) => o.school === d.school && titleNamed(o)));
    // (Both may be asked at once: 文号是多少？哪天印发的？ — the date's document is the one the number is asked of.)
    // (Read as matched, traditional characters made simple: 這三份分別是哪天發的.)
    const asked = normalizeForMatch(q.question);
    const numbers = ASKS_DOC_NUMBER.test(asked);
    const dates = ASKS_PUBLISHED.test(asked) || (numbers && ASKS_ISSUED_WHEN.test(asked));
    const signedAsked = SIGNED_ASKED.test(asked);
    const dateWord = signedAsked ? '落款日期' : '发布日期';
    const citations: ReturnType<typeof citationOf>[] = [];
    const lines = docs.map((d) => {
      const at = Math.max(d.text.indexOf(d.title), 0);
      citations.push(citationOf(citations.length + 1, { start: at, end: at + d.title.length, text: d.title }, d, []));
      const line = `${d.school}《${d.title}》（${d.period.label}，${KIND_LABELS[d.kind]}）[${citations.length}]`;
      const said: string[] = [];
      if (numbers) {
        // The number a document prints near its top (蓼交院教〔2025〕17号), not one it cites further down.
        // (On a line of its own, as a masthead prints it: one the body cites, 根据《…》（萱医保发〔2024〕21号）, is another's.)
        const own = [...d.text.slice(0, OWN_NUMBER_HEAD).matchAll(DOC_NUMBER_LINE)].map((m) => ({ index: m.index! + m[0].indexOf(m[1]!), 0: m[1]! }))[0];
        if (own) citations.push(citationOf(citations.length + 1, { start: own.index, end: own.index + own[0].length, text: own[0] }, d, []));
        said.push(own ? `文号为“${own[0]}”[${citations.length}]` : '文件中没有写明文号');
      }
      if (dates) {
        const date = publishedSpan(d, signedAsked);
        if (date) citations.push(citationOf(citations.length + 1, date.span, d, []));
        said.push(date ? `${date.signed ? '落款日期' : '发布于'}“${date.span.text}”[${citations.length}]` : `文件中没有写明${dateWord}`);
      }
      return said.length ? `${line}：${said.join('，')}` : line;
    });
    const heading = dates && numbers ? `各文件的文号和${dateWord}` : dates ? `各文件的${dateWord}` : numbers ? '各文件的文号' : '目前收录的文件';
    return { text: `${heading}：\n${lines.join('\n')}`, found: true, decided: [], citations };
  }

  /** A date said to be the issuing one (2025年2月20日印发). */
  // (Not a date of a document the text cites: 根据2019年4月3日公布的《…》.)
  const ISSUED_ON = /((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(?:印发|发布|公布)(?!的|之)/;

  /** A document number as printed: issuer's short name, the year in brackets, the number (浙价费〔2014〕245号). */
  const DOC_NUMBER_LINE = /^[ \t　]*([\u4e00-\u9fa5]{1,10}[〔［\[（(](?:19|20)\d{2}[〕］\]）)]\s*第?\s*\d{1,4}\s*号)[ \t　]*$/gmu;
  /** How far into a document its own number stands (the masthead, before the body cites others'). */
  const OWN_NUMBER_HEAD = 200;

  /** The date a document is signed under asked (落款, signed), not the one its web page was posted on. */
  const SIGNED_ASKED = /落款|\bsigned\b/i;

  /** How far from its end a document's signing date is looked for. */
  const SIGNED_TAIL = 400;

  /** A date alone on its line (2025年1月20日; 2025年7月 for a guide dated by month): how a document is signed. */
  const DATE_LINE = /^[ \t　]*((?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?)[ \t　]*$/gm;

  /**
   * Where a document states its publication date, as printed (2024-07-15, 2025年1月20日). Its 落款 asked
   * (落款日期, signed on), the date it is signed under comes first, before one its page's header gives.
   */
  function publishedSpan(d: ReportDocument, signedAsked = false): { span: Span; signed: boolean } | undefined {
    const signed = signedAsked || !d.published ? signedSpan(d, signedAsked) : undefined;
    if (signed) return { span: signed, signed: signedAsked };
    // (No 落款 found: the date the page gives is said as its publication date, not as a 落款.)
    const header = headerDateSpan(d);
    return header ? { span: header, signed: false } : undefined;
  }

  /** The date a header or title block gives (read at ingest), found again in the text. */
  function headerDateSpan(d: ReportDocument): Span | undefined {
    if (!d.published) return undefined;
    const [y, m, day] = d.published.split('-').map(Number);
    const re = new RegExp(`${y}\\s*(?:年\\s*0?${m}\\s*月\\s*0?${day}\\s*日|[-/.]0?${m}[-/.]0?${day}(?!\\d))`);
    const hit = re.exec(d.text);
    return hit ? { start: hit.index, end: hit.index + hit[0].length, text: hit[0] } : undefined;
  }

  /** The date a document is issued or signed on, from its own words near its top or end (by month only when 落款 is asked). */
  function signedSpan(d: ReportDocument, monthOnly: boolean): Span | undefined {
    // Said to be issued on it near the top (2025年2月20日印发).
    const issued = ISSUED_ON.exec(d.text.slice(0, SIGNED_TAIL));
    if (issued) return { start: issued.index, end: issued.index + issued[1]!.length, text: issued[1]! };
    // …or on the 印发 line that closes a 红头文件 (抄送：… 校长办公室　2024年6月20日印发).
    const tailFrom = Math.max(0, d.text.length - SIGNED_TAIL);
    // (Only a date closing its line: 2019年9月1日印发的《…》同时废止 names the date of a document replaced.)
    const closing = [...d.text.slice(tailFrom).matchAll(new RegExp(`${ISSUED_ON.source}[ \t　]*$`, 'gm'))].at(-1);
    if (closing) return { start: tailFrom + closing.index!, end: tailFrom + closing.index! + closing[1]!.length, text: closing[1]! };
    // …or under the signing body's name right before an attachment (枫渡职业技术学院 / 2025年2月18日 / 附件…): the
    // first such, an attachment's own signature being no date of the document's.
    const body = [...d.text.matchAll(SIGNATURE)].find((m) => /^\s*附件/.test(d.text.slice(m.index! + m[0].length)));
    if (body) return { start: body.index! + body[0].lastIndexOf(body[1]!), end: body.index! + body[0].lastIndexOf(body[1]!) + body[1]!.length, text: body[1]! };
    const signed = [...d.text.slice(tailFrom).matchAll(DATE_LINE)].filter((m) => monthOnly || m[1]!.endsWith('日')).at(-1);
    return signed ? { start: tailFrom + signed.index! + signed[0].indexOf(signed[1]!), end: tailFrom + signed.index! + signed[0].indexOf(signed[1]!) + signed[1]!.length, text: signed[1]! } : undefined;
  }

  /**
   * A figure comparison: the figure the passage path reads for each institution, where it reads one
   * that fits (its sentence tells a whole from a part, a value from a threshold); the figures index
   * answers for the others.
   */
  async function confirmedFigures(q: ParsedQuery, timer: Timer): Promise<Map<string, FigureRecord> | undefined> {
    // Only institutions the question names: a vague 哪个学校… over every institution reads too little of each.
    if (q.schools.length < 2 || q.intent !== 'figure' || asksChange(q.question)) return undefined;
    const out = new Map<string, FigureRecord>();
    const decided = await Promise.all(q.schools.map(async (s) => [s, (await decide(forSchool(q.scoped?.[s] ?? q, s), s, timer)).decision] as const));
    for (const [s, d] of decided) {
      // A figure whose own words name what is asked (its label holds the measure), of the kind asked.
      const m = d.outcome === 'answer' ? d.passage.figure : undefined;
      // (…or a labelled line above it names the measure: 科研启动经费：理工科博士15万元.)
      const labelledBy = d.outcome === 'answer' && q.measure.length > 0 && measureLabelled(q.measure, d.passage, d.doc.text);
      if (d.outcome !== 'answer' || !m || m.fit <= 0 || (q.measure.length ? m.measureCoverage : m.labelCoverage) <= 0 && !labelledBy) continue;
      if (q.unit && m.figure.unitClass && m.figure.unitClass !== q.unit) continue;
      const f = m.figure;
      if (f.value === undefined || !['quantity', 'cell', 'range'].includes(f.kind)) continue;
      const at = d.passage.start + f.start;
      out.set(s, {
        docId: d.doc.docId,
        school: s,
        period: d.doc.period.label,
        section: d.passage.hit.chunk.section,
        metric: topicOf(q) || f.text,
        value: f.value,
        ...(f.high !== undefined ? { high: f.high } : {}),
        approx: f.approx,
        unit: f.unit ?? '',
        ...(f.unitClass ? { unitClass: f.unitClass } : {}),
        text: f.text,
        start: at,
        end: at + f.text.length,
        quoteStart: d.passage.start,
        quoteEnd: d.passage.end,
      });
    }
    return out;
  }

  /**
   * True when the label of the passage's line (2. 科研启动经费：理工科博士12万元…), or a heading that is such
   * a label, names a measure asked: every figure after it is of that measure.
   */
  function measureLabelled(measure: string[], passage: Passage, text: string): boolean {
    const heading = passage.hit.chunk.section.at(-1) ?? '';
    const lineStart = text.lastIndexOf('\n', passage.start - 1) + 1;
    // (The label nearest the figure: the last one after the last ；, not the line's first.)
    const ownLabel = LINE_LABEL.exec(text.slice(lineStart, passage.start + (passage.figure?.figure.start ?? 0)).split(/[；;]/).at(-1) ?? '')?.[1] ?? '';
    const labels = normalizeForMatch(`${/[：:]\s*$/.test(heading) ? heading : ''} ${ownLabel}`);
    return measure.some((m) => m.length >= 2 && labels.includes(normalizeForMatch(m)));
  }

  /** Routes one (part of a) question. */
  async function route(q: ParsedQuery, cites: Citations, timer: Timer): Promise<Composed> {
    // A comparison giving each institution its own words (A的申诉和B的申请) is asked of each: the figures
    // index, read by one metric for all, is no answer to it.
    // (Each its own year only, 2023年和2024年, is still one metric.)
    if (q.scoped && q.schools.length > 1 && ownWords(q.scoped)) return compare(q, q.schools, cites, timer);
    // Year-over-year and figure comparisons that the figures index answers (figures-answer.ts).
    const confirmed = await confirmedFigures(q, timer);
    const env = { records: index.figures, documentsById: index.documentsById, lexicon, schools: [...docsBySchool.keys()] };
    const fig = figureRoute(q, { ...env, confirmed }, cites.list.length + 1);
    if (fig) {
      cites.list.push(...fig.citations);
      const extra = fig.missing?.length ? await passageLines(q, fig.missing, cites, timer) : undefined;
      const text = extra ? withPassageLines(fig.text, extra) : fig.text;
      return { text, found: fig.found, decided: extra?.decided ?? [], school: fig.school, period: fig.period };
    }
    if (q.schools.length > 1) return compare(q, q.schools, cites, timer);
    if (q.schools.length === 1) {
      // "哪些专业学费上浮了": the rows of a table whose cells say so, listed.
      // (Only the documents of the time asked: another year's list is not this year's.)
      const listed = filteredRows(q, documentsFor(docsBySchool.get(q.schools[0]!) ?? [], q.time).filter((c) => c.exact).map((c) => c.doc));
      if (listed) return rowList(listed, cites);
      // "哪个专业去向落实率最高": the row of a table that ranks first by the column asked.
      const exactDocs = documentsFor(docsBySchool.get(q.schools[0]!) ?? [], q.time).filter((c) => c.exact).map((c) => c.doc);
      const ranked = rankedRow(q, exactDocs);
      if (ranked) return { ...rankedReply(ranked, cites), ranked: { unit: recognise(ranked.value.text.replace(/^[^：:]{1,30}[：:]\s*/, ''))[0]?.unit ?? '' } };
      // "哪个二级学院发稿最多": the top row of a breakdown stated in running text.
      const part = rankedPart(q, env, new Set(exactDocs.map((d) => d.docId)), cites.list.length + 1);
      if (part) {
        cites.list.push(...part.citations);
        return { text: part.text, found: true, decided: [], school: part.school, period: part.period, ranked: { unit: part.unit } };
      }
      return single(q, await decide(q, q.schools[0]!, timer), cites);
    }
    return open(q, cites, timer);
  }

  function scopeOf(q: Query): Scope {
    if (q.schools.length === 0 && q.unknownSchools.length > 0) return 'unknown';
    if (q.schools.length === 0 && q.ambiguousSchools.length > 0) return 'clarify';
    if (q.intent === 'catalog') return 'catalog';
    if (q.schools.length > 1 || (q.schools.length === 0 && q.cross)) return 'compare';
    return q.schools.length === 1 ? 'single' : 'open';
  }

  function explanation(q: Query, scope: Scope, decided: Decided[], checked: { ok: boolean; problems: string[] }): Explain {
    return {
      understand: {
        institutions: q.schools,
        ambiguous: q.ambiguousSchools.map((a) => ({ alias: a.alias, schools: a.schools })),
        unknown: q.unknownSchools,
        period: q.time?.label,
        intent: q.intent,
        scope,
        unit: q.unit,
        measure: q.measure,
        qualifier: q.qualifier,
        rank: q.rank,
        parts: q.parts.map((p) => p.question),
        terms: q.terms.map((t) => `${t.term}:${t.weight.toFixed(2)}`),
        notes: q.notes,
      },
      decisions: decided.map((d) => ({
        school: d.decision.school,
        documents: d.choices.map((c) => ({ title: c.doc.title, period: c.doc.period.label, kind: c.doc.kind, exact: c.exact, primary: c.primary })),
        candidates: d.passages.slice(0, EXPLAIN_CANDIDATES).map((p) => ({
          text: p.text,
          section: p.hit.chunk.section.at(-1) ?? '',
          score: Math.round(p.score * 1000) / 1000,
          coverage: Math.round(p.coverage * 100) / 100,
          ...(p.figure ? { figure: p.figure.figure.text } : {}),
        })),
        outcome: d.decision.outcome,
        ...(d.decision.outcome === 'refuse' ? { reason: d.decision.reason } : {}),
        reasons: d.decision.reasons,
      })),
      check: checked,
    };
  }

  /** True when the institutions' own questions ask about words of their own, not only their own times. */
  const ownWords = (scoped: Record<string, ParsedQuery>) => {
    const typed = Object.values(scoped).map((p) => new Set(p.terms.filter((t) => t.source === t.term && t.weight >= 1).map((t) => t.term)));
    return typed.some((a) => typed.some((b) => [...a].some((w) => !b.has(w))));
  };

  /** A closing comparative ask: 哪个高, 谁更多, 哪家贵. */
  const WHICH_IS_MORE = /(?:哪个|哪家|哪所|谁)(?:的)?(?:更|最)?(?:高|多|大|贵|低|少|便宜)[？?。！!\s]*$/;

  /** Each institution's own question when a comparison gives each its own words (scoped.ts). */
  function scopedOf(x: ParsedQuery, qctx: QueryContext): Pick<ParsedQuery, 'scoped'> {
    if (x.schools.length < 2) return {};
    const norm = normalizeForMatch(x.question);
    const mentions: Mention[] = [];
    for (const h of matcher.find(x.question))
      if (x.schools.includes(h.school)) mentions.push({ school: h.school, start: h.index, end: h.index + h.alias.length });
    for (const s of x.schools) {
      if (mentions.some((m) => m.school === s)) continue;
      const at = norm.indexOf(normalizeForMatch(s));
      if (at >= 0) mentions.push({ school: s, start: at, end: at + s.length });
    }
    if (mentions.length !== x.schools.length) return {};
    const texts = scopedQuestions(norm, mentions);
    if (!texts) return {};
    const scoped: Record<string, ParsedQuery> = {};
    for (const [school, text] of texts) {
      const p = parseQuery(text, qctx);
      // 哪个高 ranks the institutions (compare does): each one's own question asks its figure, not its largest.
      // (…哪个高 asks each one's figure: the comparative ask is a figure's, whatever words are left.)
      const figure = WHICH_IS_MORE.test(text) ? { intent: 'figure' as const } : {};
      scoped[school] = { ...p, schools: [school], time: p.time ?? x.time, cross: false, rank: undefined, ...figure };
    }
    return { scoped };
  }

  async function answer(question: string, options: AnswerOptions = {}): Promise<Answer> {
    const started = performance.now();
    if (options.school && !matcher.resolve(options.school)) {
      throw new AppError('UNKNOWN_SCHOOL', `未收录“${options.school}”。目前收录：${coveredList()}。`);
    }
    const today = options.today ?? clock();
    const understood = understand(question, { school: options.school, context: options.context, today }, { matcher, lexicon, ...vocabulary });
    const qctx = { matcher, lexicon, ...vocabulary, today };
    const withScope = <Q extends ParsedQuery>(x: Q): Q => ({ ...x, ...scopedOf(x, qctx) });
    const owned = <Q extends ParsedQuery>(x: Q): Q => withDepartmentOwner(withMentioned(x, naming), index.documents, normalizedText);
    const q = { ...withScope(owned(understood)), parts: understood.parts.map((p) => withScope(owned(p))) };
    const scope = scopeOf(q);
    const cites = new Citations((p) => index.documentsById.get(p.hit.chunk.docId)!);
    const timer: Timer = { retrieveMs: 0 };
    let composed: Composed & { citations?: ReturnType<typeof citationOf>[]; clarify?: string[] };
    if (scope === 'unknown') {
      composed = { text: `暂未收录${q.unknownSchools.join('、')}的公开文件。目前收录：${coveredList()}。`, found: false, decided: [] };
    } else if (scope === 'clarify') {
      const a = q.ambiguousSchools[0]!;
      composed = { text: `“${a.alias}”可能指：${a.schools.join('、')}。请问是哪一个？`, found: false, decided: [], clarify: a.schools };
    } else if (scope === 'catalog') composed = catalog(q);
    else if (q.parts.length > 1) {
      // Two questions in one message: each part answered in turn, citations numbered across both.
      const answers: Composed[] = [];
      const taken: { docId: string; at: number }[] = [];
      for (const [i, part] of q.parts.entries()) {
        // "哪个学院发稿最多？发了多少篇？": the which-one reply already quotes the top one's figure.
        const ranked = answers.at(-1)?.ranked;
        if (i > 0 && ranked && asksOnlyTheFigure(q.parts[i - 1]!.question, part.question, ranked.unit || undefined)) continue;
        const a = await route({ ...part, taken: [...taken] }, cites, timer);
        answers.push(a);
        for (const d of a.decided) {
          if (d.decision.outcome !== 'answer' || !d.decision.passage.figure) continue;
          taken.push({ docId: d.decision.passage.hit.chunk.docId, at: d.decision.passage.start + d.decision.passage.figure.figure.start });
        }
      }
      const marks = ['①', '②', '③', '④', '⑤'];
      composed = {
        text: answers.length === 1 ? answers[0]!.text : answers.map((a, i) => `${marks[i] ?? '·'}${a.text}`).join('\n'),
        found: answers.every((a) => a.found),
        decided: answers.flatMap((a) => a.decided),
        school: answers[0]!.school,
        period: answers[0]!.period,
      };
    } else composed = await route(q, cites, timer);

    const citations = composed.citations ?? cites.list;
    const draft = { answer: composed.text, citations, found: composed.found, question };
    const checked = check(draft, (text) => matcher.find(text).map((h) => h.school));
    const total = performance.now() - started;
    return {
      question: q.question,
      found: composed.found && checked.ok,
      answer: checked.ok ? composed.text : `${composed.text}\n（部分内容未能核对原文，请以来源为准。）`,
      ...(composed.school ? { school: composed.school } : {}),
      ...(composed.period ? { period: composed.period } : {}),
      ...(q.time?.kind === 'interval' ? { askedPeriod: q.time.label } : {}),
      ...(understood.followed ? { followed: understood.followed } : {}),
      citations,
      ...(composed.clarify ? { clarify: composed.clarify } : {}),
      timings: { retrieveMs: round(timer.retrieveMs), answerMs: round(Math.max(total - timer.retrieveMs, 0)) },
      ...(options.explain ? { explain: explanation(q, scope, composed.decided, checked) } : {}),
    };
  }

  async function retrieve(question: string, options: AnswerOptions & { k?: number } = {}): Promise<Hit[]> {
    const q = understand(
      question,
      { school: options.school, context: options.context, today: options.today ?? clock() },
      { matcher, lexicon, ...vocabulary },
    );
    const targets = q.schools.length ? q.schools : [...docsBySchool.keys()];
    const docIds = new Set(targets.flatMap((s) => documentsFor(docsOf(s), q.time).map((c) => c.doc.docId)));
    return search.search(q.terms, q.terms.map((t) => t.term).join(' '), { docIds, fusion: deps.fusion, k: options.k ?? 5 });
  }

  const extractive: Answerer = { answer, retrieve, schools, document: (id) => index.documentsById.get(id), matcher, search };
  return deps.llm ? createLlmAnswerer(extractive, deps.llm) : extractive;
}

const round = (x: number) => Math.round(x * 100) / 100;
