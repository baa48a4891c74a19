// Finds the title block: institution, report title, period covered and the statistics window.
import type { Period } from '../types.js';
import type { Line } from './lines.js';
import { parseMarker } from './markers.js';

export interface TitleBlock {
  school: string;
  title: string;
  period: Period;
  window: { start: string; end: string; text: string } | null;
  /** Index of the first line after the title block. */
  bodyStart: number;
  warnings: string[];
}

/** Names of issuing bodies: universities, colleges, and government departments. */
const INSTITUTION = /^(.{2,40}?(?:大学|学院|职院|学校|研究院|研究所|人民政府|政府办公室|政府|委员会|办公室|管理局|局|厅|署|中心))/;
const ACADEMIC = /((?:19|20)\d{2})\s*[-－—–~～至到]\s*((?:19|20)\d{2})\s*学年/;
const YEAR = /((?:19|20)\d{2})\s*年/;
const DATE = String.raw`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const WINDOW = new RegExp(`${DATE}\\s*(?:起)?\\s*(?:至|到|—|－|-|～|~)\\s*${DATE}\\s*(?:止)?`);

const pad = (n: string | number) => String(n).padStart(2, '0');

export function periodOf(text: string): Period | undefined {
  const ay = ACADEMIC.exec(text);
  if (ay) {
    const [a, b] = [ay[1]!, ay[2]!];
    return { kind: 'academic-year', label: `${a}-${b}学年`, start: `${a}-09-01`, end: `${b}-08-31` };
  }
  const y = YEAR.exec(text);
  if (y) return { kind: 'year', label: `${y[1]}年`, start: `${y[1]}-01-01`, end: `${y[1]}-12-31` };
  return undefined;
}

function isShortTitleLine(line: Line): boolean {
  return line.text.length <= 60 && !/[。；，,]/.test(line.text.replace(/[。]$/, '')) && !parseMarker(line.text);
}

export function findTitleBlock(lines: Line[], fallbackName: string): TitleBlock {
  const warnings: string[] = [];
  // The title block is the run of short lines before the first paragraph of prose.
  let bodyStart = 0;
  while (bodyStart < lines.length && bodyStart < 4 && isShortTitleLine(lines[bodyStart]!)) bodyStart++;
  const head = lines.slice(0, bodyStart).map((l) => l.text);
  let titleLine = head.find((t) => /报告/.test(t)) ?? head.find((t) => /公开/.test(t)) ?? head.at(-1) ?? '';
  let school = head.find((t) => t !== titleLine && INSTITUTION.test(t) && !/报告/.test(t)) ?? '';
  const prefix = INSTITUTION.exec(titleLine);
  if (prefix && (!school || titleLine.startsWith(school))) {
    // "湖南XX学院2023年信息公开年度报告" on one line: split the name from the title.
    const rest = titleLine.slice(prefix[1]!.length).trim();
    if (/报告|公开/.test(rest)) {
      school ||= prefix[1]!;
      titleLine = rest;
    }
  }
  if (!school) {
    warnings.push('no institution name found in the title block; using the file name');
    school = fallbackName;
  }
  const title = titleLine.replace(/^[《]|[》]$/g, '') || fallbackName;
  const body = lines
    .slice(bodyStart, bodyStart + 3)
    .map((l) => l.text)
    .join('\n');
  let period = periodOf(title) ?? periodOf(body);
  if (!period) {
    warnings.push('no report period (year or academic year) found');
    period = { kind: 'unknown', label: '未注明', start: '1970-01-01', end: '1970-01-01' };
  }
  const w = WINDOW.exec(
    lines
      .slice(0, bodyStart + 5)
      .map((l) => l.text)
      .join('\n'),
  );
  const window = w
    ? {
        start: `${w[1]}-${pad(w[2]!)}-${pad(w[3]!)}`,
        end: `${w[4]}-${pad(w[5]!)}-${pad(w[6]!)}`,
        text: w[0],
      }
    : null;
  return { school, title, period, window, bodyStart, warnings };
}
