// Plain-text replies for WeChat: the answer first, then 来源 lines, split without cutting a citation.
import { sourceLine } from '../../answer/compose.js';
import type { SchoolEntry } from '../../answer/answer.js';
import type { Answer } from '../../types.js';

export const MAX_MESSAGE = 600;

export const HINT_TEXT_ONLY = '目前只能回答文字提问哦，请直接输入问题，例如：“学费标准在哪里公开？”';
export const APOLOGY = '抱歉，刚才出了点问题，没能回答。请稍后再试一次。';
export const RATE_LIMITED = '您提问太频繁了，请稍等一分钟再问。';

const EXAMPLES = ['湖南安全职院的学费标准在哪里公开？', '传媒学院去年官微发了多少篇推文？', '各校视频号都发了多少条？'];

export function helpText(schools: SchoolEntry[]): string {
  const covered = schools.map((s) => `· ${s.school}（${s.reports.map((r) => r.period).join('、')}）`).join('\n');
  return `我可以回答高校信息公开年度报告里的问题，并注明出处。可以这样问：\n${EXAMPLES.map((e) => `· ${e}`).join('\n')}\n\n已收录：\n${covered}`;
}

export function welcomeText(schools: SchoolEntry[]): string {
  return `欢迎关注！直接发送问题即可查询信息公开年度报告，回答都会注明出自哪份报告的哪一节。\n\n${helpText(schools)}`;
}

/** The answer and its sources as message-sized texts; a citation line (and its link) is never split. */
export function formatReply(a: Answer, publicBaseUrl?: string, max = MAX_MESSAGE): string[] {
  const units: string[] = [];
  for (const line of a.answer.split('\n')) units.push(...cutLong(line, max));
  a.citations.forEach((c, i) => {
    const link = publicBaseUrl ? `\n${publicBaseUrl.replace(/\/$/, '')}/source/${encodeURIComponent(c.docId)}?start=${c.start}&end=${c.end}` : '';
    units.push(`${i === 0 ? '来源：\n' : ''}${sourceLine(c)}${link}`);
  });
  const messages: string[] = [];
  for (const u of units) {
    const last = messages.at(-1);
    if (last !== undefined && last.length + 1 + u.length <= max) messages[messages.length - 1] = `${last}\n${u}`;
    else messages.push(u);
  }
  return messages;
}

/** A single over-long line is cut after sentence marks (a citation line never is this long). */
function cutLong(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const at = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('，'));
    const cut = at > max / 2 ? at + 1 : max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) out.push(rest);
  return out;
}
