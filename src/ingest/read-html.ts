// Reads a web page saved from a university site: the article body (menus, breadcrumbs, sidebars,
// footers and share buttons dropped by Readability), preceded by the page title and publish date.
import { Readability } from '@mozilla/readability';
import type { ChildNode, Element } from 'domhandler';
import { Parser, parseDocument } from 'htmlparser2';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { type Block, RejectedFile } from './blocks.js';
import { type SpanCell, tableBlocks } from './table-grid.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { decodeText } from './read-text.js';

export function readHtml(buf: Buffer, limits: ReadLimits = DEFAULT_READ_LIMITS): Block[] {
  const html = decodeHtml(buf);
  // linkedom's and Readability's costs grow faster than the page with nesting depth: measure the
  // shape with htmlparser2's streaming parser (linear) before building a DOM.
  const shape = htmlShape(html, limits);
  if (shape.depth > limits.maxXmlDepth) {
    throw new RejectedFile(`elements nest more than ${limits.maxXmlDepth} deep (MAX_XML_DEPTH): save the page as .txt`);
  }
  if (shape.elements > limits.maxHtmlElements) {
    throw new RejectedFile(`more than ${limits.maxHtmlElements.toLocaleString('en')} elements (MAX_HTML_ELEMENTS): save the page as .txt`);
  }
  const { document } = parseHTML(html);
  // A page that decodes to no markup at all (a lying charset, a renamed binary) has no root element.
  if (!document.documentElement)
    throw new RejectedFile('no HTML in the file (a wrong charset declaration, or not a web page): save the page again, or as .txt');
  const title = pageTitle(document);
  const date = publishDate(document);
  // The publisher's street address, printed only in the page footer that Readability drops.
  const address = footerAddress(document);
  // …and the phone lines and e-mail addresses it labels there (学校总机：0739-5286000), which the article may not give.
  const phones = footerPhones(document);
  unmarkContent(document);
  unhideContent(document);
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article?.content) throw new RejectedFile('no article text found in the page: save the page with its content, or as .txt');
  const body: Block[] = [];
  walk(parseDocument(article.content).children, body);
  const blocks: Block[] = [];
  if (title) blocks.push({ kind: 'heading', level: 1, text: title });
  if (date) blocks.push({ kind: 'paragraph', text: date.line });
  // A title naming no body (“2024级新生入学须知”): the site it belongs to names the publisher (…-鹿原师范学院迎新网).
  const site = siteName(document);
  if (site && !NAMES_A_BODY.test(title ?? '')) blocks.push({ kind: 'paragraph', text: `网站：${site}` });
  const header = blocks.length;
  for (const b of body) {
    // The article often repeats the page title and its "发布时间：…" line: keep one of each.
    if (blocks.length === header && (sameText(b.text, title) || (date && b.text.includes(date.iso)))) continue;
    blocks.push(b);
  }
  if (address && !blocks.some((b) => b.text.includes(address))) blocks.push({ kind: 'paragraph', text: `地址：${address}` });
  for (const line of phones) if (!blocks.some((b) => b.text.includes(line.number))) blocks.push({ kind: 'paragraph', text: `${line.label}：${line.number}` });
  return blocks;
}

/** A labelled e-mail address in a footer (电子邮箱：zsb@juting-u.cn, E-mail: …): a contact like its phone lines. */
// (Its owner before it, 招生办邮箱, as a phone line's; the address ends where its lower-case domain does: 邮箱：zsb@x.edu.cn
// run into Copyright.)
const FOOTER_EMAIL = /([\u4e00-\u9fa5]{0,8}(?:邮箱|信箱|邮件)|[Ee]-?[Mm]ail)\s*[：:]\s*([A-Za-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,6})(?![a-z])/gu;

/** A labelled phone line in a footer (学校总机：0739-5286000, 学工值班电话：…). */
const FOOTER_PHONE = /([\u4e00-\u9fa5]{0,8}(?:电话|总机|热线|传真))\s*[：:]\s*((?:\(?0\d{2,3}\)?[-－\s]?)?\d{7,8}(?:[-－转]\d{1,5})?)/gu;

/** The phone lines (and e-mail addresses) a page's footer labels, in order. */
function footerPhones(doc: Meta): { label: string; number: string }[] {
  const out: { label: string; number: string }[] = [];
  for (const el of doc.querySelectorAll(FOOTER))
    for (const pattern of [FOOTER_PHONE, FOOTER_EMAIL])
      for (const m of (el.textContent ?? '').matchAll(pattern)) if (!out.some((o) => o.number === m[2])) out.push({ label: m[1]!, number: m[2]! });
  return out;
}

/** Elements of a page's footer, where a site prints its owner's address. */
const FOOTER = 'footer, [class*="foot" i], [id*="foot" i], [class*="copyright" i]';

/** The street address a page's footer gives (地址：澜川省洛宁市文昌路277号), if any. */
function footerAddress(doc: Meta): string | undefined {
  for (const el of doc.querySelectorAll(FOOTER)) {
    // (Only a street address, up to its number and room: 地址：湖南省长沙市 says no more than the site's city,
    // and the 邮编 or 电话 printed right after it is no part of it.)
    const m = /地\s*址\s*[：:]\s*([^\s\u3000|｜：:]{2,40}?号(?:[^\s\u3000|｜：:]{0,12}?[楼室])?)/u.exec(el.textContent ?? '');
    if (m) return m[1]!;
  }
  return undefined;
}

/** Deepest nesting and element count as an HTML parser sees them (implied end tags included); stops once past either limit. */
function htmlShape(html: string, limits: ReadLimits): { depth: number; elements: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const over = new Error('over a limit');
  const parser = new Parser({
    onopentag() {
      elements++;
      if (++depth > deepest) deepest = depth;
      if (deepest > limits.maxXmlDepth || elements > limits.maxHtmlElements) throw over;
    },
    onclosetag() {
      depth--;
    },
  });
  try {
    parser.write(html);
    parser.end();
  } catch (err) {
    if (err !== over) throw err;
  }
  return { depth: deepest, elements };
}

/** Class words Readability weighs against that pages also give to their own text: a contact list (<ul class="contact">, lxfs). Related-article lists stay dropped: their figures are other documents'. */
const CONTENT_CLASS = /contact|lxfs|lianxi/i;
/** Class words that really are chrome: those keep their class. */
const CHROME_CLASS = /foot|copyright|share|comment|side|nav|menu|crumb|\bad\b|promo|sponsor|social|header|top-?bar/i;
/** Where an article's own text lives. */
const ARTICLE = 'article, main, [class*="article" i], [class*="content" i], [id*="content" i], [class*="main" i]';

/**
 * Inside the article, a block of text (a contact list, a table) whose class Readability reads as
 * chrome loses that class, so its text is kept: lists of phone numbers and e-mail addresses are
 * what people ask about. Blocks that are mostly links stay as they are.
 */
function unmarkContent(document: { querySelectorAll(sel: string): Iterable<DomElement> }): void {
  for (const el of document.querySelectorAll(
    `${ARTICLE.split(', ')
      .map((a) => `${a} [class]`)
      .join(', ')}`,
  ) as Iterable<DomElement>) {
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!CONTENT_CLASS.test(cls) || CHROME_CLASS.test(cls)) continue;
    const text = el.textContent?.replace(/\s+/g, '') ?? '';
    if (text.length < 10 || linkShare(el, text) > MAX_LINK_SHARE) continue;
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

/** An inline style or attribute hiding an element until a script shows it. */
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Least text (characters) a hidden block must hold to be content rather than a widget. */
const HIDDEN_TEXT_MIN = 30;

/**
 * Tabbed pages (招生计划 | 收费 | 常见问题 panes, all but one style="display:none" until clicked) hold the article in
 * hidden blocks, which Readability skips as invisible. A hidden block that is no chrome (nav, menu, footer…) and is
 * mostly text, not links, is shown, so every pane is read as the page holds it.
 */
function unhideContent(document: { querySelectorAll(sel: string): Iterable<DomElement> }): void {
  const visible = (document.querySelectorAll('body') as Iterable<DomElement>)[Symbol.iterator]().next().value?.textContent?.replace(/\s+/g, '') ?? '';
  for (const el of document.querySelectorAll(HIDDEN_PANES) as Iterable<DomElement>) {
    const style = el.getAttribute('style') ?? '';
    if (!HIDDEN_STYLE.test(style) && !el.hasAttribute('hidden')) continue;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CHROME_CLASS.test(cls) || HIDDEN_CHROME.test(cls) || /^(?:script|style|template|noscript|input|select|option)$/i.test(el.tagName)) continue;
    const text = el.textContent?.replace(/\s+/g, '') ?? '';
    // (A template's placeholders, {{ item.fee }}, are no text; nor a copy of text shown elsewhere, a mobile version.)
    if (text.length < HIDDEN_TEXT_MIN || text.includes('{{') || linkShare(el, text) > MAX_LINK_SHARE || visible.split(text).length > 2) continue;
    el.setAttribute('style', style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, ''));
    el.removeAttribute('hidden');
  }
}

/** Where tab panes stand: elements named as panes or tabs, or any block inside the article's own container. */
const HIDDEN_PANES = `[class*="tab" i][style], [class*="pane" i][style], [id*="tab" i][style], [role="tabpanel"], [class*="tab" i][hidden], [class*="pane" i][hidden], ${ARTICLE.split(', ')
  .map((a) => `${a} [style]`)
  .join(', ')}`;
/** Hidden widgets that are no pane of the page's text: dialogs, pop-ups, QR codes, log-in and search boxes. */
const HIDDEN_CHROME = /modal|popup|pop-up|dialog|layer|mask|qrcode|weixin|wechat|login|search|toast|tooltip|dropdown/i;
/** Most of a block's text that may be link text for it to count as text (a menu is mostly links). */
const MAX_LINK_SHARE = 0.3;

/** The share of an element's text that is link text. */
function linkShare(el: DomElement, text: string): number {
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + (a.textContent?.replace(/\s+/g, '').length ?? 0), 0);
  return text.length ? linked / text.length : 0;
}

const sameText = (a: string, b: string | undefined) => !!b && a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * The page's declared charset (<meta charset>, or http-equiv Content-Type) wins; without one the
 * bytes are decoded like a text file (BOM, UTF-8 when valid, else detection). GBK and GB2312 are
 * decoded as GB18030, their superset.
 */
export function decodeHtml(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  const head = buf.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared) {
    const encoding = /^(gb|euc-cn|x-gbk)/.test(declared) ? 'GB18030' : declared;
    if (iconv.encodingExists(encoding)) return iconv.decode(buf, encoding);
  }
  return decodeText(buf);
}

/** The few DOM calls the reader makes (linkedom's document). */
interface DomElement {
  textContent: string | null;
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(sel: string): Iterable<DomElement>;
}

interface Meta {
  querySelectorAll(sel: string): Iterable<{ textContent: string | null }>;
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  body?: { textContent: string | null } | null;
}

const attr = (doc: Meta, sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;

/**
 * The article's own title: CMS meta tags, else the page heading that the <title> starts with, else
 * the <title> without a trailing site name ("…年度报告-某某学院信息公开网"; a hyphen inside the title,
 * as in 2022-2023学年, stays).
 */
function pageTitle(doc: Meta): string | undefined {
  const meta = attr(doc, 'meta[name="ArticleTitle" i]') ?? attr(doc, 'meta[property="og:title"]') ?? attr(doc, 'meta[name="title" i]');
  if (meta) return meta;
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const squash = (t: string) => t.replace(/\s+/g, '');
  for (const h of doc.querySelectorAll('h1, h2, h3, [class*="title" i]')) {
    const text = h.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (text.length >= 4 && squash(title).startsWith(squash(text))) return text;
  }
  const bare = title.replace(SITE_SUFFIX, '').trim();
  // The page's heading may print the body before the title the <title> carries (汀川师范学院 + 2024年…指南).
  for (const h of doc.querySelectorAll('h1')) {
    const text = h.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (bare.length >= 4 && text.length <= bare.length + 30 && squash(text).endsWith(squash(bare))) return text;
  }
  return bare || undefined;
}
/** A title naming its body: a school, a government, an office (招生办) — not 办理 or 办法. */
const NAMES_A_BODY = /大学(?!生)|学院|学校|政府|委员会|办公[室厅]|[局厅](?!长)|办(?![理法事公学])/;

/** The site's name: og:site_name, else what follows the article title in <title> (…-某某学院信息公开网). */
function siteName(doc: Meta): string | undefined {
  const meta = attr(doc, 'meta[property="og:site_name"]') ?? attr(doc, 'meta[name="SiteName" i]');
  if (meta) return meta.replace(/\s+/g, '');
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return (
    SITE_SUFFIX.exec(title)?.[0]
      .replace(/^\s*[-_|｜—–]\s*/, '')
      .replace(/\s+/g, '') || undefined
  );
}
// (…-澄州理工大学后勤保障处: an office's site names its institution too.)
// (…-青石师范学院学生工作处（学生资助管理中心）: an office's other name in brackets after it.)
const SITE_SUFFIX = /\s*[-_|｜—–]\s*[^-_|｜—–]*(?:网|网站|门户|官网|主页|大学|学院|学校|处|中心|办公室|部|局|厅|委员会|政府)(?:[（(][^（()）]{1,20}[）)])?\s*$/;

const DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** The publish date from meta tags (PubDate, article:published_time…) or a "发布时间：…" line. */
function publishDate(doc: Meta): { iso: string; line: string } | undefined {
  const meta =
    attr(doc, 'meta[name="PubDate" i]') ??
    attr(doc, 'meta[property="article:published_time"]') ??
    attr(doc, 'meta[name="publishdate" i]') ??
    attr(doc, 'meta[name="date" i]');
  const shown = /(?:发布|发表|公布|更新)(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/.exec(
    doc.body?.textContent ?? '',
  )?.[1];
  const m = DATE.exec(meta ?? shown ?? '');
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return { iso, line: `发布时间：${iso}` };
}

const isElement = (n: ChildNode): n is Element => n.type === 'tag';
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'li',
  'ul',
  'ol',
  'table',
  'tr',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'header',
  'footer',
  'form',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** Source line breaks are spaces in HTML; only <br> breaks a line. */
function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data.replace(/[ \t\r\n]+/g, ' ');
  if (!isElement(node)) return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

/** Headings, paragraphs (split at <br>), list items and table rows; inline text between blocks is a paragraph. */
function walk(nodes: ChildNode[], out: Block[]): void {
  let inline = '';
  const flush = () => {
    for (const line of inline.split('\n')) if (line.trim()) out.push({ kind: 'paragraph', text: line });
    inline = '';
  };
  for (const node of nodes) {
    if (!isElement(node) || !BLOCK.has(node.name)) {
      inline += textOf(node);
      continue;
    }
    flush();
    const h = /^h([1-6])$/.exec(node.name);
    if (h) out.push({ kind: 'heading', level: Number(h[1]), text: textOf(node).replace(/\s+/g, ' ') });
    else if (node.name === 'table') table(node, out);
    else if (node.name === 'dl') definitions(node, out);
    else if (node.name === 'li') {
      const own = node.children.filter((c) => !(isElement(c) && (c.name === 'ul' || c.name === 'ol')));
      out.push({ kind: 'list-item', text: own.map(textOf).join('').replace(/\s+/g, ' ') });
      walk(
        node.children.filter((c) => !own.includes(c)),
        out,
      );
    } else walk(node.children, out);
  }
  flush();
}

/** The longest description read as a fact beside its term. */
const FACT_MAX = 120;

/**
 * A definition list (<dt>2025年招生计划</dt><dd>120人</dd>) is a run of labelled facts: each term and its
 * description one line, "2025年招生计划：120人", so the label stands beside its value as in a table row.
 */
function definitions(node: Element, out: Block[]): void {
  // (Only short facts: a list of questions and answers (<dt>问1：…？</dt><dd>答：…<table>…</dd>) is read as blocks.)
  const items = node.children.filter(isElement);
  const facts = items.every((c) =>
    c.name === 'dt' ? !/[？?]/.test(textOf(c)) : c.name !== 'dd' || (textOf(c).trim().length <= FACT_MAX && !c.children.some((k) => isElement(k) && BLOCK.has(k.name))),
  );
  if (!facts) return walk(node.children, out);
  let term = '';
  const flat = (n: ChildNode) => textOf(n).replace(/\s+/g, ' ').trim();
  for (const c of node.children) {
    if (!isElement(c)) continue;
    if (c.name === 'dt') {
      if (term) out.push({ kind: 'paragraph', text: term });
      term = flat(c);
    } else if (c.name === 'dd') {
      const text = flat(c);
      if (text) out.push({ kind: 'paragraph', text: term ? `${term.replace(/[：:]$/, '')}：${text}` : text });
      term = '';
    } else walk([c], out);
  }
  if (term) out.push({ kind: 'paragraph', text: term });
}

function table(node: Element, out: Block[]): void {
  // Merged cells (a campus spanning its rows) are carried down and across, as Word tables are.
  const rows: SpanCell[][] = [];
  const span = (c: Element, name: string) => Number(c.attribs[name]) || 1;
  const collect = (n: ChildNode): void => {
    if (!isElement(n)) return;
    if (n.name === 'tr') {
      rows.push(
        n.children
          .filter(isElement)
          .filter((c) => c.name === 'td' || c.name === 'th')
          .map((c) => ({ text: textOf(c).replace(/\s+/g, ' ').trim(), colspan: span(c, 'colspan'), rowspan: span(c, 'rowspan') })),
      );
    } else if (n.name !== 'table' || n === node) n.children.forEach(collect);
  };
  collect(node);
  out.push(...tableBlocks(rows));
}
