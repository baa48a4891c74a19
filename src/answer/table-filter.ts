// "哪些专业学费上浮了": a question listing the rows of a table whose cells say something (备注：上浮10%).
// The rows are found by their cells, not by retrieval: every row of the document's tables that holds the
// question's filter words, with at least one of them in a cell's value, is listed by its name cell and the
// cell that matched — each quoted verbatim from its row and cited. A filter every row passes filters nothing.
import type { ParsedQuery } from '../retrieve/query.js';
import { isGenericHead } from '../retrieve/query.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { ReportDocument } from '../types.js';
import { holds } from './coverage.js';
import { rowKey } from './table-row.js';

/** What a list of rows asks for: the kind of row (专业) after 哪些. */
// (A level of the kind may stand before it: 哪几个二级学院; other words before it, 热门, are filters.)
const ROW_LIST = /(?:哪些|哪几个|哪几种|哪几项|有什么)((?:二级|直属|下属|附属|所属)?(?:专业|项目|学院|宿舍|房型|课程|岗位|收费项目|渠道|平台))|which (majors|programmes|programs|items)/i;
/** People listed (哪几个同学, 哪些人): the rows of a table of names. */
const PEOPLE_LIST = /(?:哪些|哪几个|哪几位|哪几名|有谁|都有谁)(?:同学|学生|人|老师|获奖者)?|which students|who (?:won|got|received)/i;
const ENGLISH_ROW: Record<string, string> = { majors: '专业', programmes: '专业', programs: '专业', items: '项目' };

/** "跟哪几所国外学校合作", "在哪几个校区上课": a kind that a column holds beside the rows' own names. */
const COLUMN_LIST = /(?:哪些|哪几所|哪几个|哪几家|哪两个|哪两所|有几个|有几所)(?:国外|境外|外国|外方|合作|国内)?(学校|院校|高校|大学|校区)|(哪几天|哪些天|哪几号|哪些日子|哪几个日子)/;
const COLUMN_KINDS: Record<string, string> = { 学校: '院校', 院校: '院校', 高校: '院校', 大学: '院校', 校区: '校区', 哪几天: '日期', 哪些天: '日期', 哪几号: '日期', 哪些日子: '日期', 哪几个日子: '日期' };
const COLUMN_KIND = new Set(Object.values(COLUMN_KINDS));

/** Column headers that name a row kind in other words (房间类型 for 宿舍, 公开渠道 for 渠道). */
const KIND_HEADERS: Record<string, RegExp> = {
  院校: /院校|学校|高校|大学/,
  校区: /校区/,
  日期: /日期/,
  宿舍: /宿舍|房间|房型|寝室|公寓/,
  房型: /房间|房型|宿舍/,
  渠道: /渠道|平台|载体|途径/,
  平台: /平台|渠道|载体/,
};

/** True when a column header names the row kind asked. */
export function headsKind(header: string, kind: string): boolean {
  return header.includes(kind) || !!KIND_HEADERS[kind]?.test(header);
}

/** A list of names asks who got something; 能, 可以 ask who may. */
const GOT = /拿了|拿到|获得|获奖|评上|入选|名单|都有谁|有谁|won|got|received/i;
const MAY = /能|可以|可否|需要|要求|条件|\bcan\b|\bmay\b/i;

/** Words naming the people a list of names lists. */
const PEOPLE_WORDS = /^(?:同学|学生|人|老师|获奖者|获奖学生)$/;

/** Most rows a reply lists. */
export const MAX_LISTED_ROWS = 10;

export interface RowSpan {
  start: number;
  end: number;
  text: string;
}

export interface FilteredRows {
  doc: ReportDocument;
  /** The section path of the table. */
  section: string[];
  /** The row kind asked (专业) and the filter words that picked the rows (上浮). */
  kind: string;
  filter: string[];
  /** Each row, with its name cell and the cells that hold a filter word (at most MAX_LISTED_ROWS). */
  rows: { row: RowSpan; cells: RowSpan[] }[];
  /** How many rows matched in all. */
  total: number;
}

/** Words that negate a filter: the question then asks the rows without it. */
const NEGATION = /不|没|未|无|非/;

/** The row kind a question lists, if it lists rows. */
export function listedRowKind(question: string): string | undefined {
  const norm = normalizeForMatch(question);
  const column = COLUMN_LIST.exec(norm);
  if (column) return COLUMN_KINDS[(column[1] ?? column[2])!];
  const m = ROW_LIST.exec(norm);
  if (m) return m[1] ?? ENGLISH_ROW[m[2]!.toLowerCase()];
  const people = PEOPLE_LIST.exec(norm);
  // (哪些 alone asks people only when it names them: 哪几个同学, 都有谁; and only who got something, 拿了,
  // 获得, 名单 — 哪些人可以申请 asks who may, a rule, not a list of names.)
  return people && /[同学生人师者谁]|students|who/i.test(people[0]) && GOT.test(norm) && !MAY.test(norm) ? '姓名' : undefined;
}

/** The cells of a table line with their offsets in the document. */
export function cellsOf(line: RowSpan): RowSpan[] {
  const out: RowSpan[] = [];
  let from = 0;
  for (const part of line.text.split(' | ')) {
    const at = line.text.indexOf(part, from);
    out.push({ start: line.start + at, end: line.start + at + part.length, text: part });
    from = at + part.length;
  }
  return out;
}

/** Tables of a document: runs of consecutive "header：value | …" lines. */
export function tablesOf(doc: ReportDocument): RowSpan[][] {
  const tables: RowSpan[][] = [];
  let current: RowSpan[] = [];
  let at = 0;
  for (const line of doc.text.split('\n')) {
    if (line.includes(' | ')) current.push({ start: at, end: at + line.length, text: line });
    else if (current.length) (tables.push(current), (current = []));
    at += line.length + 1;
  }
  if (current.length) tables.push(current);
  return tables;
}

const valueOf = (cell: string) => normalizeForMatch(cell.replace(/^[^：:]{1,30}[：:]/, ''));

/**
 * The rows of the institution's documents that a 哪些专业…上浮 question lists: in a table with a
 * column of the row kind, those holding every filter word, one of them in a cell's value. Undefined
 * when the question lists no rows, names no filter, or the filter passes every row or none.
 */
export function filteredRows(q: ParsedQuery, docs: ReportDocument[]): FilteredRows | undefined {
  const kind = listedRowKind(q.question);
  if (!kind) return undefined;
  if (COLUMN_KIND.has(kind)) return columnValues(q, docs, kind);
  // The filter: the words typed besides the row kind (学费 names the column, 上浮 the rows).
  // (People listed: 同学, 学生 name the rows' kind, as 专业 does.)
  const ofKind = (w: string) => kind.includes(w) || (kind === '姓名' && PEOPLE_WORDS.test(w));
  const filter = [...new Set(q.terms.filter((t) => t.source === t.term && t.weight >= 1 && !ofKind(t.term) && !isGenericHead(t.term) && !/\d/.test(t.term)).map((t) => t.term))];
  // "有哪几个二级学院": nothing to pick rows by; every row of a table listing that kind is the answer.
  // (…but not the new ones asked, 新开了哪些专业: every row of the table is no list of what was added.)
  if (filter.length === 0) return kind === '姓名' || q.qualifier === 'new' ? undefined : allRows(q, docs, kind);
  // 哪些专业没有上浮, 不招非全日制: a negated filter asks the other rows; left to the usual path.
  const question = normalizeForMatch(q.question);
  if (NEGATION.test(filter.reduce((t, w) => t.split(w).join(' '), question))) return undefined;
  // Figures typed (上浮15%) must be in the row as typed.
  // (A year, cohort or period typed, 2015年, 2024级, is the time asked, not a cell.)
  const typedFigures = (question.match(/\d+(?:\.\d+)?%?(?![\d年届级学])/g) ?? []).filter((f) => !/^(?:19|20)\d{2}$/.test(f));
  for (const doc of docs) {
    // A figure typed that the rows leave out (上浮 in the row, 上浮15％ in the notice's text) when the
    // document states it with a filter word, and no row gives the filter word another figure.
    const body = normalizeForMatch(doc.text);
    const statedFor = (f: string) => filter.some((w) => new RegExp(`${w}[^，。；\\d]{0,6}${f.replace(/[.%]/g, (c) => `\\${c}`)}`).test(body));
    for (const table of tablesOf(doc)) {
      if (!table.some((r) => cellsOf(r).some((c) => /^[^：:]{0,12}[：:]/.test(c.text) && headsKind(c.text.split(/[：:]/)[0]!, kind)))) continue;
      // A section's span is its heading line: the table is under the last heading before it.
      const section = doc.sections.filter((s) => s.start <= table[0]!.start).sort((a, b) => b.start - a.start)[0]?.path ?? [];
      // Words its heading or the document's title says (本科生国家奖学金获奖学生名单, 港澳台…招生简章) pick the
      // table; the others pick its rows.
      const ownHeading = normalizeForMatch(section.at(-1) ?? '');
      const heading = `${ownHeading} ${normalizeForMatch(doc.title)}`;
      const ofRows = filter.filter((w) => !holds(heading, w));
      // (Every word the table's own, its heading naming some and no cell holding any: "主动公开信息都走哪些渠道" lists
      // the rows of the table of channels. Not a rank asked, 哪些专业学费最贵: that orders the rows.)
      if (ofRows.length === 0) {
        // (A word its heading names is the table's subject, whatever a cell says: 公开 of 公开渠道 | 信息公开网.)
        const picking = filter.filter((w) => !holds(ownHeading, w));
        const cellHolds = table.some((r) => cellsOf(r).some((c) => picking.some((w) => holds(valueOf(c.text), w))));
        const all = !q.rank && !cellHolds && filter.some((w) => holds(ownHeading, w)) ? keyedRows(table, kind) : undefined;
        if (all) return { doc, section, kind, filter: [], rows: all.slice(0, MAX_LISTED_ROWS), total: all.length };
        continue;
      }
      const rows = table.flatMap((row) => {
        const cells = cellsOf(row);
        const text = normalizeForMatch(row.text);
        if (!ofRows.every((w) => holds(text, w)) || !typedFigures.every((f) => text.includes(f) || statedFor(f))) return [];
        // A cell saying the word negated (暂不上浮) does not hold it.
        const matched = cells.filter((c) => filter.some((w) => holds(valueOf(c.text), w) && !new RegExp(`(?:不|未|无|没有|暂不)\\s*${w}`).test(valueOf(c.text))));
        // …but a row giving another figure with the word (上浮10% for 上浮15%) is not one of them.
        if (typedFigures.some((f) => !text.includes(f)) && matched.some((c) => /\d/.test(valueOf(c.text)))) return [];
        return matched.length ? [{ row, cells: matched }] : [];
      });
      if (rows.length === 0 || rows.length === table.length) continue;
      // The words the rows were picked by (上浮), not those naming a column every row has (学费).
      const picked = filter.filter((w) => rows.some((r) => r.cells.some((c) => holds(valueOf(c.text), w))));
      return { doc, section, kind, filter: picked, rows: rows.slice(0, MAX_LISTED_ROWS), total: rows.length };
    }
  }
  return undefined;
}

/** A table's last row summing the others (合计, 总计): no row of the kind listed. */
const TOTAL_KEY = /^(?:合计|总计|小计|全校|全院|总体|汇总)$/;

/** The rows of a table the kind keys (二级学院：…), one per value, named by that cell; undefined for another table. */
function keyedRows(table: RowSpan[], kind: string): { row: RowSpan; cells: RowSpan[] }[] | undefined {
  const headed = (r: RowSpan) => cellsOf(r).find((c) => /^[^：:]{0,12}[：:]/.test(c.text) && headsKind(c.text.split(/[：:]/)[0]!, kind));
  // (Only a table the kind keys, one row per value: a list of prize winners names a 学院 per row, often the same.)
  const rows = table.flatMap((row) => {
    const cell = headed(row);
    return cell && normalizeForMatch(rowKey(row.text)) === valueOf(cell.text) && !TOTAL_KEY.test(valueOf(cell.text).trim()) ? [{ row, cells: [cell] }] : [];
  });
  return rows.length < 2 || new Set(rows.map((r) => valueOf(r.cells[0]!.text).trim())).size < rows.length ? undefined : rows;
}

/** Every row of the first table with a column of the kind asked (二级学院：…), named by that cell. */
function allRows(q: ParsedQuery, docs: ReportDocument[], kind: string): FilteredRows | undefined {
  for (const doc of docs) {
    for (const table of tablesOf(doc)) {
      const rows = keyedRows(table, kind);
      if (!rows) continue;
      const section = doc.sections.filter((s) => s.start <= table[0]!.start).sort((a, b) => b.start - a.start)[0]?.path ?? [];
      return { doc, section, kind, filter: [], rows: rows.slice(0, MAX_LISTED_ROWS), total: rows.length };
    }
  }
  return undefined;
}

/**
 * The different values of the first column the kind heads (合作院校, 就读校区), each with the first row that gives it:
 * what a list of partner schools or campuses asks when the rows are 专业 and the kind stands in a cell beside them.
 */
function columnValues(q: ParsedQuery, docs: ReportDocument[], kind: string): FilteredRows | undefined {
  // (Only a table about what was asked: 迁户口哪几天办 is not answered by the dates of a table of 离校手续.)
  const topics = [...new Set(q.terms.filter((t) => t.source === t.term && t.weight >= 1 && !isGenericHead(t.term) && !/\d/.test(t.term)).map((t) => t.term))];
  for (const doc of docs) {
    for (const table of tablesOf(doc)) {
      const section = doc.sections.filter((s) => s.start <= table[0]!.start).sort((a, b) => b.start - a.start)[0]?.path ?? [];
      const about = normalizeForMatch(`${section.join(' ')} ${table.map((r) => r.text).join(' ')} ${doc.title}`);
      if (topics.length && !topics.some((w) => holds(about, w))) continue;
      const seen = new Map<string, { row: RowSpan; cells: RowSpan[] }>();
      for (const row of table) {
        const cell = cellsOf(row).find((c) => /^[^：:]{0,12}[：:]/.test(c.text) && headsKind(c.text.split(/[：:]/)[0]!, kind));
        const value = cell ? valueOf(cell.text).trim() : '';
        if (!cell || !value || /^[—–\-－/／]+$/.test(value) || TOTAL_KEY.test(value) || seen.has(value)) continue;
        seen.set(value, { row, cells: [cell] });
      }
      if (!seen.size) continue;
      const rows = [...seen.values()];
      return { doc, section, kind, filter: [], rows: rows.slice(0, MAX_LISTED_ROWS), total: rows.length };
    }
  }
  return undefined;
}

/** The cell naming a listed row: the one headed by the kind asked (专业名称 for 专业), else the row's key. */
export function nameCell(row: RowSpan, kind: string): RowSpan | undefined {
  const cells = cellsOf(row);
  const headed = cells.find((c) => headsKind(c.text.split(/[：:]/)[0] ?? '', kind) && !isValue(c.text));
  if (headed) return headed;
  const key = rowKey(row.text);
  return cells.find((c) => c.text.endsWith(key));
}

const isValue = (cell: string) => /[：:]\s*[\d.]+\s*$/.test(cell);
