// The figures page in the browser: a metric search box fed by the metrics the index knows, a table
// across institutions and periods sortable by column, and a bar chart (chart.js, bundled by esbuild).
// Every value links to the source viewer at its passage.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { el } from '../dom.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
// The canvas draws with the page's Chinese font, not chart.js's Latin default.
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

interface FigureRecord {
  docId: string;
  school: string;
  period: string;
  metric: string;
  qualifier?: string;
  qualifierKind?: string;
  part?: string;
  value: number;
  unit: string;
  approx: boolean;
  text: string;
  start: number;
  end: number;
  quoteStart: number;
  quoteEnd: number;
}

interface Response {
  metrics: { metric: string; count: number }[];
  records: FigureRecord[];
}

type SortKey = 'school' | 'period' | 'value';

const input = document.getElementById('metric') as HTMLInputElement;
const list = document.getElementById('metrics') as HTMLDataListElement;
const status = document.getElementById('status')!;
const tbody = document.querySelector('#table tbody') as HTMLTableSectionElement;
const canvas = document.getElementById('chart') as HTMLCanvasElement;
let chart: Chart | undefined;
let rows: FigureRecord[] = [];
let schools: string[] = [];
let sort: { key: SortKey; dir: 1 | -1 } = { key: 'value', dir: -1 };

async function get(params: Record<string, string>): Promise<Response> {
  const res = await fetch(`/api/figures?${new URLSearchParams(params)}`);
  if (!res.ok) throw new Error(((await res.json()) as { message?: string }).message ?? `HTTP ${res.status}`);
  return (await res.json()) as Response;
}

/** One figure per report: the headline one (not a breakdown's row), first in the report. */
function headline(records: FigureRecord[]): FigureRecord[] {
  const byDoc = new Map<string, FigureRecord>();
  for (const r of records) {
    const cur = byDoc.get(r.docId);
    const rank = (x: FigureRecord) => (x.part ? 2 : x.qualifierKind && x.qualifierKind !== 'total' ? 1 : 0);
    if (!cur || rank(r) < rank(cur)) byDoc.set(r.docId, r);
  }
  return [...byDoc.values()];
}

const shown = (r: FigureRecord) => `${r.approx ? '约' : ''}${r.value.toLocaleString('zh-CN')}${r.unit}`;

function renderTable(): void {
  const sorted = [...rows].sort((a, b) => {
    const k = sort.key;
    const d = k === 'value' ? a.value - b.value : a[k].localeCompare(b[k], 'zh-CN');
    return sort.dir * d || a.school.localeCompare(b.school, 'zh-CN');
  });
  tbody.textContent = '';
  for (const r of sorted) {
    const tr = el('tr');
    tr.append(el('td', {}, r.school), el('td', {}, r.period));
    const td = el('td', { class: 'value' });
    td.append(el('a', { href: `/source/${encodeURIComponent(r.docId)}?start=${r.start}&end=${r.end}`, title: '查看原文' }, shown(r)));
    tr.append(td, el('td', {}, [r.qualifier, r.part].filter(Boolean).join(' ')));
    tbody.append(tr);
  }
  const stated = new Set(rows.map((r) => r.school));
  for (const s of schools.filter((x) => !stated.has(x))) {
    const tr = el('tr');
    tr.append(el('td', {}, s), el('td', {}, '—'), el('td', { class: 'missing' }, '未说明'), el('td', {}, ''));
    tbody.append(tr);
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('th button')) {
    if (b.dataset.sort === sort.key) b.setAttribute('aria-sort', sort.dir === 1 ? 'ascending' : 'descending');
    else b.removeAttribute('aria-sort');
  }
}

function renderChart(metric: string): void {
  const periods = [...new Set(rows.map((r) => r.period))].sort();
  const labels = [...new Set(rows.map((r) => r.school))];
  const colours = ['#8b1a1a', '#d98c2b', '#3b6ea5', '#4e8a3e', '#7a4fa0'];
  const datasets = periods.map((p, i) => ({
    label: p,
    backgroundColor: colours[i % colours.length],
    data: labels.map((s) => rows.find((r) => r.school === s && r.period === p)?.value ?? null),
  }));
  chart?.destroy();
  chart = new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { title: (items) => `${items[0]?.label ?? ''} · ${metric}` } } },
      scales: { x: { ticks: { autoSkip: false, maxRotation: 60 } }, y: { beginAtZero: true } },
    },
  });
}

async function show(metric: string): Promise<void> {
  status.textContent = '正在加载…';
  try {
    const data = await get({ metric });
    rows = headline(data.records);
    renderTable();
    renderChart(metric);
    const units = [...new Set(rows.map((r) => r.unit).filter(Boolean))].join('、');
    status.textContent = rows.length ? `${metric}：${rows.length}份报告${units ? `（单位：${units}）` : ''}` : `没有找到“${metric}”。`;
    history.replaceState(null, '', `?metric=${encodeURIComponent(metric)}`);
  } catch (err) {
    status.textContent = `加载失败：${(err as Error).message}`;
  }
}

async function main(): Promise<void> {
  const all = await get({});
  await document.fonts.ready;
  schools = [...new Set(all.records.map((r) => r.school))];
  for (const m of all.metrics) list.append(el('option', { value: m.metric }, `${m.metric}（${m.count}）`));
  const fromUrl = new URLSearchParams(location.search).get('metric');
  // The default: the metric most institutions state.
  const spread = new Map<string, Set<string>>();
  for (const r of all.records) (spread.get(r.metric) ?? spread.set(r.metric, new Set()).get(r.metric)!).add(r.school);
  const first = fromUrl ?? [...spread].sort((a, b) => b[1].size - a[1].size)[0]?.[0] ?? '';
  input.value = first;
  for (const b of document.querySelectorAll<HTMLButtonElement>('th button')) {
    b.addEventListener('click', () => {
      const key = b.dataset.sort as SortKey;
      sort = { key, dir: sort.key === key ? (-sort.dir as 1 | -1) : key === 'value' ? -1 : 1 };
      renderTable();
    });
  }
  input.addEventListener('change', () => void show(input.value.trim()));
  if (first) await show(first);
  else status.textContent = '索引中还没有数字。';
}

void main();
