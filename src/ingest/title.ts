// Finds the title block: issuing institution, document title, kind, period and statistics window.
// Institution and period are parsed apart, so a year never ends up inside a name.
import { DOCUMENT_WORDS, TITLE_STARTS, isOrgName, leadingPlaces, namesOnLine, orgSuffix } from '../text/org-names.js';
import { cut } from '../text/jieba.js';
import type { DocumentKind, Period } from '../types.js';
import { documentKind } from './kinds.js';
import type { Line } from './lines.js';
import { parseMarker } from './markers.js';
import { PERIOD_TOKEN, periodOf, periodOfWindow } from './period.js';

/** Where a field's value came from, strongest first; anything after 'title' is a guess worth checking. */
export type Provenance = 'metadata' | 'title' | 'cover' | 'body' | 'window' | 'published' | 'file-name' | 'none';

export interface TitleBlock {
  school: string;
  /** Other names of the same body: a second name on the title line, co-issuers of a joint notice. */
  aliases: string[];
  title: string;
  kind: DocumentKind;
  period: Period;
  window: { start: string; end: string; text: string } | null;
  /** Publication date printed in the title block (发布时间：2015-02-05), ISO. */
  published?: string;
  /** Index of the first line after the title block. */
  bodyStart: number;
  provenance: { institution: Provenance; period: Provenance; title: Provenance };
  warnings: string[];
}

/** At most this many leading short lines form the title block (a cover page has a few). */
const HEAD_MAX = 8;
/** Cover pages and signature blocks: where a line holding only a name is looked for. */
const COVER_LINES = 40;
const SIGNATURE_LINES = 20;

const DATE = String.raw`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const WINDOW = new RegExp(`${DATE}\\s*(?:起)?\\s*(?:至|到|—|－|-|～|~)\\s*${DATE}\\s*(?:止)?`);
const PUBLISHED = /(?:发布|发文|印发|公布|公开)(?:时间|日期)\s*[：:]\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
const WRITTEN = new RegExp(PUBLISHED.source.replace('(?:发布|发文|印发|公布|公开)', '成文'));

/** A document number: 浙价费〔2014〕245号, 澄发改价费[2025]118号. */
const DOC_NUMBER = /^[\s*_]*[\u4e00-\u9fa5]{1,12}[〔［\[]((?:19|20)\d{2})[〕］\]]\s*\d{1,4}\s*号[\s*_]*$/;

const pad = (n: string | number) => String(n).padStart(2, '0');

/** A short line of the title block: no prose punctuation, no section numbering. */
function isHeadLine(line: Line): boolean {
  const t = line.text;
  if (line.kind === 'table-row' || t.length > 100) return false;
  if (/[。；;，,]/.test(t.replace(/[。]$/, ''))) return false;
  return !parseMarker(t) && !/^第[一二三四五六七八九十百零〇两\d]+[条章节]/.test(t);
}

/** "2023 年" and "2023 届" as printed with a space, joined so tokens read as one. */
const tight = (s: string) => s.replace(/(\d)\s+(?=年|届|学年)/g, '$1').replace(/\s*([-－—–~～至到])\s*(?=(?:19|20)\d{2})/g, '$1');

/** Cuts trailing meta off a title line ("…的通知 浙中大发〔2015〕13号 发布时间：2015-02-05"). */
function titleSegments(line: string): string {
  const parts = tight(line).split(/[\s\u3000]{2,}|\s+(?=[\u4e00-\u9fa5]{1,6}[〔[(（]\d{4}[〕\])）])|\s+(?=发布|发文|来源|作者|浏览|点击)/u);
  const end = parts.findIndex((p) => DOCUMENT_WORDS.some((w) => p.includes(w)));
  return (end < 0 ? parts : parts.slice(0, end + 1)).join(' ').trim();
}

interface NameSplit {
  names: string[];
  /** The names end right where the title words begin (no space): the title belongs to the last one. */
  attached: boolean;
  rest: string;
  leadingPeriod: string;
}

/**
 * Splits "2023年杭州市西湖区人民政府政府信息公开工作年度报告" into a leading period, the names before
 * the first title word or period (each must read as an organisation name) and the title proper.
 */
function splitTitleLine(text: string): NameSplit {
  let t = tight(text).trim();
  const lead = new RegExp(`^(${PERIOD_TOKEN})\\s*`).exec(t);
  const leadingPeriod = lead ? lead[1]! : '';
  if (lead) t = t.slice(lead[0].length);
  let cut = t.length;
  for (const w of TITLE_STARTS) {
    const i = t.indexOf(w);
    if (i >= 0 && i < cut) cut = i;
  }
  const p = new RegExp(PERIOD_TOKEN).exec(t);
  if (p && p.index < cut) cut = p.index;
  // An intake year (2025级新生入学须知) ends the name as a period does.
  const grade = /(?:19|20)\d{2}\s*级/.exec(t);
  if (grade && grade.index < cut) cut = grade.index;
  const prefix = t.slice(0, cut);
  const parts = prefix
    .trim()
    .split(/[\s\u3000]+/u)
    .filter(Boolean);
  if (parts.length === 0 || !parts.every(isOrgName)) {
    // A title whose topic is no title word (泓川农业大学后勤服务指南): the whole institution it opens with.
    // (Only where the name ends a word: 全国大学生数学建模竞赛 names no 全国大学.)
    const lead = parts.length === 1 ? leadingInstitution(t) : undefined;
    const name = lead && endsWord(t, lead.length) ? lead : undefined;
    // (A name joined to a partner's, 青岚财经学院—英国…大学合作举办…, opens a title about both: the whole line is it.)
    const rest = name ? t.slice(name.length).trim() : t;
    return name ? { names: [name], attached: true, rest: JOINED_PARTNER.test(rest) ? t : rest, leadingPeriod } : { names: [], attached: false, rest: t, leadingPeriod };
  }
  return { names: parts, attached: !/\s$/.test(prefix), rest: t.slice(cut).trim(), leadingPeriod };
}

/** A title going on from the institution's name to a partner's (—英国…, 与…大学). */
const JOINED_PARTNER = /^(?:[—–\-－~～]+|与|暨)/;

/** True when jieba's reading of a text has a word boundary at the offset. */
function endsWord(text: string, at: number): boolean {
  let n = 0;
  for (const w of cut(text)) {
    n += w.length;
    if (n === at) return true;
    if (n > at) return false;
  }
  return n === at;
}

/** A name that stands for a whole institution (has a place, or is a school), not a department. */
function isFullName(name: string): boolean {
  return leadingPlaces(name).places.length > 0 || /大学|学院|学校|职院/.test(orgSuffix(name) ?? '');
}

/** A head line opening with a whole institution's name (not the name alone) and a topic after it. */
function opensWithInstitution(line: string): boolean {
  const t = tight(line).trim();
  const lead = leadingInstitution(t);
  return !!lead && isFullName(lead) && t.length >= lead.length + 4 && endsWord(t, lead.length) && !SENTENCE_VERB.test(t.slice(lead.length));
}
/** What a sentence about an institution goes on with (坐落于…, 位于…, 是一所…): a body line, no title. */
const SENTENCE_VERB = /^(?:坐落|位于|地处|是|为|始建|创建|创办|成立|始于|前身|现有|拥有|设有|共有|召开|举行|组织|开展|发布|印发|将|于|在|已|正|对|向|由)/;

/** Institution names that open sentences in the body ("西京学院坐落于…"), most frequent first. */
/** Words a clause opens with that no institution's name does (请, 各, 到, 由…). */
const CLAUSE_OPENER = /^[请各到在由向对为把被从和及与让使经凡该]/;

function bodySubjects(lines: Line[]): string[] {
  const counts = new Map<string, number>();
  const subject =
    /(?:^|[。！？\s])(?:第[一二三四五六七八九十百零〇两]+条\s*)?([\u4e00-\u9fa5]{2,20}?(?:大学|学院|学校|职院|人民政府|委员会|局|厅))(?=是|创建|创办|坐落|位于|始建|成立|前身|地处|于|（|\(|，|,)/gu;
  for (const l of lines.slice(0, 200)) {
    for (const m of l.text.matchAll(subject)) {
      const name = m[1]!;
      // (A clause opening with a verb or a 各, 请各学院于…, addresses schools rather than naming one.)
      if (isOrgName(name) && isFullName(name) && !CLAUSE_OPENER.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([n]) => n);
}

/** A unit of an institution right after its name (网络与信息中心, 学生处, 校园卡管理办公室). */
const UNIT_AFTER = /^[\u4e00-\u9fa5]{0,10}?(?:中心|处|部|办公室|办|委员会|馆|科|室|所|院|学院|公司|队|站)(?![\u4e00-\u9fa5]{0,2}(?:学生|新生))/;
/** How many lines from the top a body is read for the institution leading its clauses. */
const CLAUSE_LINES = 200;

/**
 * Institutions opening a clause of the body, most often first (…，蘅江大学网络与信息中心（以下简称“网信中心”）整理了…):
 * a page with no name in its title (a WeChat article: 开学必看｜…指南) names its institution where its units speak.
 * Only a name said twice, or the one name said at all, is trusted.
 */
function clauseLeaders(lines: Line[]): string[] {
  const counts = new Map<string, number>();
  for (const l of lines.slice(0, CLAUSE_LINES)) {
    for (const m of l.text.matchAll(/[\u3400-\u9fff]+/gu)) {
      const run = m[0];
      const name = run.length >= 4 ? leadingInstitution(run) : undefined;
      // (Only a name its unit or a bracket follows, 蘅江大学网络与信息中心 or 蘅江大学（以下简称…）: a clause opening
      // 请各学院 or 新生返校后到学院 names no institution.)
      const after = l.text.slice(m.index! + (name?.length ?? 0));
      if (name && (UNIT_AFTER.test(after) || /^\s*[（(]/.test(after))) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length === 1 || (ranked[0] && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0)) ? [ranked[0]![0]] : [];
}

/** Names printed alone on a line of a cover page or a signature block. */
function nameLines(lines: Line[], from: number): string[] {
  const pick = [...lines.slice(from, COVER_LINES), ...lines.slice(Math.max(COVER_LINES, lines.length - SIGNATURE_LINES))];
  for (const l of pick) {
    const names = namesOnLine(l.text)?.filter(isFullName);
    if (names?.length) return names;
  }
  return [];
}

/** A line holding only a date: how a signature block ends ("2025年6月18日"). */
const DATE_LINE = new RegExp(`^\\s*${DATE}\\s*$`);

/**
 * Issuers signed one per line above a date, wherever the block stands (a joint notice followed by
 * its 政策解读 has its signature mid-document): "澄江省发展和改革委员会 / 澄江省财政厅 / 澄江省教育厅 /
 * 2025年6月18日".
 */
function signatureBlock(lines: Line[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    if (!DATE_LINE.test(lines[i]!.text)) continue;
    const names: string[] = [];
    for (let k = i - 1; k >= 0 && names.length < 6; k--) {
      const t = lines[k]!.text.trim();
      if (!t) continue;
      // A department signs for its institution (南屿师范学院学生工作处).
      const dept = t.length <= 30 && !/[，。；：,;:]/.test(t) ? leadingInstitution(t) : undefined;
      // (A line whose names are none of them whole, 蕙城师范大学语言文字工作委员会办公室, signs by its institution.)
      const full = namesOnLine(t)?.filter(isFullName);
      const on = full?.length ? full : dept ? [dept] : undefined;
      if (!on?.length) break;
      names.unshift(...on);
    }
    // A name another signer's name ends (国家普通话水平测试 + 蕙城师范大学 of its 测试站) is that institution with a
    // programme before it: the institution signs.
    const own = names.filter((n) => !names.some((o) => o !== n && n.endsWith(o)));
    if (own.length) return own;
  }
  return [];
}

/** A label that names who publishes ("发布单位：…", a web page's site name); 来源 may name where a repost came from. */
const ISSUER_LABEL = /(?:^|[\s\u3000])(?:发布单位|发布机构|发文单位|发布部门|主办单位|主办|网站)\s*[：:]\s*([^\s\u3000]+)/gu;

/** The longest opening run of a string that names a whole institution: 岚州理工大学 of 岚州理工大学学生工作部（处）. */
export function leadingInstitution(text: string): string | undefined {
  const run = /^[\u3400-\u9fff]+/u.exec(text)?.[0] ?? '';
  const names: string[] = [];
  for (let end = Math.min(run.length, 30); end >= 4; end--) {
    const name = run.slice(0, end);
    if (isOrgName(name) && isFullName(name)) names.push(name);
  }
  // A name that ends inside a word is a misreading: 霁川医科大学校园… holds 大学 + 校园, not 学校.
  return names.find((n) => n.length === run.length || endsWord(run, n.length)) ?? names[0];
}

/** The publisher a labelled line near the top names (its department's institution), if any. */
function labelledIssuer(lines: Line[], bodyStart: number): string | undefined {
  for (const l of lines.slice(0, Math.max(bodyStart, 0) + 6)) {
    for (const m of l.text.matchAll(ISSUER_LABEL)) {
      const name = leadingInstitution(m[1]!);
      if (name) return name;
    }
  }
  return undefined;
}

/** True when a line opens a 《 it does not close: the title goes on on the next line. */
const unclosedBracket = (line: string) => (line.match(/《/g) ?? []).length > (line.match(/》/g) ?? []).length;

/** Parent bodies are not aliases: 浙江中医药大学 beside 浙江中医药大学滨江学院 names another institution. */
const aliasesOf = (primary: string, names: string[]) => names.filter((n) => n !== primary && !primary.startsWith(n));

/** A cover letter (关于印发《…细则》的通知) sends the document people ask about: that document is the title. */
const COVER_LETTER = /^关于(?:印发|转发|发布|公布|修订)《([^《》]{4,})》的(?:通知|决定|函)$/;
function enclosedTitle(title: string): string {
  return COVER_LETTER.exec(title)?.[1] ?? title;
}

export function findTitleBlock(lines: Line[], fallbackName: string): TitleBlock {
  const warnings: string[] = [];
  let bodyStart = 0;
  while (bodyStart < lines.length && bodyStart < HEAD_MAX && isHeadLine(lines[bodyStart]!)) bodyStart++;
  const head = lines.slice(0, bodyStart).map((l) => l.text);

  // The title: the first head line with a document word; a period-only line just above it joins it.
  // (Failing one, a line opening with a whole institution's name and going on to its topic, 某某学院教职工考核要则:
  // a title whose document word the list lacks.)
  const worded = head.findIndex((t) => DOCUMENT_WORDS.some((w) => t.includes(w)));
  const ti = worded >= 0 ? worded : head.slice(0, 2).findIndex(opensWithInstitution);
  let titleText = ti >= 0 ? titleSegments(head[ti]!) : '';
  const above = ti > 0 ? tight(head[ti - 1]!).trim() : '';
  if (above && new RegExp(`^(?:${PERIOD_TOKEN})$`).test(above)) titleText = above + titleText;
  else if (above.endsWith('关于') && !namesOnLine(above)) titleText = above + titleText;
  // (…and a title broken after its first half, 关于做好…学费补偿、 / 国家助学贷款代偿…的通知: one line; not a menu line,
  // 关于我们, above a title of its own.)
  else if (/^关于.+[、，,和及与]$/.test(above) && !DOCUMENT_WORDS.some((w) => above.includes(w)) && !opensWithInstitution(head[ti]!)) titleText = above + titleText;
  // A title broken inside the name of the document it sends (…关于印发《…体育场馆 / 开放与收费管理规定》的通知): one line.
  else if (unclosedBracket(above)) titleText = above + titleText;
  // (…or broken after the document word: 关于印发《…管理规定 / 实施细则》的通知.)
  for (let k = ti + 1; ti >= 0 && k < head.length && k <= ti + 2 && unclosedBracket(titleText); k++) titleText += tight(head[k]!).trim();

  const split = splitTitleLine(titleText);
  let school = '';
  let aliases: string[] = [];
  let institution: Provenance = 'none';
  if (split.names.length) {
    school = split.attached ? split.names.at(-1)! : split.names[0]!;
    aliases = aliasesOf(school, split.names);
    institution = 'title';
  } else {
    const onLine = head
      .slice(0, Math.max(ti, 0))
      .map((t) => namesOnLine(t))
      .find((n) => n?.length);
    if (onLine) {
      school = onLine[0]!;
      aliases = aliasesOf(school, onLine);
      institution = 'title';
    }
  }
  if (!school) {
    const signed = signatureBlock(lines);
    if (signed.length) {
      school = signed[0]!;
      aliases = aliasesOf(school, signed);
      institution = 'cover';
    }
  }
  if (!school) {
    // After a signature: a page may say where a reposted text came from (来源：某某新闻网).
    const labelled = labelledIssuer(lines, bodyStart);
    if (labelled) {
      school = labelled;
      // A label near the title is likely but not the title itself: reported as guessed.
      institution = 'cover';
    }
  }
  if (!school) {
    const cover = nameLines(lines, 0);
    if (cover.length) {
      school = cover[0]!;
      aliases = aliasesOf(school, cover);
      institution = 'cover';
    }
  }
  if (!school) {
    const subject = bodySubjects(lines)[0];
    if (subject) {
      school = subject;
      institution = 'body';
      warnings.push(`institution read from the body (“${subject}”): set it in metadata.json if wrong`);
    }
  }
  if (!school) {
    const leader = clauseLeaders(lines)[0];
    if (leader) {
      school = leader;
      institution = 'body';
      warnings.push(`institution read from the body (“${leader}”): set it in metadata.json if wrong`);
    }
  }
  if (!school) {
    // A file named like its title (某某大学2025年…统计.pdf) names its institution the way a title line would.
    const named = splitTitleLine(fallbackName).names;
    if (named.length) {
      school = named[0]!;
      aliases = aliasesOf(school, named);
      institution = 'file-name';
      warnings.push(`institution read from the file name (“${school}”): set it in metadata.json if wrong`);
    }
  }
  if (!school) {
    // (Without the years a file name carries, jiyu-…-criteria-2025: a name holds no year, and a reply quotes none unsaid.)
    school =
      fallbackName
        .replace(/[-_.\s]*(?:19|20)\d{2}(?:[-_~～—]+(?:19|20)?\d{2})?(?=$|[-_.\s])/g, '')
        .replace(/^[-_.\s]+|[-_.\s]+$/g, '') || fallbackName;
    institution = 'file-name';
    warnings.push('no institution name found; using the file name: set "institution" in metadata.json');
  }

  const titleProper = (split.leadingPeriod && !split.rest.includes(split.leadingPeriod) ? split.leadingPeriod : '') + split.rest;
  const title = enclosedTitle(titleProper.replace(/^[《]|[》]$/g, '')) || fallbackName;
  const titleFrom: Provenance = titleProper ? 'title' : 'file-name';

  const headText = head.join('\n');
  // (The date it was made public first; 成文日期, when it was written, only when no other is given.)
  const published = PUBLISHED.exec(headText) ?? WRITTEN.exec(headText);
  const publishedIso = published ? `${published[1]}-${pad(published[2]!)}-${pad(published[3]!)}` : undefined;
  const w = WINDOW.exec(
    lines
      .slice(0, bodyStart + 5)
      .map((l) => l.text)
      .join('\n'),
  );
  const window = w ? { start: `${w[1]}-${pad(w[2]!)}-${pad(w[3]!)}`, end: `${w[4]}-${pad(w[5]!)}-${pad(w[6]!)}`, text: w[0] } : null;

  let period = periodOf(title) ?? periodOf(head.filter((t) => !PUBLISHED.test(t)).join('\n'));
  let periodFrom: Provenance = period ? 'title' : 'none';
  if (!period && window) [period, periodFrom] = [periodOfWindow(window), 'window'];
  if (!period) {
    const body = lines
      .slice(bodyStart, bodyStart + 3)
      .map((l) => l.text)
      .join('\n');
    period = periodOf(body);
    if (period) periodFrom = 'body';
  }
  if (!period && publishedIso) [period, periodFrom] = [periodOf(`${publishedIso.slice(0, 4)}年`), 'published'];
  // A notice's document number carries its year: 澄发改价费〔2025〕118号.
  // Only a line that is the number itself: a number cited in a sentence (根据…〔2013〕19号) is another document's.
  const numbered = lines
    .slice(0, bodyStart + 3)
    .map((l) => DOC_NUMBER.exec(l.text))
    .find((m) => m);
  let fromNumber = false;
  if (!period && numbered) {
    period = periodOf(`${numbered[1]}年`);
    if (period) {
      periodFrom = 'published';
      fromNumber = true;
      warnings.push(`period taken from the document number (${numbered[0].replace(/[\s*_]/g, '')})`);
    }
  }
  if (!period) {
    warnings.push('no period (year, academic year or 届) found: set "period" in metadata.json');
    period = { kind: 'unknown', label: '未注明', start: '1970-01-01', end: '1970-01-01' };
  } else if (periodFrom === 'published' && !fromNumber) warnings.push(`period taken from the publication date (${publishedIso})`);

  return {
    school,
    aliases,
    title,
    kind: documentKind(title),
    period,
    window,
    published: publishedIso,
    bodyStart,
    provenance: { institution, period: periodFrom, title: titleFrom },
    warnings,
  };
}
