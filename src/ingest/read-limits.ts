// The limits every reader works within, so a hostile file is rejected with a reason instead of
// exhausting memory, disk or time. Defaults live in read-limits.json; config.ts exposes each as a
// variable (MAX_FILE_MB, MAX_EXPANDED_MB, MAX_ZIP_ENTRIES, MAX_XML_DEPTH, MAX_HTML_ELEMENTS, MAX_DOC_CHARS, MAX_PDF_PAGES, MAX_READ_SECONDS).
import type { Config } from '../config.js';
import defaults from './read-limits.json' with { type: 'json' };

export interface ReadLimits {
  /** Bytes on disk. */
  maxFileBytes: number;
  /** Bytes a .docx (a zip) may expand to, all entries together. */
  maxExpandedBytes: number;
  /** Entries in a .docx's zip. */
  maxZipEntries: number;
  /** Elements nested inside each other in a .docx's XML or a web page. */
  maxXmlDepth: number;
  /** Elements in one web page. */
  maxHtmlElements: number;
  /** Characters of text read from one file. */
  maxDocChars: number;
  /** Pages of one PDF. */
  maxPdfPages: number;
  /** Seconds to read one PDF (read in a worker thread that is stopped at the deadline). */
  maxReadSeconds: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: defaults.maxFileMb * MB,
  maxExpandedBytes: defaults.maxExpandedMb * MB,
  maxZipEntries: defaults.maxZipEntries,
  maxXmlDepth: defaults.maxXmlDepth,
  maxHtmlElements: defaults.maxHtmlElements,
  maxDocChars: defaults.maxDocChars,
  maxPdfPages: defaults.maxPdfPages,
  maxReadSeconds: defaults.maxReadSeconds,
};

export const megabytes = (n: number) => `${(n / MB).toFixed(1)} MB`;

/** The rejection reason for a file with more text than MAX_DOC_CHARS. */
export const tooMuchText = (chars: number, limits: ReadLimits, where = '') =>
  `${chars.toLocaleString('en')} characters of text${where ? ` ${where}` : ''}, over the ${limits.maxDocChars.toLocaleString('en')} limit (MAX_DOC_CHARS): split the file`;

/** The limits a configuration sets. */
export function readLimitsFrom(config: Config): ReadLimits {
  return {
    maxFileBytes: config.MAX_FILE_MB * MB,
    maxExpandedBytes: config.MAX_EXPANDED_MB * MB,
    maxZipEntries: config.MAX_ZIP_ENTRIES,
    maxXmlDepth: config.MAX_XML_DEPTH,
    maxHtmlElements: config.MAX_HTML_ELEMENTS,
    maxDocChars: config.MAX_DOC_CHARS,
    maxPdfPages: config.MAX_PDF_PAGES,
    maxReadSeconds: config.MAX_READ_SECONDS,
  };
}
