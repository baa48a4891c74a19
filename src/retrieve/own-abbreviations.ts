// Abbreviations an institution is known by that its name alone does not give: the one its own
// document states (简写为“HUAHE”, 简称“西建大”, …University of Finance and Economics (QUFE)) and an acronym its file is named by
// (wust-2015-admissions-charter.txt, zcmu-2015-tuition-notice.docx, xauat-2023-….pdf), and the one its document number
// opens with (蕺院人〔2025〕3号).
import { englishPieces, findEnglish } from './english-names.js';
import { deriveAliases } from './schools.js';
import data from './own-abbreviations.json' with { type: 'json' };

const FILE_WORDS = new Set(data.fileWords);

/** How far into a document its own abbreviation is looked for (the 学校概况 of a charter). */
const STATED_WITHIN = 8000;
const STATED = /(?:简称|简写为?|缩写为?|英文缩写)\s*[：:为]?\s*[“"「『]([A-Za-z]{2,8}|[\u4e00-\u9fa5]{2,6})[”"」』]/g;

/** How close after the institution's name its abbreviation must be stated (the same bracket). */
const NAME_WITHIN = 80;
/** Words a document abbreviates to that name no one institution (以下简称“学校”, “领导小组”). */
const GENERIC_ABBREVIATION =
  /^(?:学校|本校|我校|学院|大学|高校|院校|本院|我院|单位|本单位|我单位|机关|甲方|乙方)$|(?:小组|委员会|办法|规定|条例|法|院|厅|局|部|处|办)$/;

/** Abbreviations the document states for its institution, right after its name (…学院（…简写为“HUAHE”）). */
export function statedAbbreviations(text: string, school: string): string[] {
  const head = text.slice(0, STATED_WITHIN);
  const out = new Set<string>();
  for (const m of head.matchAll(STATED)) {
    const abbr = m[1]!;
    const named = head.lastIndexOf(school, m.index!);
    if (named < 0 || m.index! - (named + school.length) > NAME_WITHIN || GENERIC_ABBREVIATION.test(abbr)) continue;
    // Nothing but the name's own bracket between the name and the abbreviation (no sentence end).
    if (/[。；;]/.test(head.slice(named + school.length, m.index!))) continue;
    out.add(abbr);
  }
  return [...out];
}

/**
 * A document's own number as printed near the top (椴大资助〔2025〕2号 on a line of its own, …蕺院人〔2025〕3号印发):
 * the issuer's prefix. (Not a number cited in a sentence, （南大研〔2024〕3号）精神: another body's document.)
 */
// (…or in the adoption line's brackets, with its date before 印发: （棪院学〔2025〕4号　2025年2月12日印发）.)
const DOC_NUMBER_PREFIX = /(?:^[ \t\u3000]*|[ \t\u3000（(])([\u4e00-\u9fa5]{2,8})[〔［\[](?:19|20)\d{2}[〕］\]]\s*第?\d{1,4}\s*号(?=[ \t\u3000]*$|印发|发布|[ \t\u3000]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:印发|发布))/gm;
/** How far into a document its own number is looked for. */
const NUMBER_WITHIN = 600;
/** Short forms any school's number could open with (学院办〔2024〕1号): no one institution's. */
const GENERIC_SHORT = /^(?:学校|本校|我校|学院|大学|高校|院校|本院|我院|校院)$/;
/** The characters a school's short name ends with (蕺院, 栝大, 槠师, 浙中医大). */
const SHORT_END = /[大院师职校]/;

/** True when every character of the short form appears in the name, in order, from its first (蕺院 of 蕺峪学院). */
function inOrder(short: string, name: string): boolean {
  if (short[0] !== name[0]) return false;
  let at = 0;
  for (const c of short) {
    at = name.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The short name a document's own number gives its issuer (蕺院人〔2025〕3号 → 蕺院, 椴大资助〔2025〕2号 → 椴大): the
 * longest head of the prefix ending like a school's short name, spelled by the name's own characters in order.
 */
export function numberAbbreviations(text: string, school: string): string[] {
  const out = new Set<string>();
  for (const m of text.slice(0, NUMBER_WITHIN).matchAll(DOC_NUMBER_PREFIX)) {
    const prefix = m[1]!;
    for (let k = Math.min(prefix.length, 4); k >= 2; k--) {
      const short = prefix.slice(0, k);
      if (!SHORT_END.test(short.at(-1)!) || short === school || !inOrder(short, school) || GENERIC_SHORT.test(short)) continue;
      out.add(short);
      break;
    }
  }
  return [...out];
}

/** An English name with its acronym in brackets after it (Qinglan University of Finance and Economics (QUFE)). */
const ENGLISH_NAME_ACRONYM = /((?:[A-Z][a-z]+|of|and|the|&)(?:\s+(?:[A-Z][a-z]+|of|and|the|&)){2,12})\s*[（(]([A-Z]{2,8})[）)]/g;

/** Acronyms a document gives in brackets after its institution's English name. */
export function bracketedAcronyms(text: string, school: string): string[] {
  const names = [{ school, pieces: englishPieces(school) }];
  const out = new Set<string>();
  for (const m of text.slice(0, STATED_WITHIN).matchAll(ENGLISH_NAME_ACRONYM)) {
    const [, named, acronym] = m as unknown as [string, string, string];
    const name = named.replace(/^(?:the|The)\s+/, '');
    // (The acronym opens with the name's first letter, and the name is the institution's own, not a partner's.)
    if (acronym[0] !== name[0] || !findEnglish(name, names).some((h) => h.school === school)) continue;
    out.add(acronym);
  }
  return [...out];
}

/** Words that make a file name's words an institution's English name, and the words its initials skip. */
const ENGLISH_TYPES = new Set(['university', 'institute', 'college', 'academy', 'polytechnic', 'school']);
const LINKS = new Set(['of', 'and', 'the', 'for']);

/**
 * The acronym a file is named by: its first name token when it is 3–6 letters, opens with the
 * institution's first English piece's letter (w for 武汉) and is no romanisation of the institution's
 * own words (henan, wuhan, jishou are places and names, not acronyms).
 */
export function fileAcronym(file: string, school: string): string | undefined {
  const stem = file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]+$/, '');
  const tokens = stem.toLowerCase().split(/[-_\s.]+/);
  // An English name spelled out (wuhan-institute-of-technology-2023-…) gives its initials: WIT.
  const name = tokens
    .slice(
      0,
      Math.max(
        0,
        tokens.findIndex((t) => /\d/.test(t)),
      ),
    )
    .filter(Boolean);
  if (name.length >= 3 && name.some((t) => ENGLISH_TYPES.has(t))) {
    const initials = name
      .filter((t) => !LINKS.has(t))
      .map((t) => t[0])
      .join('');
    return initials.length >= 3 && initials.length <= 6 ? initials.toUpperCase() : undefined;
  }
  const token = tokens[0];
  if (!token || !/^[a-z]{3,6}$/.test(token) || FILE_WORDS.has(token)) return undefined;
  const pieces = englishPieces(school);
  const first = pieces[0]?.en[0]?.[0]?.toLowerCase();
  if (!first || token[0] !== first) return undefined;
  if (pieces.some((p) => p.en.some((e) => e.toLowerCase().replace(/[^a-z]/g, '') === token))) return undefined;
  return token.toUpperCase();
}

/**
 * Each institution's own abbreviations over a set of documents. A file acronym that several
 * institutions' files carry (zcmu-… and zcmu-binjiang-…) belongs to the one whose name the others
 * contain (浙江中医药大学, not its 滨江学院), or to none.
 */
export function ownAbbreviations(documents: { text: string; file: string; school: string }[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (school: string, a: string) => (out.get(school) ?? out.set(school, new Set()).get(school)!).add(a);
  const acronymOwners = new Map<string, Set<string>>();
  // Who each derived short name belongs to, built once (an index may hold thousands of institutions).
  const shortOwners = new Map<string, Set<string>>();
  for (const school of new Set(documents.map((d) => d.school)))
    for (const a of deriveAliases(school)) (shortOwners.get(a) ?? shortOwners.set(a, new Set()).get(a)!).add(school);
  const derivedFor = (a: string, school: string) => shortOwners.get(a)?.has(school) ?? false;
  const otherOwns = (a: string, school: string) => [...(shortOwners.get(a) ?? [])].some((s) => s !== school);
  for (const d of documents) {
    // (A number's short name the name already gives, 栝大 of 栝塬大学, keeps its derived standing: a contraction, read
    // only as a word of its own.)
    // (…and one another indexed institution's name gives, 南大 of 南京大学, is never this one's.)
    const numbered = numberAbbreviations(d.text, d.school).filter((a) => !derivedFor(a, d.school) && !otherOwns(a, d.school));
    for (const a of [...statedAbbreviations(d.text, d.school), ...bracketedAcronyms(d.text, d.school), ...numbered]) add(d.school, a);
    const a = fileAcronym(d.file, d.school);
    if (a) (acronymOwners.get(a) ?? acronymOwners.set(a, new Set()).get(a)!).add(d.school);
  }
  for (const [a, owners] of acronymOwners) {
    const list = [...owners];
    const parent = list.find((p) => list.every((o) => o.includes(p)));
    if (parent) add(parent, a);
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}
