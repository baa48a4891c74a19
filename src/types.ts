// The plain data that flows through the pipeline, as zod schemas so every boundary can parse it.
import { z } from 'zod';

/** A report's coverage: a calendar year (2023年) or an academic year (2022-2023学年). */
export const PeriodSchema = z.object({
  kind: z.enum(['year', 'academic-year', 'unknown']),
  /** Normalised label, e.g. "2023年" or "2022-2023学年". */
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

export const DocumentSchema = z.object({
  docId: z.string(),
  file: z.string(),
  hash: z.string(),
  school: z.string(),
  title: z.string(),
  period: PeriodSchema,
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

export const CitationSchema = z.object({
  n: z.number().int().min(1),
  docId: z.string(),
  file: z.string(),
  school: z.string(),
  title: z.string(),
  period: z.string(),
  section: z.array(z.string()),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const AnswerSchema = z.object({
  question: z.string(),
  found: z.boolean(),
  answer: z.string(),
  school: z.string().optional(),
  period: z.string().optional(),
  citations: z.array(CitationSchema),
  timings: z.object({ retrieveMs: z.number(), answerMs: z.number() }),
});
export type Answer = z.infer<typeof AnswerSchema>;
