// Reads .docx through mammoth's HTML, keeping headings, paragraphs, list items and table rows; auto numbers
// (第一条 from numbering.xml) are written into their paragraphs first.
import { createRequire } from 'node:module';
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { type Block, RejectedFile } from './blocks.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { withRenderedNumbering } from './docx-numbering.js';
import { inspectDocxZip } from './read-zip.js';
import { type SpanCell, tableBlocks } from './table-grid.js';

// mammoth reads a .docx without word/styles.xml (written by tools other than Word) with a default style
// set that has no table styles, so a table's style reference (w:tblStyle TableGrid) throws and the whole
// file is lost; its own complete empty set stands in for it.
const stylesReader = createRequire(import.meta.url)('mammoth/lib/docx/styles-reader.js') as { defaultStyles: unknown; Styles?: { EMPTY?: unknown } };
if (stylesReader.Styles?.EMPTY) stylesReader.defaultStyles = stylesReader.Styles.EMPTY;

const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Images carry no text: skip them rather than inline each as a base64 data URL. */
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

export async function readDocx(buf: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<Block[]> {
  inspectDocxZip(buf, limits);
  let html: string;
  try {
    const numbered = await withRenderedNumbering(buf);
    ({ value: html } = await mammoth.convertToHtml({ buffer: numbered }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES }));
  } catch (err) {
    throw new RejectedFile(`corrupt .docx (${(err as Error).message.split('\n')[0]}): re-save it from Word`);
  }
  const blocks: Block[] = [];
  walk(parseDocument(html).children, blocks);
  return blocks;
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag';
}

function textOf(node: ChildNode, skipLists = false): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node)) return '';
  if (node.name === 'br') return '\n';
  if (skipLists && (node.name === 'ol' || node.name === 'ul')) return '';
  return node.children.map((c) => textOf(c, skipLists)).join('');
}

function walk(nodes: ChildNode[], out: Block[]): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    const h = /^h([1-6])$/.exec(node.name);
    if (h) out.push({ kind: 'heading', level: Number(h[1]), text: textOf(node) });
    else if (node.name === 'p') {
      for (const line of textOf(node).split('\n')) out.push({ kind: 'paragraph', text: line });
    } else if (node.name === 'li') {
      out.push({ kind: 'list-item', text: textOf(node, true) });
      walk(node.children, out);
    } else if (node.name === 'table') table(node, out);
    else walk(node.children, out);
  }
}

function table(node: Element, out: Block[]): void {
  const rows: SpanCell[][] = [];
  const span = (c: Element, name: string) => Number(c.attribs[name]) || 1;
  const collect = (n: ChildNode): void => {
    if (!isElement(n)) return;
    if (n.name === 'tr') {
      rows.push(
        n.children
          .filter(isElement)
          .filter((c) => c.name === 'td' || c.name === 'th')
          .map((c) => ({ text: textOf(c).trim(), colspan: span(c, 'colspan'), rowspan: span(c, 'rowspan') })),
      );
    } else if (n.name !== 'table' || n === node) n.children.forEach(collect);
  };
  collect(node);
  out.push(...tableBlocks(rows));
}
