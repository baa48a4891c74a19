// "哪个专业去向落实率最高", "哪个学院毕业生最多": the row of a table that ranks first by a column. The
// table is found by its headers, not by retrieval: one column names the kind of row asked (专业), another
// holds the measure (去向落实率). Rows are compared by that column's figure; total rows (合计, 全校) and
// elided rows (……) take no part. The row is quoted by its name and figure cells and cited.
import type { ParsedQuery } from '../retrieve/query.js';
import { isGenericHead } from '../retrieve/query.js';
import { recognise } from '../text/figures.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { ReportDocument } from '../types.js';
import { holds } from './coverage.js';
import { unaskedPart } from './population-parts.js';
import { type RowSpan, cellsOf, tablesOf } from './table-filter.js';

/** A question asking which row of a kind ranks first: 哪个专业…最高, which college … the most. */
const WHICH_ROW = /哪(?:一)?(?:个|些|几个|家|所)?(专业|学院|二级学院|院系|项目|城市|省份|地区|行业|单位|校区|岗位|类别)|(?:的)(专业|学院|二级学院|院系|项目|城市|省份|行业|单位|校区)(?:是|为)哪|which (major|college|school|department|city|province|industry|employer)/i;
const ENGLISH_KIND: Record<string, string> = {
  major: '专业',
  college: '学院',
  school: '学院',
  department: '学院',
  city: '城市',
  province: '省份',
  industry: '行业',
  employer: '单位',
};

/** Headers of columns that number rows, not name them. */
const ORDINAL_HEADER = /代码|编号|序号|编码|排名|名次/;

/** Rows that sum or elide the others. */
const NOT_A_ROW = /合计|总计|小计|全校|全院|平均|总体|^[.…·\s]*$/;

export interface RankedRow {
  doc: ReportDocument;
  section: string[];
  kind: string;
  /** The header of the column compared (去向落实率). */
  measure: string;
  row: RowSpan;
  /** The cell naming the row and the cell holding its figure. */
  name: RowSpan;
  value: RowSpan;
  rank: 'max' | 'min';
}

const headerOf = (cell: string) => /^([^：:]{1,30})[：:]/.exec(cell)?.[1]?.trim() ?? '';
const valueText = (cell: string) => cell.replace(/^[^：:]{1,30}[：:]\s*/, '');

/** The row kind a question asks to rank, if it asks which row ranks first. */
export function rankedRowKind(question: string): string | undefined {
  const m = WHICH_ROW.exec(normalizeForMatch(question));
  if (!m) return undefined;
  return m[1] ?? m[2] ?? ENGLISH_KIND[m[3]!.toLowerCase()];
}

/**
 * The first row by the measure asked, in the first table of the documents whose headers name the
 * row kind and hold the measure. Undefined when the question ranks no rows or no table fits.
 */
export function rankedRow(q: ParsedQuery, docs: ReportDocument[]): RankedRow | undefined {
  if (!q.rank) return undefined;
  const kind = rankedRowKind(q.question);
  if (!kind) return undefined;
  // The measure: the words typed besides the row kind (去向落实率), each of which the column's header must hold.
  const words = [...new Set(q.terms.filter((t) => t.source === t.term && t.weight >= 1 && !kind.includes(t.term) && !t.term.includes(kind) && !isGenericHead(t.term)).map((t) => t.term))];
  if (words.length === 0) return undefined;
  for (const doc of docs) {
    for (const table of tablesOf(doc)) {
      const headers = cellsOf(table[0]!).map((c) => headerOf(c.text));
      // The column naming rows: the kind itself or its 名称 (专业名称), never its code (专业代码) or a number column.
      const named = (h: string) => h === kind || h === `${kind}名称` || (h.includes(kind) && !ORDINAL_HEADER.test(h));
      const nameAt = headers.findIndex(named);
      // The column whose header holds the most measure words (all of them, when there are several).
      // (A column of a part the question does not name, 硕士毕业生人数 for 毕业生去得最多的行业, ranks only that part.)
      const scored = headers.map((h, i) => ({
        i,
        n: i === nameAt || unaskedPart(q.question, h) ? 0 : words.filter((w) => holds(normalizeForMatch(h), w)).length,
      }));
      const best = scored.sort((a, b) => b.n - a.n)[0];
      if (nameAt < 0 || !best || best.n === 0 || best.n < Math.min(words.length, 2)) continue;
      // A header holding figures (升学人数升学率26.39%: a PDF's cells run into its header) is no header to trust.
      if (/\d/.test(headers[best.i]!) || /\d/.test(headers[nameAt]!)) continue;
      const rate = words.some((w) => /率|比例|占比/.test(w));
      const rows = table.flatMap((row) => {
        const cells = cellsOf(row);
        const name = cells[nameAt];
        const value = cells[best.i];
        if (!name || !value || NOT_A_ROW.test(valueText(name.text)) || /^[\d\s.]+$/.test(valueText(name.text))) return [];
        // A rate asked (升学率) is compared by percentages: a count in a column whose header merely holds the word is not one.
        if (rate && !/%|％/.test(value.text) && !/%|％/.test(headers[best.i]!)) return [];
        const figure = recognise(valueText(value.text))[0];
        const n = figure?.value ?? Number(valueText(value.text).replace(/,/g, ''));
        return Number.isFinite(n) && /\d/.test(value.text) ? [{ row, name, value, n }] : [];
      });
      // Words the measure column does not hold (智能制造学院 of 智能制造学院哪个专业…) pick the rows compared.
      const header = normalizeForMatch(headers[best.i]!);
      const picks = words.filter((w) => !holds(header, w));
      const picked = picks.length ? rows.filter((r) => picks.every((w) => holds(normalizeForMatch(r.row.text), w))) : rows;
      if (picked.length < 2) continue;
      const top = picked.reduce((a, b) => ((q.rank === 'min' ? b.n < a.n : b.n > a.n) ? b : a));
      // Two rows tied at the top: no one row ranks first.
      if (picked.filter((r) => r.n === top.n).length > 1) continue;
      const section = doc.sections.filter((s) => s.start <= table[0]!.start).sort((a, b) => b.start - a.start)[0]?.path ?? [];
      return { doc, section, kind, measure: headers[best.i]!, row: top.row, name: top.name, value: top.value, rank: q.rank };
    }
  }
  return undefined;
}
