// The plain data that flows through the pipeline, as zod schemas so every boundary can parse it.
import { z } from 'zod';

/** A report's coverage: a calendar year (2023年) or an academic year (2022-2023学年). */
export const PeriodSchema = z.object({
  kind: z.enum(['year', 'academic-year', 'cohort', 'unknown']),
  /** Normalised label, e.g. "2023年", "2022-2023学年" or "2023届". */
  label: z.string(),
  /** Inclusive ISO dates of what the period covers. */
  start: z.string(),
  end: z.string(),
});
export type Period = z.infer<typeof PeriodSchema>;

/** One heading of the recovered tree; offsets point into the document's cleaned text. */
export const SectionSchema = z.object({
  id: z.number().int(),
  parent: z.number().int().nullable(),
  level: z.number().int().min(1),
  heading: z.string(),
  /** Heading lines from the top level down to this one, as they appear in the report. */
  path: z.array(z.string()),
  start: z.number().int(),
  end: z.number().int(),
});
export type Section = z.infer<typeof SectionSchema>;

export const DocumentKindSchema = z.enum(['annual-report', 'admissions-charter', 'fee-notice', 'employment-report', 'other']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const ProvenanceSchema = z.enum(['metadata', 'title', 'cover', 'body', 'window', 'published', 'file-name', 'none']);

export const DocumentSchema = z.object({
  docId: z.string(),
  file: z.string(),
  hash: z.string(),
  school: z.string(),
  /** Other names of the institution (from the title block or metadata.json). */
  aliases: z.array(z.string()),
  title: z.string(),
  kind: DocumentKindSchema,
  period: PeriodSchema,
  /** Where the original is published (metadata.json), for links in citations. */
  url: z.string().optional(),
  published: z.string().optional(),
  /** Where institution, period and title were read from; anything but metadata/title is a guess. */
  provenance: z.object({ institution: ProvenanceSchema, period: ProvenanceSchema, title: ProvenanceSchema }),
  /** The statistics window when the report states one (自2021年9月1日起至2022年8月31日止). */
  window: z.object({ start: z.string(), end: z.string(), text: z.string() }).nullable(),
  /** Cleaned full text; every offset in the index points into it. */
  text: z.string(),
  sections: z.array(SectionSchema),
  warnings: z.array(z.string()),
});
export type ReportDocument = z.infer<typeof DocumentSchema>;

export const ChunkSchema = z.object({
  id: z.string(),
  docId: z.string(),
  file: z.string(),
  school: z.string(),
  title: z.string(),
  period: PeriodSchema,
  section: z.array(z.string()),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Chunk = z.infer<typeof ChunkSchema>;

/** One statistic of a report in the figures index (src/ingest/figure-records.ts). */
export const FigureRecordSchema = z.object({
  docId: z.string(),
  school: z.string(),
  /** The report's period label (2023年, 2022-2023学年). */
  period: z.string(),
  section: z.array(z.string()),
  /** What is measured, subject and measure named canonically: 微信公众号·粉丝, 官网·发布信息, 资产招租公告. */
  metric: z.string(),
  /** The report's word that narrows the figure (新增, 目前共有, 最高, 其中) and its kind. */
  qualifier: z.string().optional(),
  qualifierKind: z.enum(['new', 'total', 'max', 'average', 'part']).optional(),
  /** A breakdown's row: 党政办公室 in 其中…党政办公室57篇. */
  part: z.string().optional(),
  /** The number meant (3万余人 → 30000); the low end of a range. */
  value: z.number(),
  high: z.number().optional(),
  /** 余, 多, 约, 上千…: a bound or an estimate. */
  approx: z.boolean(),
  unit: z.string(),
  unitClass: z.string().optional(),
  /** The figure as written, and its offsets into the report's text. */
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** The sentence (or table row) holding it: what a reply quotes. */
  quoteStart: z.number().int(),
  quoteEnd: z.number().int(),
});
export type FigureRecord = z.infer<typeof FigureRecordSchema>;

export const CitationSchema = z.object({
  n: z.number().int().min(1),
  docId: z.string(),
  file: z.string(),
  school: z.string(),
  title: z.string(),
  kind: DocumentKindSchema,
  period: z.string(),
  url: z.string().optional(),
  section: z.array(z.string()),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** What each answering stage decided (ask --explain, explain: true in the API). */
export const ExplainSchema = z.object({
  understand: z.object({
    institutions: z.array(z.string()),
    ambiguous: z.array(z.object({ alias: z.string(), schools: z.array(z.string()) })),
    unknown: z.array(z.string()),
    period: z.string().optional(),
    intent: z.string(),
    scope: z.enum(['single', 'compare', 'open', 'catalog', 'clarify', 'unknown']),
    unit: z.string().optional(),
    measure: z.array(z.string()),
    qualifier: z.string().optional(),
    rank: z.string().optional(),
    parts: z.array(z.string()),
    terms: z.array(z.string()),
    notes: z.array(z.string()),
  }),
  decisions: z.array(
    z.object({
      school: z.string(),
      documents: z.array(z.object({ title: z.string(), period: z.string(), kind: z.string(), exact: z.boolean(), primary: z.boolean() })),
      candidates: z.array(z.object({ text: z.string(), section: z.string(), score: z.number(), coverage: z.number(), figure: z.string().optional() })),
      outcome: z.enum(['answer', 'refuse']),
      reason: z.string().optional(),
      reasons: z.array(z.string()),
    }),
  ),
  check: z.object({ ok: z.boolean(), problems: z.array(z.string()) }),
});
export type Explain = z.infer<typeof ExplainSchema>;

export const AnswerSchema = z.object({
  question: z.string(),
  found: z.boolean(),
  answer: z.string(),
  school: z.string().optional(),
  period: z.string().optional(),
  /** The period the question asked (再往前一年 steps from it, not from the report that answered). */
  askedPeriod: z.string().optional(),
  /** The earlier question whose topic this one carried on, kept as the conversation's topic. */
  followed: z.string().optional(),
  citations: z.array(CitationSchema),
  /** When a name fits several institutions: the ones it may mean (the reply asks which). */
  clarify: z.array(z.string()).optional(),
  timings: z.object({ retrieveMs: z.number(), answerMs: z.number() }),
  explain: ExplainSchema.optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
