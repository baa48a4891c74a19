// Reads the environment once, with defaults, into a typed Config; a bad value names its variable.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from './errors.js';
import LIMITS from './ingest/read-limits.json' with { type: 'json' };

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const bool = (def: boolean) =>
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
    .default(def ? '1' : '0')
    .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const ConfigFields = z.object({
  CORPUS_DIR: z.string().min(1).default('corpus'),
  INDEX_DIR: z.string().min(1).default('data/index'),
  /** Largest chunk in characters: sections split at sentence ends, a longer sentence at a clause mark or hard at this size. */
  CHUNK_SIZE: int(400, 50),
  CHUNK_OVERLAP: int(60, 0),
  /** Reading limits: a file over any of them is rejected with the limit's name (see README, "Limits"). */
  MAX_FILE_MB: z.coerce.number().positive().default(LIMITS.maxFileMb),
  /** What a .docx (a zip) may expand to, all entries together; guards against zip bombs. */
  MAX_EXPANDED_MB: z.coerce.number().positive().default(LIMITS.maxExpandedMb),
  MAX_ZIP_ENTRIES: int(LIMITS.maxZipEntries, 1),
  /** How deep elements may nest in a .docx's XML or a web page. */
  MAX_XML_DEPTH: int(LIMITS.maxXmlDepth, 8),
  MAX_HTML_ELEMENTS: int(LIMITS.maxHtmlElements, 100),
  /** Characters of text one file may hold once read. */
  MAX_DOC_CHARS: int(LIMITS.maxDocChars, 1000),
  MAX_PDF_PAGES: int(LIMITS.maxPdfPages, 1),
  /** Seconds to read one PDF before it is rejected as damaged. */
  MAX_READ_SECONDS: int(LIMITS.maxReadSeconds, 1),
  /** "hash" (offline, default) or "openai" (any OpenAI-compatible endpoint). */
  EMBEDDINGS: z.enum(['hash', 'openai']).default('hash'),
  EMBEDDING_DIM: int(512, 16),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
  /** Optional JSON file of extra institution aliases: {"湖南安全技术职业学院": ["安院"]}. */
  ALIASES_FILE: z.string().optional(),
  /** Optional JSON file of extra synonyms merged over the built-in lexicon. */
  SYNONYMS_FILE: z.string().optional(),
  /** Overrides today's date (YYYY-MM-DD) for relative time such as 去年; for tests and demos. */
  TODAY: z.iso.date().optional(),
  HOST: z.string().default('127.0.0.1'),
  PORT: int(3000, 0),
  RATE_LIMIT_PER_MINUTE: int(30, 0),
  ALLOWED_ORIGINS: z.string().default('*'),
  LOG_QUESTIONS: bool(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_BASE_URL: z.url().optional(),
  /** wechaty puppet; setting it also makes `npm start` run the WeChat bot. */
  WECHATY_PUPPET: z.string().optional(),
  WECHATY_PUPPET_SERVICE_TOKEN: z.string().optional(),
  /** JSON {"招生咨询群": "湖南安全技术职业学院"}: a group's own institution, so members need not name it. */
  WECHAT_ROOM_SCHOOLS: z
    .string()
    .default('{}')
    .transform((s, ctx) => {
      try {
        return z.record(z.string(), z.string()).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'expected a JSON object of group name → institution' });
        return z.NEVER;
      }
    }),
  WECHAT_RATE_LIMIT_PER_MINUTE: int(10, 0),
  /** Enables the Official Account (公众号) endpoint /wechat/mp with this token. */
  WECHAT_MP_TOKEN: z.string().min(3).optional(),
  /**
   * "off" (default: replies are the extracted quotes) or "openai": an OpenAI-compatible chat model
   * words the reply from the cited passages, and a reply that fails the check is never shown.
   */
  LLM: z.enum(['off', 'openai']).default('off'),
  /** e.g. https://api.deepseek.com/v1, https://dashscope.aliyuncs.com/compatible-mode/v1, http://127.0.0.1:11434/v1 */
  LLM_BASE_URL: z.url().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().min(1).optional(),
  /** The whole model budget per question (rewrite + reply); WeChat's passive reply must leave within 5 s. */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(3500),
  /** Model calls in flight at once; a question that cannot get a slot in time gets the extractive reply. */
  LLM_CONCURRENCY: int(4, 1),
  /** Longest reply asked of the model, in tokens. */
  LLM_MAX_TOKENS: int(400, 16),
  /** Ask with stream=true (some endpoints, e.g. Qwen3 thinking models on DashScope, only stream). */
  LLM_STREAM: bool(false),
  /** Let the model rewrite an elliptical follow-up (那去年呢？) into a full question; the rule-based rewrite is the fallback. */
  LLM_REWRITE: bool(false),
});

export const ConfigSchema = ConfigFields.superRefine((c, ctx) => {
  // A model half-configured is a mistake to report at start-up, not a silent fallback at the first question.
  const need = (key: keyof typeof c, why: string) => ctx.addIssue({ code: 'custom', path: [key], message: why });
  if (c.LLM === 'openai') {
    if (!c.LLM_MODEL) need('LLM_MODEL', 'required when LLM=openai (e.g. deepseek-chat, qwen-plus, qwen2.5:7b)');
    if (!c.LLM_BASE_URL && !c.LLM_API_KEY) need('LLM_API_KEY', 'required when LLM=openai talks to api.openai.com; set LLM_BASE_URL for another endpoint');
  } else {
    for (const key of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const)
      if (c[key]) need(key, 'is set but LLM is off: set LLM=openai to use a model, or unset it');
  }
});
export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment (or any record) into a Config; throws AppError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .filter((k) => env[k] !== undefined && env[k] !== '')
      .map((k) => [k, env[k]]),
  );
  const parsed = ConfigSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(known[String(i.path[0])] ?? '')}: ${i.message}`);
    throw new AppError('CONFIG_INVALID', `Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

/**
 * Reads a JSON data file named by a configuration variable (ALIASES_FILE, SYNONYMS_FILE); a missing,
 * malformed or mis-shaped file is a CONFIG_INVALID error naming the variable and the file.
 */
export function readJsonFile<T>(variable: string, file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AppError('CONFIG_INVALID', `${variable}=${file}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('CONFIG_INVALID', `${variable}=${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
