// Tables typed into plain text as rows of cells between "|" ("项目 | 数量 | 单位") or tabs, as web pages,
// hand-made reports and text pasted out of Word flatten them: a run of two or more such lines with the same number of cells
// is a table whose first line is the header. Tables aligned with spaces ("宿舍类型    所在校区    收费标准")
// are read by their header's columns.
import { type Block, tableRowText } from './blocks.js';
import { alignedTable } from './aligned-table.js';

const cellsOf = (line: string): string[] | undefined => {
  const t = line.trim().replace(/^\||\|$/g, '');
  if (!t.includes('|')) return tabCellsOf(line);
  const cells = t.split('|').map((c) => c.trim());
  return cells.length >= 2 && cells.some((c) => c.length > 0) ? cells : undefined;
};

/** Cells separated by tabs, as a table copied out of Word or a spreadsheet pastes ("学院\t专业\t人数"). */
function tabCellsOf(line: string): string[] | undefined {
  const t = line.trim();
  if (!t.includes('\t')) return undefined;
  const cells = t.split('\t').map((c) => c.trim());
  // (A label and its value, "联系人：\t王老师", is a line of its own, no row of a table.)
  if (/[：:]$/.test(cells[0]!)) return undefined;
  return cells.length >= 2 && cells.filter((c) => c.length > 0).length >= 2 ? cells : undefined;
}

/** A line whose every non-empty cell already reads "header：value". */
const headed = (line: string) => {
  const cells = cellsOf(line)?.filter((c) => c.length > 0);
  return !!cells && cells.every((c) => /^[^：:|]{1,30}[：:]/.test(c));
};

/** Paragraph blocks for plain lines, table-row blocks (cells prefixed by their header) for pipe tables. */
export function plainTextBlocks(lines: string[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length;) {
    // (Tab-separated rows go by their tabs, not by where the tabs happen to align.)
    const tabbed = !!tabCellsOf(lines[i]!) && tabCellsOf(lines[i + 1] ?? '')?.length === tabCellsOf(lines[i]!)!.length;
    const aligned = tabbed ? undefined : alignedTable(lines, i);
    if (aligned) {
      for (const row of aligned.rows) out.push({ kind: 'table-row', text: tableRowText(aligned.header, row) });
      i = aligned.end;
      continue;
    }
    // Rows already written with their headers ("专业：会计学 | 人数：120", as exported) stay as they are.
    const first = headed(lines[i]!) ? undefined : cellsOf(lines[i]!);
    let end = i + 1;
    while (first && end < lines.length && cellsOf(lines[end]!)?.length === first.length) end++;
    if (!first || end - i < 2) {
      out.push({ kind: 'paragraph', text: lines[i]! });
      i++;
      continue;
    }
    for (let k = i + 1; k < end; k++) {
      const cells = cellsOf(lines[k]!)!;
      if (cells.every((c) => /^:?-{2,}:?$/.test(c))) continue;
      out.push({ kind: 'table-row', text: tableRowText(first, cells) });
    }
    i = end;
  }
  return out;
}
