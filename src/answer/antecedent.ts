// "可通过上述方式实名举报": a passage that points back to what it refers to (上述方式, 以上渠道) answers a contact asked
// (打哪个电话举报) only with the sentence before it, where the number is. The passage is extended back to that
// sentence when the passage itself gives no phone, e-mail or address.
import type { Passage } from './candidates.js';

/** Words pointing back to ways of contact given just before. */
const POINTS_BACK = /(?:上述|以上|前述)(?:方式|渠道|途径|电话|联系方式|邮箱|地址)/;
/** What a contact line gives: a phone number, an e-mail address. */
const CONTACT = /\d{3,4}[-－—]\d{7,8}|\d{7,8}|[\w.-]+@[\w-]+(?:\.[\w-]+)+/;
/** How far back the referred-to sentence may start. */
const BACK_MAX = 200;

/** The passage run back over the sentence (or line) before it, when it points back to contact ways it does not give. */
export function withAntecedent(p: Passage, docText: string): Passage {
  if (!POINTS_BACK.test(p.text) || CONTACT.test(p.text)) return p;
  // The sentence before: from the end of the one before it (。；or a line break) to the passage.
  let start = p.start;
  while (start > 0 && /[\s。；;]/.test(docText[start - 1]!)) start--;
  let from = start;
  while (from > 0 && !/[。；;\n]/.test(docText[from - 1]!) && p.start - from < BACK_MAX) from--;
  const before = docText.slice(from, p.start);
  if (from === p.start || !CONTACT.test(before)) return p;
  return { ...p, start: from, text: docText.slice(from, p.end) };
}
