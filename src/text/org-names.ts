// The grammar of organisation names (suffixes, places, administrative levels, fillers), as data:
// used by ingest to find an issuing body in a title block and by retrieval to derive short names.
import data from './org-names.json' with { type: 'json' };

const byLength = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);

export const ORG_SUFFIXES = byLength(data.suffixes);
export const TITLE_STARTS = byLength(data.titleStarts);
export const DOCUMENT_WORDS = byLength(data.documentWords);
export const PLACES = byLength(data.places);
export const PROVINCES: readonly string[] = data.provinces;
export const SCHOOL_KIND_WORDS: readonly string[] = data.schoolKindWords;
export const LEVELS = byLength(data.levels);
export const FILLERS = byLength(data.fillers);
export const ABBREVIATIONS: Record<string, string[]> = data.abbreviations;

/** Suffixes that alone make a short, weak name ("局", "委"): they need a longer body before them. */
const WEAK = new Set(['局', '厅', '署', '委', '办', '院', '中心', '政府']);

const HAN = /^[\u3400-\u9fff]+$/u;

/** The organisation suffix a name ends with (longest), or undefined when it names no body. */
export function orgSuffix(name: string): string | undefined {
  if (!HAN.test(name)) return undefined;
  const s = ORG_SUFFIXES.find((x) => name.endsWith(x));
  if (!s) return undefined;
  const body = name.length - s.length;
  return body >= (WEAK.has(s) ? 3 : 2) ? s : undefined;
}

/** True when the whole string reads as the name of an institution or public body. */
export function isOrgName(name: string): boolean {
  return name.length >= 4 && name.length <= 30 && orgSuffix(name) !== undefined;
}

/** The word closing an official letterhead line. */
const LETTERHEAD = /(?<=[\u4e00-\u9fa5]{2})文件$/u;

/**
 * The names on a line that holds nothing but names ("兰溪职业技术学院  兰溪市技工学校", a cover
 * page's "武汉工程大学", a signature block "浙江省物价局 浙江省财政厅"); undefined otherwise.
 */
export function namesOnLine(line: string): string[] | undefined {
  // A letterhead (云州理工大学文件, 某某大学教务处文件) names its issuer.
  const parts = line
    .trim()
    .replace(LETTERHEAD, '')
    .split(/[\s\u3000]+/u)
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return undefined;
  return parts.every(isOrgName) ? parts : undefined;
}

export interface Place {
  /** The place as written, with its level when it has one (杭州市, 西湖区, 湖南). */
  text: string;
  /** The bare name (杭州, 西湖, 湖南). */
  name: string;
  level: string;
}

/**
 * The places a name opens with, outermost first: 杭州市西湖区人民政府 → 杭州市, 西湖区. A place
 * is a known one (a province or a city, with or without its level) or any two or three characters
 * followed by a level (区, 县, 市…).
 */
export function leadingPlaces(name: string): { places: Place[]; rest: string } {
  const places: Place[] = [];
  let rest = name;
  for (;;) {
    const known = PLACES.find((p) => rest.startsWith(p));
    let place: Place | undefined;
    if (known) {
      const level = LEVELS.find((l) => rest.startsWith(l, known.length)) ?? '';
      place = { text: known + level, name: known, level };
    } else {
      // Any two or three characters with a level are a place too (临江市, 西湖区); a first place
      // without a level must be a known one, or every name would start with a "place".
      const m = new RegExp(`^([\\u4e00-\\u9fa5]{2,3}?)(${LEVELS.join('|')})`).exec(rest);
      if (m) place = { text: m[0], name: m[1]!, level: m[2]! };
    }
    // A place must leave a body behind, and a bare place is the core of a name like 吉林大学 (the
    // university, not the place 吉林 plus 大学); 杭州市人民政府 is the body of the place 杭州市.
    const after = rest.slice(place?.text.length ?? 0);
    if (!place || after.length < 2 || (!place.level && ORG_SUFFIXES.includes(after))) break;
    places.push(place);
    rest = rest.slice(place.text.length);
  }
  return { places, rest };
}

/** Words before 校区 that name no campus of their own: the main one, every one, a count, a pointer. */
const NO_CAMPUS = /[主本各两三四全该新老这那哪个所每]/;
/**
 * The campuses a text names by their place (北岬校区 → 北岬, 南校区 → 南), a verb before the name left out
 * (在南校区, 去北岬校区); 主校区, 各校区, 两个校区 and 新校区 name none.
 */
export function campusNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/([\u4e00-\u9fa5]{1,3})校区/gu)) {
    let name = m[1]!.replace(/^(?:.*[在去到于住从回的和与及、])/u, '');
    if (name.length > 2) name = name.slice(-2);
    if (!name || NO_CAMPUS.test(name)) continue;
    out.push(name);
  }
  return out;
}
