// A table's unit written once above it ("单位：万元" under the caption of a budget table) is the unit of each
// bare number in its rows: written into the headers, as a header's own bracketed unit would be (决算数（万元）).
import type { Block } from './blocks.js';

/** A unit line (单位：万元, 金额单位：元), alone or ending a caption line (表2 收入决算表 单位：万元). */
const UNIT_LINE = /(?:金额|计量)?单位\s*[：:]\s*(万元|亿元|千元|元|人次|人|个|项|次|篇|条|册|台|辆|平方米|万平方米)\s*$/;
/** A bare number cell: its unit is the table's. */
const BARE_NUMBER = /^-?\d[\d,]*(?:\.\d+)?$/;
/** A header that already carries a unit in brackets. */
const HAS_UNIT = /[（(][^）)]*[）)]\s*$/;
/** Columns that number or code rows (科目编码, 序号, 电话): no amount, no unit. */
const CODE_HEADER = /编码|代码|序号|编号|号码|学号|电话|年份|邮编|行次/;
/** Columns that count or rate (接待人次, 完成率): an amount's unit is not theirs, nor a count's a rate's. */
const COUNT_HEADER = /人次|人数|批次|次数|个数|件数|数量|辆|率|比例|占比|百分比/;
const MONEY_UNIT = /元$/;

/** The blocks with a unit line's unit written into the headers of the table rows right below it. */
export function withTableUnits(blocks: Block[]): Block[] {
  let unit: string | undefined;
  let rows = false;
  return blocks.map((b) => {
    if (b.kind !== 'table-row') {
      // (A blank line between the unit line and its table keeps the unit; one after its rows ends the table.)
      if (b.text.trim() || rows) unit = UNIT_LINE.exec(b.text.trim())?.[1];
      rows = false;
      return b;
    }
    rows = true;
    return unit ? { ...b, text: withUnit(b.text, unit) } : b;
  });
}

/** "header：value" cells of a row, each bare number's header given the unit. */
function withUnit(row: string, unit: string): string {
  return row
    .split(' | ')
    .map((cell) => {
      const m = /^([^：:]+)[：:](.*)$/.exec(cell);
      if (!m || !BARE_NUMBER.test(m[2]!.trim()) || HAS_UNIT.test(m[1]!) || CODE_HEADER.test(m[1]!)) return cell;
      // (A count or a rate under a table of amounts keeps no unit: 国内公务接待人次 is no 万元.)
      if (COUNT_HEADER.test(m[1]!) && (MONEY_UNIT.test(unit) || /率|比例|占比/.test(m[1]!))) return cell;
      return `${m[1]}（${unit}）：${m[2]}`;
    })
    .join(' | ');
}
