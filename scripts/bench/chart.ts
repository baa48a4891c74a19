// A dependency-free SVG line chart: latency and ingest time against corpus size (log-scaled x).

export interface Series {
  name: string;
  color: string;
  points: { x: number; y: number }[];
  /** Which y axis: left (latency, ms) or right (ingest, s). */
  axis: 'left' | 'right';
}

const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

export function lineChart(title: string, series: Series[], labels: { x: string; left: string; right: string }): string {
  const W = 760;
  const H = 420;
  const m = { l: 70, r: 70, t: 50, b: 60 };
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const [x0, x1] = [Math.log10(Math.min(...xs)), Math.log10(Math.max(...xs))];
  const maxY = (axis: 'left' | 'right') => Math.max(1e-9, ...series.filter((s) => s.axis === axis).flatMap((s) => s.points.map((p) => p.y))) * 1.1;
  const yl = maxY('left');
  const yr = maxY('right');
  const px = (x: number) => m.l + ((Math.log10(x) - x0) / Math.max(x1 - x0, 1e-9)) * (W - m.l - m.r);
  const py = (y: number, axis: 'left' | 'right') => H - m.b - (y / (axis === 'left' ? yl : yr)) * (H - m.t - m.b);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="24" text-anchor="middle" font-size="15">${esc(title)}</text>`,
    `<line x1="${m.l}" y1="${H - m.b}" x2="${W - m.r}" y2="${H - m.b}" stroke="#333"/>`,
    `<line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${H - m.b}" stroke="#333"/>`,
    `<line x1="${W - m.r}" y1="${m.t}" x2="${W - m.r}" y2="${H - m.b}" stroke="#333"/>`,
  ];
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    parts.push(
      `<line x1="${px(x)}" y1="${H - m.b}" x2="${px(x)}" y2="${H - m.b + 5}" stroke="#333"/><text x="${px(x)}" y="${H - m.b + 18}" text-anchor="middle">${x.toLocaleString('en')}</text>`,
    );
  }
  for (let i = 0; i <= 4; i++) {
    const fl = (yl * i) / 4;
    const fr = (yr * i) / 4;
    parts.push(`<text x="${m.l - 8}" y="${py(fl, 'left') + 4}" text-anchor="end">${fl.toFixed(fl < 10 ? 1 : 0)}</text>`);
    parts.push(`<text x="${W - m.r + 8}" y="${py(fr, 'right') + 4}">${fr.toFixed(fr < 10 ? 1 : 0)}</text>`);
    parts.push(`<line x1="${m.l}" y1="${py(fl, 'left')}" x2="${W - m.r}" y2="${py(fl, 'left')}" stroke="#eee"/>`);
  }
  parts.push(`<text x="${W / 2}" y="${H - 18}" text-anchor="middle">${esc(labels.x)}</text>`);
  parts.push(`<text x="18" y="${H / 2}" text-anchor="middle" transform="rotate(-90 18 ${H / 2})">${esc(labels.left)}</text>`);
  parts.push(`<text x="${W - 18}" y="${H / 2}" text-anchor="middle" transform="rotate(90 ${W - 18} ${H / 2})">${esc(labels.right)}</text>`);
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y, s.axis).toFixed(1)}`).join(' ');
    parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.axis === 'right' ? ' stroke-dasharray="6 4"' : ''}/>`);
    for (const p of s.points) parts.push(`<circle cx="${px(p.x)}" cy="${py(p.y, s.axis)}" r="3" fill="${s.color}"/>`);
    parts.push(
      `<rect x="${m.l + 10}" y="${m.t + 6 + i * 18}" width="14" height="3" fill="${s.color}"/><text x="${m.l + 30}" y="${m.t + 11 + i * 18}">${esc(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
