// The embeddable chat widget: one <script> tag, a shadow-DOM panel, streamed answers with citations.
// Everything from users, reports or the server is inserted as text, never as HTML.
import { el } from '../dom.js';
import { css } from './styles.js';

interface Citation {
  n: number;
  docId: string;
  school: string;
  title: string;
  period: string;
  section: string[];
  quote: string;
  start: number;
  end: number;
}

const SUGGESTIONS = ['学费标准在哪里公开？', '奖助学金怎么评定？', '招生章程在哪里看？', '去年官微发了多少篇文章？'];

function sessionId(): string {
  try {
    const saved = localStorage.getItem('gongkai-session');
    if (saved) return saved;
    const id = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem('gongkai-session', id);
    return id;
  } catch {
    return `s${Date.now().toString(36)}`;
  }
}

/** Reads Server-Sent Events from a fetch response body. */
async function* events(res: Response): AsyncGenerator<{ event: string; data: string }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buf.indexOf('\n\n')) >= 0) {
      const raw = buf.slice(0, cut);
      buf = buf.slice(cut + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of raw.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      yield { event, data: data.join('\n') };
    }
  }
}

function mount(script: HTMLScriptElement | null): void {
  const base = new URL(script?.src ?? '/widget.js', location.href).origin;
  const data = script?.dataset ?? {};
  const school = data.school || undefined;
  const title = data.title || '信息公开问答';
  const color = /^#[0-9a-f]{3,8}$/i.test(data.color ?? '') ? data.color! : '#8b1a1a';
  const pageMode = data.mode === 'page';
  const session = sessionId();

  const host = el('div', { id: 'gongkai-widget' });
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  root.appendChild(el('style', {}, css(color)));

  const fab = el('button', { class: 'fab', type: 'button', 'aria-label': `打开${title}`, 'aria-expanded': 'false' }, '问答');
  const panel = el('section', { class: pageMode ? 'panel page' : 'panel', role: 'dialog', 'aria-label': title });
  const head = el('div', { class: 'head' });
  head.append(el('h2', {}, title));
  const close = el('button', { class: 'close', type: 'button', 'aria-label': '关闭问答' }, '×');
  if (!pageMode) head.append(close);
  const log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': '对话记录' });
  const sugs = el('div', { class: 'sugs', 'aria-label': '推荐问题' });
  const form = el('form', { 'aria-label': '提问' });
  const input = el('input', {
    type: 'text',
    maxlength: '500',
    placeholder: '输入您的问题，例如：学费标准在哪里公开？',
    'aria-label': '输入问题',
    enterkeyhint: 'send',
  });
  const send = el('button', { class: 'send', type: 'submit', 'aria-label': '发送' }, '发送');
  form.append(input, send);
  panel.append(head, log, sugs, form);
  if (!pageMode) root.append(fab);
  root.append(panel);

  const say = (who: 'user' | 'bot', text: string) => {
    const row = el('div', { class: `msg ${who}` });
    const bubble = el('div', { class: 'bubble' }, text);
    row.append(bubble);
    log.append(row);
    log.scrollTop = log.scrollHeight;
    return bubble;
  };

  const citations = (bubble: HTMLElement, list: Citation[]) => {
    if (!list.length) return;
    const box = el('div', { class: 'cites' });
    const details: HTMLElement[] = [];
    for (const c of list) {
      const id = `cite-${Math.random().toString(36).slice(2)}`;
      const chip = el('button', { class: 'chip', type: 'button', 'aria-expanded': 'false', 'aria-controls': id }, `[${c.n}] ${c.section.at(-1) ?? c.title}`);
      const d = el('div', { class: 'detail', id, hidden: '' });
      d.append(
        el('div', {}, `${c.school}《${c.title}》（${c.period}）`),
        el('div', {}, c.section.length ? c.section.join(' › ') : '报告导语'),
        el('q', {}, c.quote),
      );
      const link = el(
        'a',
        { href: `${base}/source/${encodeURIComponent(c.docId)}?start=${c.start}&end=${c.end}`, target: '_blank', rel: 'noopener' },
        '查看原文',
      );
      d.append(link);
      chip.addEventListener('click', () => {
        const open = d.hidden;
        d.hidden = !open;
        chip.setAttribute('aria-expanded', String(open));
      });
      box.append(chip);
      details.push(d);
    }
    bubble.append(box, ...details);
  };

  let busy = false;
  const ask = async (question: string) => {
    question = question.trim();
    if (!question || busy) return;
    busy = true;
    send.disabled = true;
    say('user', question);
    input.value = '';
    const bubble = say('bot', '正在查找…');
    const text = document.createTextNode('');
    try {
      const res = await fetch(`${base}/api/ask/stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question, school, sessionId: session }),
      });
      if (!res.ok) {
        const err = await res.json().catch(() => ({ message: '服务暂时不可用，请稍后再试。' }));
        bubble.textContent = String(err.message ?? '').split(' / ')[0] || '服务暂时不可用，请稍后再试。';
        return;
      }
      let first = true;
      for await (const { event, data } of events(res)) {
        if (event === 'delta') {
          if (first) {
            bubble.textContent = '';
            bubble.append(text);
            first = false;
          }
          text.data += JSON.parse(data).text;
        } else if (event === 'citations') citations(bubble, JSON.parse(data));
        else if (event === 'error') bubble.textContent = JSON.parse(data).message;
        log.scrollTop = log.scrollHeight;
      }
    } catch {
      bubble.textContent = '网络出了点问题，请稍后再试。';
    } finally {
      busy = false;
      send.disabled = false;
      input.focus();
    }
  };

  for (const s of SUGGESTIONS) {
    const b = el('button', { class: 'sug', type: 'button' }, s);
    b.addEventListener('click', () => void ask(s));
    sugs.append(b);
  }
  say('bot', school ? `您好！我可以回答关于${school}信息公开报告的问题，回答会注明出处。` : '您好！我可以回答关于各校信息公开年度报告的问题，回答会注明出处。');

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    fab.setAttribute('aria-expanded', String(open));
    if (open) input.focus();
    else fab.focus();
  };
  if (!pageMode) setOpen(false);
  fab.addEventListener('click', () => setOpen(fab.getAttribute('aria-expanded') !== 'true'));
  close.addEventListener('click', () => setOpen(false));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void ask(input.value);
  });
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !pageMode) setOpen(false);
  });
  if (pageMode) input.focus();
}

const current = document.currentScript as HTMLScriptElement | null;
if (document.body) mount(current);
else document.addEventListener('DOMContentLoaded', () => mount(current));
