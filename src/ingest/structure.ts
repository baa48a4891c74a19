// Recovers a report's heading tree from its numbered lines, deciding levels from the document itself.
import type { Section } from '../types.js';
import type { Line } from './lines.js';
import { HIERARCHY, type Marker, sentences, splitHeadingLine } from './markers.js';

interface Candidate {
  line: number;
  heading: string;
  body: string;
  marker?: Marker;
  /** Explicit level from a Word heading style or Markdown #, when the line has no marker. */
  hLevel?: number;
  /** Explicit heading blocks are never demoted to list items. */
  forced: boolean;
  isHeading: boolean;
}

/** Families that a document may use for plain enumerations as well as for headings. */
const LISTABLE = new Set(['dot', '、', 'paren', 'circled']);

// (…and so is one ending in an amount set off by a space, "七、其他收入 25,739.21": a line of a table read as text.)
const FLATTENED_ROW = /(?:[\s\t]+[\d.%,]+){3,}\s*$|\s-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})\s*$/;

function findCandidates(lines: Line[], from: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    // A table flattened into text ("一、本年新收申请数量 412 37 2 1 465") is a row, not a heading.
    if (line.kind === 'table-row' || FLATTENED_ROW.test(line.text)) continue;
    const split = splitHeadingLine(line.text);
    if (line.kind === 'heading') {
      out.push({
        line: i,
        heading: split?.heading ?? line.text,
        body: split?.body ?? '',
        marker: split?.marker,
        hLevel: split ? undefined : (line.level ?? 1),
        forced: true,
        isHeading: true,
      });
    } else if (split && line.kind !== 'list-item') {
      out.push({ line: i, heading: split.heading, body: split.body, marker: split.marker, forced: false, isHeading: true });
    }
  }
  return out;
}

/**
 * A bare number and a title (7 存在问题与改进措施) is a chapter only where decimal headings of it follow (7.1 …):
 * alone it is a numbered line like any other (3 名学生 is no chapter).
 */
function demoteLoneChapters(cands: Candidate[]): void {
  for (const c of cands) {
    if (c.forced || c.marker?.style !== 'decimal1') continue;
    const n = c.marker.path![0];
    if (!cands.some((o) => o.marker?.path && o.marker.path.length >= 2 && o.marker.path[0] === n)) c.isHeading = false;
  }
}

/** How the clauses of one enumerated sentence end: ； between them, 。 or ； after the last. */
const CLAUSE_END = /[；;]$/;
const CLAUSE_LAST = /[；;。]$/;

/**
 * Lists versus headings. Numbered lines come in runs (1., 2., 3. …). A run is a list of ordinary
 * items — "1.新媒体平台：网站主页、政务信息公开网、…。" — when no member owns more than one
 * sentence of text (its run-in body plus the paragraphs up to the next numbered line) and none is
 * followed by a deeper numbered run. Otherwise every member is a heading: "1.基本信息。党政办公室…。
 * 在学校OA…。". Deciding per run keeps siblings consistent even when one item is short.
 */
function demoteLists(cands: Candidate[], lines: Line[]): void {
  const ownSentences = (k: number): number => {
    const c = cands[k]!;
    const next = cands[k + 1]?.line ?? lines.length;
    const text = [c.body, ...lines.slice(c.line + 1, next).map((l) => l.text)].join('\n');
    return sentences(text).length;
  };
  const hasChildRun = (k: number): boolean => {
    const c = cands[k]!;
    const n = cands[k + 1];
    return !!n?.marker && !!c.marker && n.marker.value === 1 && n.marker.style !== c.marker.style;
  };
  const open = new Map<string, number[]>();
  const runs: number[][] = [];
  cands.forEach((c, k) => {
    // 一、 and （一） are headings by convention; only arabic and circled numbering doubles as lists
    // (…and a run of clauses each closed by ；, below).
    if (!c.marker || c.forced || !LISTABLE.has(c.marker.family)) return;
    const run = open.get(c.marker.style);
    const last = run && cands[run.at(-1)!]!.marker!.value;
    if (run && last === c.marker.value - 1) run.push(k);
    else {
      const fresh = [k];
      open.set(c.marker.style, fresh);
      runs.push(fresh);
    }
  });
  // "（一）入学未满一学期的；（二）…；（六）…的。": clauses of one sentence, each closed by ； and the last by 。.
  const clauses = (run: number[]) =>
    run.length >= 2 && run.every((k, i) => (i === run.length - 1 ? CLAUSE_LAST : CLAUSE_END).test(lines[cands[k]!.line]!.text.trim()));
  for (const run of runs) {
    // (A run shaped as clauses is a list whatever follows its last item: 3. …。 then a paragraph of its own.)
    if (clauses(run) && !run.some(hasChildRun)) {
      for (const k of run) cands[k]!.isHeading = false;
      continue;
    }
    const conventional = run.some((k) => cands[k]!.marker!.style === 'cn' || cands[k]!.marker!.style === 'paren-cn');
    if (conventional) continue;
    const headingRun = run.some((k) => ownSentences(k) >= 2 || hasChildRun(k));
    if (!headingRun) for (const k of run) cands[k]!.isHeading = false;
  }
}

interface Open {
  section: number;
  marker?: Marker;
  hLevel?: number;
}

/**
 * Levels come from the document's own numbering, not a fixed table. Walking the headings with a
 * stack of open levels, a heading
 *  1. continues the deepest open sequence of the same marker style whose last number is one less;
 *  2. else continues one of the same family (一、 → 1、, （一） → （2）), which absorbs mixed numbering
 *     such as 1、 2、 三、 四、 or （一） （2） （三）;
 *  3. else, numbered 1, opens a new level under the current heading (the first 一、 run starts at
 *     the top, or under the current 第X部分/第X章: the official convention; a second 一、 run
 *     while the first is open nests under the current heading);
 *  4. else, with a gap in the numbers (二、 then 四、), joins the level where its style is open;
 *  5. else opens a new level under the current heading.
 * Explicit Word/Markdown heading levels nest by their number.
 */
function assignLevels(cands: Candidate[]): number[] {
  const stack: Open[] = [];
  const parents: number[] = [];
  const popTo = (depth: number) => stack.splice(depth);
  cands.forEach((c, k) => {
    if (c.hLevel !== undefined) {
      let d = stack.length;
      while (d > 0 && !(stack[d - 1]!.hLevel !== undefined && stack[d - 1]!.hLevel! < c.hLevel)) d--;
      popTo(d);
    } else {
      const m = c.marker!;
      const find = (pred: (o: Open) => boolean) => {
        for (let d = stack.length - 1; d >= 0; d--) if (pred(stack[d]!)) return d;
        return -1;
      };
      // 2.1 after 1.2, 2.3.1 under 2.3: a decimal heading closes every open decimal heading as deep as it or deeper.
      if (m.path) {
        const d = stack.findIndex((o) => !!o.marker?.path && o.marker.path.length >= m.path!.length);
        if (d >= 0) popTo(d);
        parents.push(stack.length > 0 ? stack.at(-1)!.section : -1);
        stack.push({ section: k, marker: c.marker, hLevel: c.hLevel });
        return;
      }
      const h = hierIndex(m);
      if (h >= 0) {
        popTo(hierarchyDepth(stack, h));
        parents.push(stack.length > 0 ? stack.at(-1)!.section : -1);
        stack.push({ section: k, marker: c.marker, hLevel: c.hLevel });
        return;
      }
      let d = find((o) => o.marker?.style === m.style && o.marker.value === m.value - 1);
      if (d < 0) d = find((o) => o.marker?.family === m.family && o.marker.value === m.value - 1);
      if (d >= 0) popTo(d);
      else if (m.value === 1 && m.style === 'cn') {
        // 一、 restarts under the innermost open chapter (or part, article), else at the top; a
        // second 一、 run while one is open there is a list inside the current heading (a template
        // table's rows 一、二、三、 under 三、收到和处理…), not new parts.
        const hier = lastHierarchy(stack);
        const openRun = stack.some((o, i) => i >= hier && o.marker?.style === 'cn');
        if (!openRun) {
          const firstNumbered = stack.findIndex((o, i) => o.hLevel === undefined && hierIndex(o.marker) < 0 && i >= hier);
          popTo(firstNumbered < 0 ? stack.length : firstNumbered);
        }
      } else if (m.value !== 1) {
        d = find((o) => o.marker?.style === m.style);
        if (d < 0) d = find((o) => o.marker?.family === m.family);
        if (d >= 0) popTo(d);
      }
    }
    parents.push(stack.length > 0 ? stack.at(-1)!.section : -1);
    stack.push({ section: k, marker: c.marker, hLevel: c.hLevel });
  });
  return parents;
}

const hierIndex = (m: Marker | undefined): number => (m ? (HIERARCHY as readonly string[]).indexOf(m.style) : -1);
/** One past the innermost open 第X章/节/条 heading (0 when none is open). */
const lastHierarchy = (stack: Open[]): number => {
  for (let d = stack.length - 1; d >= 0; d--) if (hierIndex(stack[d]!.marker) >= 0) return d + 1;
  return 0;
};

/**
 * Where a 第X部分/章/节/条 heading goes: under the innermost open heading of an outer kind (an
 * article under its chapter, a chapter under its part), closing everything opened since. A
 * chapter with no part open goes to the top, above Word heading levels and 一、 numbering; an
 * article or section with no outer kind open stays under the ordinary heading it follows
 * ("一、总则" › "第一条"), as a sibling of earlier articles there.
 */
function hierarchyDepth(stack: Open[], h: number): number {
  for (let d = stack.length - 1; d >= 0; d--) {
    const oh = hierIndex(stack[d]!.marker);
    if (oh >= 0 && oh < h) return d + 1;
  }
  if (h <= HIERARCHY.indexOf('chapter')) return 0;
  const same = stack.findIndex((o) => hierIndex(o.marker) >= h);
  return same >= 0 ? same : stack.length;
}

/** The heading tree of a document body, as sections with offsets into the cleaned text. */
export function recoverSections(lines: Line[], bodyStart: number): Section[] {
  const cands = findCandidates(lines, bodyStart);
  demoteLists(cands, lines);
  demoteLoneChapters(cands);
  const headings = cands.filter((c) => c.isHeading);
  const parents = assignLevels(headings);
  const sections: Section[] = [];
  headings.forEach((c, k) => {
    const parent = parents[k]! >= 0 ? sections[parents[k]!]! : undefined;
    const start = lines[c.line]!.start;
    sections.push({
      id: k,
      parent: parent ? parent.id : null,
      level: parent ? parent.level + 1 : 1,
      heading: c.heading,
      path: [...(parent?.path ?? []), c.heading],
      start,
      end: start + c.heading.length,
    });
  });
  return sections;
}
