// "超本科线60分新生奖学金能拿多少": a value the question states (60分) and passages that state bands
// ("超出50分（含）至80分（不含）的，每人奖励10000元"). The band holding the value answers; a band that
// does not hold it is another case's.
import { recognise } from '../text/figures.js';

export interface Band {
  low?: number;
  high?: number;
  /** Whether the upper bound itself is in the band (80分以下 yes, 不足80分 no, 80分（不含） no). */
  highIn?: boolean;
  unit: string;
}

/** How much a passage whose band holds the value asked gains, and one whose bands miss it loses. */
export const BAND_FIT = 0.25;

const NUM = String.raw`(\d+(?:\.\d+)?)`;
/** The units bands are written in (分 but not 分钟; ％ as %). */
const U = String.raw`([元人天个%]|分(?!钟))`;
/** Bands as documents write them, each with the unit after its numbers. */
const BANDS: { re: RegExp; make: (m: RegExpExecArray) => Band }[] = [
  // 50分（含）至80分（不含）, 3000元至5000元, 50-80分
  {
    re: new RegExp(String.raw`${NUM}\s*${U}?\s*(?:[（(]含[)）])?\s*(?:至|到|-|－|—|~|～)\s*${NUM}\s*${U}\s*([（(](?:不)?含[)）])?`, 'g'),
    make: (m) => ({ low: Number(m[1]), high: Number(m[3]), highIn: m[5] !== undefined && !m[5].includes('不'), unit: m[4]! }),
  },
  // 80分及以上, 80分以上, 不低于80分, 80分（含）以上
  {
    re: new RegExp(String.raw`(?:不低于|不少于|达到)?${NUM}\s*${U}\s*(?:[（(]含[)）])?\s*(?:及以上|以上|或以上)`, 'g'),
    make: (m) => ({ low: Number(m[1]), unit: m[2]! }),
  },
  // 不足30分, 30分以下, 低于30分
  {
    re: new RegExp(String.raw`(?:不足|低于|少于)\s*${NUM}\s*${U}|${NUM}\s*${U}\s*(?:及以下|以下|以内)`, 'g'),
    make: (m) => (m[1] ? { high: Number(m[1]), highIn: false, unit: m[2]! } : { high: Number(m[3]), highIn: true, unit: m[4]! }),
  },
];

/** The bands a text states. */
export function bandsIn(raw: string): Band[] {
  const text = raw.replace(/％/g, '%');
  const out: Band[] = [];
  const taken: [number, number][] = [];
  for (const { re, make } of BANDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at: [number, number] = [m.index, m.index + m[0].length];
      if (taken.some(([s, e]) => at[0] < e && s < at[1])) continue;
      taken.push(at);
      out.push(make(m));
    }
  }
  return out;
}

/** The values with units a question states (60分, 4000元): what a band must hold. */
export function statedValues(question: string): { value: number; unit: string }[] {
  return recognise(question)
    .filter((f) => f.kind === 'quantity' && f.value !== undefined && f.unit !== undefined && /^[分元人天个%]$/.test(f.unit))
    // Only a value stated as where one stands (超本科线60分, 考了560分, 月收入3000元): 家里3个孩子 is no band's value.
    .filter((f) => STANDING.test(question.slice(Math.max(0, f.start - 6), f.start)))
    .map((f) => ({ value: f.value!, unit: f.unit! }));
}

/** Words before a value that say where the asker stands against bands. */
const STANDING = /(?:超|超过|超出|高出|高于|低于|达到|考了|考到|考|排名前|排在前|收入|月收入|只有|有)\s*(?:[\u4e00-\u9fa5]{0,4}线)?\s*$/;

const holdsValue = (b: Band, v: number) => (b.low === undefined || v >= b.low) && (b.high === undefined || v < b.high || (!!b.highIn && v === b.high));

/** +BAND_FIT when a band of the passage holds a value the question states, −BAND_FIT when its bands of that unit all miss it. */
export function bandFit(values: { value: number; unit: string }[], text: string): number {
  if (values.length === 0) return 0;
  const bands = bandsIn(text);
  for (const v of values) {
    const same = bands.filter((b) => b.unit === v.unit);
    if (same.length === 0) continue;
    return same.some((b) => holdsValue(b, v.value)) ? BAND_FIT : -BAND_FIT;
  }
  return 0;
}
