// The places a document names its campuses by (栌岙校区 → 栌岙) are words of that document: jieba, not knowing them,
// cuts 从栌岙到檗湖 into single characters, and a question naming a campus without 校区 loses the place it asks about.
// They join the dictionary beside the row names, before index and questions are cut.
import { cutDictionary } from '../text/jieba.js';

/** A campus name as written before 校区, a preposition or verb run into it left off (于青山校区, 去北林校区). */
const CAMPUS = /([\u4e00-\u9fa5]{2,4})校区/gu;
const RUN_IN = /^[在去到于住从回的和与及、至往赴因由为对向经将把被自]/u;
/** Words before 校区 that name no campus of their own: the main one, every one, a count, a pointer. */
const NO_CAMPUS = /[主本各两三四全该新老这那哪个所每各]/u;

/** The two- to three-character campus names a text uses that jieba would cut apart. */
export function campusWords(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(CAMPUS)) {
    let name = m[1]!;
    while (RUN_IN.test(name)) name = name.slice(1);
    if ([...name].length < 2 || [...name].length > 3 || NO_CAMPUS.test(name)) continue;
    names.add(name);
  }
  // (A longer name ending in a shorter one also written alone, 因荩塘 of 荩塘, has a word run into it.)
  const own = [...names].filter((n) => ![...names].some((o) => o !== n && n.endsWith(o)));
  return own.filter((n) => cutDictionary(n).some((w) => [...w].length === 1));
}
