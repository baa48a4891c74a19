// One table of error codes and one error class; channels map codes to HTTP statuses or polite replies.

export const ERROR_CODES = {
  CONFIG_INVALID: { status: 500, zh: '配置有误。', en: 'Invalid configuration.' },
  INDEX_MISSING: { status: 503, zh: '问答服务正在准备中，请稍后再试。', en: 'The index is not loaded yet.' },
  INDEX_INCOMPATIBLE: { status: 503, zh: '问答服务正在更新，请稍后再试。', en: 'The index must be rebuilt with npm run ingest.' },
  INDEX_CORRUPT: { status: 503, zh: '问答服务正在更新，请稍后再试。', en: 'The index is damaged; rebuild it with npm run ingest.' },
  BAD_REQUEST: { status: 400, zh: '请求格式有误。', en: 'Bad request.' },
  BAD_JSON: { status: 400, zh: '请求内容不是有效的 JSON。', en: 'The body is not valid JSON.' },
  BODY_TOO_LARGE: { status: 413, zh: '请求内容太大了。', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '请以 JSON 格式提交问题。', en: 'Send the question as application/json.' },
  NOT_FOUND: { status: 404, zh: '找不到请求的内容。', en: 'Not found.' },
  UNKNOWN_SCHOOL: { status: 404, zh: '未收录该学校。', en: 'This institution is not in the index.' },
  RATE_LIMITED: { status: 429, zh: '提问太频繁了，请一分钟后再试。', en: 'Too many questions; try again in a minute.' },
  INTERNAL: { status: 500, zh: '服务出了点问题，请稍后再试。', en: 'Internal error.' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
