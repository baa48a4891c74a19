// The source viewer: shows a report's text with its headings and scrolls to the cited passage.
import { el } from '../dom.js';
interface Source {
  docId: string;
  school: string;
  title: string;
  period: string;
  text: string;
  sections: { id: number; level: number; heading: string; start: number; end: number }[];
}

async function main(): Promise<void> {
  const root = document.getElementById('viewer')!;
  const docId = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() ?? '');
  const params = new URLSearchParams(location.search);
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const res = await fetch(`/api/sources/${encodeURIComponent(docId)}`);
  if (!res.ok) {
    root.textContent = '找不到这份报告。';
    return;
  }
  const src = (await res.json()) as Source;
  document.title = `${src.school}《${src.title}》`;
  root.textContent = '';
  root.append(el('div', { class: 'meta' }, `${src.school} · ${src.period}`), el('h1', {}, `《${src.title}》`));

  const toc = el('nav', { class: 'toc', 'aria-label': '目录' });
  for (const s of src.sections.filter((x) => x.level <= 2)) {
    const a = el('a', { href: `#s-${s.id}` }, s.heading);
    a.style.paddingLeft = `${(s.level - 1) * 1.2}em`;
    toc.append(a);
  }
  root.append(toc);

  // Cut the text at every heading and passage boundary; each piece is a text node in its element.
  const valid = Number.isInteger(start) && Number.isInteger(end) && end > start && end <= src.text.length;
  const cuts = new Set([0, src.text.length]);
  for (const s of src.sections) cuts.add(s.start).add(s.end);
  if (valid) cuts.add(start).add(end);
  const points = [...cuts].sort((a, b) => a - b);
  const body = el('div', { class: 'text' });
  let marked = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const piece = src.text.slice(a, b);
    const heading = src.sections.find((s) => s.start <= a && b <= s.end);
    if (valid && start <= a && b <= end) {
      const mark = el('mark', marked ? {} : { id: 'hl' }, piece);
      marked = true;
      body.append(mark);
    } else if (heading) body.append(el('span', { class: 'h', id: heading.start === a ? `s-${heading.id}` : '' }, piece));
    else body.append(document.createTextNode(piece));
  }
  root.append(body);
  document.getElementById('hl')?.scrollIntoView({ block: 'center' });
}

void main();
