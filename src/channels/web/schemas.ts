// zod schemas for everything the web API accepts.
import { z } from 'zod';

export const MAX_QUESTION = 500;

/**
 * C0 controls other than tab and line breaks, DEL, and lone UTF-16 surrogates (JSON's "\ud800"):
 * never typed by a person, and not text that can be searched or quoted back.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Strict: a misspelt field (`qustion`, `School`) is a 400 naming it rather than silently ignored.
export const AskBodySchema = z.strictObject({
  question: z
    .string({ error: (i) => (i.input === undefined ? '缺少问题 question。 / The question is missing.' : '问题必须是文字。 / The question must be a string.') })
    .refine((q) => !CONTROL.test(q), '问题含有控制字符或无效字符。 / The question holds control characters or invalid text.')
    .trim()
    .min(1, '问题不能为空。 / The question must not be empty.')
    .max(MAX_QUESTION, `问题太长了，请控制在${MAX_QUESTION}字以内。 / The question is longer than ${MAX_QUESTION} characters.`),
  school: z
    .string()
    .refine((q) => !CONTROL.test(q), 'school 含有控制字符或无效字符。 / school holds control characters or invalid text.')
    .trim()
    .min(1)
    .max(60)
    .optional(),
  sessionId: z
    .string()
    .regex(/^[\w-]{1,64}$/, 'sessionId 只能包含字母、数字、- 和 _。 / sessionId may only hold letters, digits, - and _.')
    .optional(),
  /** Attach what each answering stage decided (institution, candidates, the clause picked and why). */
  explain: z.boolean().optional(),
});
export type AskBody = z.infer<typeof AskBodySchema>;

export const DocParamsSchema = z.object({ docId: z.string().regex(/^[\w.-]{1,120}$/) });

export const SourceQuerySchema = z.object({
  start: z.coerce.number().int().min(0).optional(),
  end: z.coerce.number().int().min(0).optional(),
});

const text = (name: string, max: number) =>
  z
    .string({ error: `${name} 必须是一段文字。 / ${name} must be a single string.` })
    .trim()
    .min(1, `${name} 不能为空。 / ${name} must not be empty.`)
    .max(max, `${name} 太长了（最多${max}字）。 / ${name} is longer than ${max} characters.`)
    .optional();

/** GET /api/figures: filters on the figures index; unknown parameters are refused, not ignored. */
export const FiguresQuerySchema = z.strictObject(
  {
    metric: text('metric', 60),
    school: text('school', 60),
    period: text('period', 30),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? `不支持的参数：${i.keys.join('、')}。 / Unknown parameter: ${i.keys.join(', ')}.` : undefined) },
);
export type FiguresQuery = z.infer<typeof FiguresQuerySchema>;
