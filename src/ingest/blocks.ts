// The common output of every reader: the document's blocks as text, in reading order.

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

export interface Block {
  kind: BlockKind;
  text: string;
  /** For headings that carried an explicit level (Word heading style, Markdown #). */
  level?: number;
}

/** Thrown by a reader when a file cannot be ingested; the message is the one-line reason. */
export class RejectedFile extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RejectedFile';
  }
}

/** A table row that stands on its own: each cell prefixed with its column header. */
export function tableRowText(headers: string[], cells: string[]): string {
  return cells
    .map((cell, i) => {
      const h = headers[i]?.trim();
      // An empty cell says nothing: no "备注：" left hanging.
      if (!cell.trim()) return '';
      return h && h !== cell ? `${h}：${cell}` : cell;
    })
    .filter((c) => c.trim().length > 0)
    .join(' | ');
}
