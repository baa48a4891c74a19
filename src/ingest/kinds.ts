// A document's kind from its title, by the word table in kinds.json.
import type { DocumentKind } from '../types.js';
import data from './kinds.json' with { type: 'json' };

const KINDS = data.kinds as { kind: DocumentKind; words: string[] }[];

export function documentKind(title: string): DocumentKind {
  return KINDS.find((k) => k.words.some((w) => title.includes(w)))?.kind ?? 'other';
}

/** How a kind reads in a reply or a citation. */
export const KIND_LABELS: Record<DocumentKind, string> = {
  'annual-report': '信息公开年度报告',
  'admissions-charter': '招生章程',
  'fee-notice': '收费公示',
  'employment-report': '就业质量报告',
  other: '公开文件',
};
