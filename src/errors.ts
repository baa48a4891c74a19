// One table of error codes and one error class; channels map codes to HTTP statuses or polite replies.

export const ERROR_CODES = {
  CONFIG_INVALID: { status: 500, zh: '配置有误' },
  INDEX_MISSING: { status: 503, zh: '索引尚未建立，请先运行 npm run ingest' },
  INDEX_INCOMPATIBLE: { status: 503, zh: '索引与当前版本不兼容，请重新运行 npm run ingest' },
  INDEX_CORRUPT: { status: 503, zh: '索引文件损坏，请重新运行 npm run ingest' },
  FILE_REJECTED: { status: 422, zh: '文件无法读取' },
  BAD_REQUEST: { status: 400, zh: '请求格式有误' },
  UNKNOWN_SCHOOL: { status: 404, zh: '未收录该学校' },
  RATE_LIMITED: { status: 429, zh: '提问太频繁了，请稍后再试' },
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
