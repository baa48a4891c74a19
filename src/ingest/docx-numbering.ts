// Word writes the numbers of an auto-numbered list (第一章, 第一条, （一）) in word/numbering.xml, not in the
// paragraphs: mammoth drops them, and a regulation whose 章/条 come from numbering loses its structure and its
// article numbers. Each numbered paragraph gets its number written into its text, as Word shows it, and its
// numbering reference is cleared so mammoth reads a plain paragraph (or heading) holding the number.
import JSZip from 'jszip';

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level after whose use this one restarts (1-based); 0 never; undefined after any higher level. */
  restart?: number;
  /** What follows the number: a tab or a space (written as a space), or nothing. */
  suffix: string;
  styleId?: string;
}

interface Numbering {
  /** numId → abstractNumId, with the levels a num overrides to start again. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  abstracts: Map<string, Map<number, Level>>;
}

const attr = (xml: string, tag: string, name = 'w:val'): string | undefined =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** The lists numbering.xml defines. */
export function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2]!;
      const restart = attr(body, 'w:lvlRestart');
      const styleId = attr(body, 'w:pStyle');
      levels.set(Number(l[1]), {
        start: Number(attr(body, 'w:start') ?? 1),
        format: attr(body, 'w:numFmt') ?? 'decimal',
        text: attr(body, 'w:lvlText') ?? '',
        ...(restart !== undefined ? { restart: Number(restart) } : {}),
        suffix: attr(body, 'w:suff') === 'nothing' ? '' : ' ',
        ...(styleId ? { styleId } : {}),
      });
    }
    abstracts.set(m[1]!, levels);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstract = attr(m[2]!, 'w:abstractNumId');
    if (abstract === undefined) continue;
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2]!, 'w:startOverride');
      if (start !== undefined) starts.set(Number(o[1]), Number(start));
    }
    nums.set(m[1]!, { abstract, starts });
  }
  return { nums, abstracts };
}

/** Paragraph styles that carry numbering (a Heading 1 linked to 第%1章), by style id, following basedOn. */
export function styleNumbering(stylesXml: string): Map<string, { numId: string; ilvl?: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const body = m[2]!;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(body)?.[1];
    const ilvl = numPr ? attr(numPr, 'w:ilvl') : undefined;
    const basedOn = attr(body, 'w:basedOn');
    own.set(m[1]!, { ...(numPr ? { numId: attr(numPr, 'w:numId') } : {}), ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}), ...(basedOn ? { basedOn } : {}) });
  }
  const out = new Map<string, { numId: string; ilvl?: number }>();
  for (const id of own.keys()) {
    // (Following basedOn, each style at most once: a loop of styles based on each other ends.)
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && !seen.has(at); at = own.get(at)?.basedOn) {
      seen.add(at);
      const s = own.get(at);
      if (s?.numId !== undefined) {
        out.set(id, { numId: s.numId, ...(s.ilvl !== undefined ? { ilvl: s.ilvl } : {}) });
        break;
      }
    }
  }
  return out;
}

const CN_DIGITS = '零一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (Word's chineseCounting). */
export function chineseCount(n: number, digits = CN_DIGITS, ten = '十', hundred = '百'): string {
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = h ? digits[h]! + hundred : '';
  if (t) out += (t === 1 && !h ? '' : digits[t]!) + ten;
  else if (h && u) out += digits[0]!;
  if (u) out += digits[u]!;
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function letters(n: number): string {
  const c = String.fromCharCode(97 + ((n - 1) % 26));
  return c.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter written in a level's number format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return chineseCount(n, CN_LEGAL, '拾', '佰');
    case 'ideographTraditional':
      return HEAVENLY[n - 1] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** A paragraph's own numbering reference, or its style's. numId 0 means none. */
function paragraphNumbering(pPr: string, styles: Map<string, { numId: string; ilvl?: number }>, numbering: Numbering) {
  const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
  const styleId = attr(pPr, 'w:pStyle');
  const byStyle = styleId ? styles.get(styleId) : undefined;
  const numId = (numPr && attr(numPr, 'w:numId')) ?? byStyle?.numId;
  if (!numId || numId === '0') return undefined;
  const num = numbering.nums.get(numId);
  if (!num) return undefined;
  const levels = numbering.abstracts.get(num.abstract);
  if (!levels) return undefined;
  const explicit = numPr ? attr(numPr, 'w:ilvl') : undefined;
  // A style linked to a level (w:pStyle inside the w:lvl) numbers at that level.
  const styled = styleId ? [...levels].find(([, l]) => l.styleId === styleId)?.[0] : undefined;
  const ilvl = explicit !== undefined ? Number(explicit) : (byStyle?.ilvl ?? styled ?? 0);
  return { num, levels, ilvl };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * document.xml with each auto-numbered paragraph's number written at its start (第一条 …) and its numbering
 * reference cleared. Lists are counted per abstract list, as Word continues one list across its nums.
 */
export function renderNumbering(documentXml: string, numberingXml: string, stylesXml = ''): string {
  const numbering = readNumbering(numberingXml);
  if (numbering.nums.size === 0) return documentXml;
  const styles = styleNumbering(stylesXml);
  const counters = new Map<string, number[]>();
  const started = new Set<string>();
  // (An empty paragraph, <w:p w14:paraId="…"/>, closes itself: it never swallows the next one.)
  return documentXml.replace(/<w:p\b(?![A-Za-z])([^>]*?)(?:\/>|>([\s\S]*?<\/w:p>))/g, (whole, attrs: string, rest: string | undefined) => {
    if (rest === undefined) return whole;
    const pPr = /^\s*<w:pPr>[\s\S]*?<\/w:pPr>/.exec(rest)?.[0] ?? '';
    const found = paragraphNumbering(pPr, styles, numbering);
    if (!found) return whole;
    const { num, levels, ilvl } = found;
    const level = levels.get(ilvl);
    if (!level) return whole;
    const counts = counters.get(num.abstract) ?? [];
    counters.set(num.abstract, counts);
    // A num that overrides its start begins its levels again the first time it is used.
    const numKey = [...numbering.nums].find(([, n]) => n === num)?.[0] ?? '';
    if (!started.has(numKey)) {
      started.add(numKey);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? levels.get(ilvl)!.start - 1) + 1;
    // Deeper levels restart after this one unless told otherwise (lvlRestart 0: never).
    for (const [d, l] of levels) if (d > ilvl && ilvl < (l.restart ?? d)) counts[d] = l.start - 1;
    // (Bullets carry no number, and a plain list numbered 1. 2. 3. is a list, not a heading: mammoth's own list items keep
    // them. Only a level written in Chinese, 第%1条 or （%1）, numbers the document's own structure.)
    if (level.format === 'bullet' || !/[^\x00-\x7f]/.test(level.text)) return whole;
    const label = level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const l = levels.get(at);
      return l ? formatNumber(counts[at] ?? l.start, at === ilvl ? level.format : l.format) : '';
    });
    return clearNumbering(attrs, rest, pPr, label ? label + level.suffix : '');
  });
}

/** No numbering, stated whole: with no ilvl, mammoth would still find a list its paragraph style links to. */
const NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/** The paragraph with no numbering reference (numId 0) and the label as its first run. */
function clearNumbering(attrs: string, rest: string, pPr: string, label: string): string {
  const cleared = pPr.includes('<w:numPr>')
    ? pPr.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, NO_NUMBERING)
    : pPr.replace('</w:pPr>', `${NO_NUMBERING}</w:pPr>`);
  const run = label ? `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>` : '';
  return `<w:p${attrs}>${cleared}${run}${rest.slice(pPr.length)}`;
}

/** The .docx with its auto numbers written into its paragraphs; unchanged when it numbers nothing. */
export async function withRenderedNumbering(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const numberingFile = zip.file('word/numbering.xml');
  const documentFile = zip.file('word/document.xml');
  if (!numberingFile || !documentFile) return buf;
  const [numberingXml, documentXml, stylesXml] = await Promise.all([
    numberingFile.async('string'),
    documentFile.async('string'),
    zip.file('word/styles.xml')?.async('string') ?? Promise.resolve(''),
  ]);
  const rendered = renderNumbering(documentXml, numberingXml, stylesXml);
  if (rendered === documentXml) return buf;
  zip.file('word/document.xml', rendered);
  return zip.generateAsync({ type: 'nodebuffer' });
}
