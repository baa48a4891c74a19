// Follow-ups through the model: "那去年呢？" after a question about 湖南工程职院's 报道 becomes one full
// question. The rewrite is only a better question — the answer is still extracted and checked — but
// it is accepted only when it brings in no institution or number that neither turn holds; otherwise
// the caller keeps the rule-based follow-up handling (understand.ts with the turn context).
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { SchoolMatcher } from '../../retrieve/schools.js';
import { type TurnContext, isFollowUp } from '../context.js';
import { complete } from './model.js';
import { rewriteMessages } from './prompt.js';
import { tidyReply } from './guard.js';

const MAX_QUESTION = 120;

export type Rewrite = { ok: true; question: string } | { ok: false; why: string };

/** Checks a rewritten follow-up against what the two turns said. */
export function acceptRewrite(raw: string, followUp: string, previous: TurnContext, matcher: SchoolMatcher): Rewrite {
  const question = tidyReply(raw)
    .replace(/^(?:改写后的完整问题|完整问题|问题)[：:]\s*/, '')
    .replace(/^["“]|["”]$/g, '')
    .trim();
  if (!question || question.includes('\n') || question.length > MAX_QUESTION) return { ok: false, why: 'not one short question' };
  if (isFollowUp(question)) return { ok: false, why: 'still elliptical' };
  const said = `${previous.question ?? ''}\n${previous.school ?? ''}\n${previous.period ?? ''}\n${followUp}`;
  const schools = new Set(matcher.find(said).map((h) => h.school));
  if (previous.school) schools.add(previous.school);
  for (const h of matcher.find(question)) if (!schools.has(h.school)) return { ok: false, why: `brings in ${h.school}` };
  for (const name of matcher.unknown(question)) if (!said.includes(name)) return { ok: false, why: `brings in ${name}` };
  const numbers = new Set(said.normalize('NFKC').match(/\d+/g) ?? []);
  for (const n of question.normalize('NFKC').match(/\d+/g) ?? []) if (!numbers.has(n)) return { ok: false, why: `brings in the number ${n}` };
  return { ok: true, question };
}

export async function rewriteFollowUp(
  model: BaseChatModel,
  followUp: string,
  previous: TurnContext,
  matcher: SchoolMatcher,
  signal: AbortSignal,
  stream = false,
): Promise<Rewrite> {
  const raw = await complete(model, rewriteMessages(followUp, previous), signal, stream);
  return acceptRewrite(raw, followUp, previous, matcher);
}
