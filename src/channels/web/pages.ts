// The HTML pages: a demo 信息公开 page with the widget embedded, the full-page chat, the source viewer,
// and the figures page.
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

const DEMO_CSS = `<style>
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;color:#222;background:#f4f4f4}
header{background:#8b1a1a;color:#fff;padding:18px 24px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;opacity:.85}
nav{background:#a52a2a;padding:8px 24px}nav a{color:#fff;margin-right:18px;text-decoration:none;font-size:14px}
main{max-width:960px;margin:20px auto;background:#fff;padding:20px 28px;border-radius:4px}
h2{border-left:4px solid #8b1a1a;padding-left:8px;font-size:18px}li{margin:6px 0}
pre{background:#f7f7f7;border:1px solid #ddd;padding:10px;overflow:auto;font-size:13px}
footer{text-align:center;color:#888;font-size:12px;padding:20px}
</style>`;

/** A plausible university disclosure page, with the widget embedded by its one-line snippet. */
export function demoPage(origin: string, schools: { school: string; reports: { title: string; period: string; docId: string }[] }[]): string {
  const snippet = `<script src="${origin}/widget.js" data-school="湖南安全技术职业学院" async></script>`;
  const list = schools
    .flatMap((s) =>
      s.reports.map((r) => `<li><a href="/source/${encodeURIComponent(r.docId)}">${escape(s.school)}《${escape(r.title)}》</a>（${escape(r.period)}）</li>`),
    )
    .join('\n');
  return page(
    '信息公开网 · 高校信息公开年度报告',
    `<header><h1>信息公开网</h1><p>高校信息公开年度报告 · 依法公开 · 接受监督</p></header>
<nav><a href="/">首页</a><a href="/">基本信息</a><a href="/">招生考试</a><a href="/">财务资产</a><a href="/">学生管理</a><a href="/chat">在线问答</a></nav>
<main>
<h2>信息公开年度报告</h2>
<ul>
${list}
</ul>
<h2>在线问答</h2>
<p>点击右下角的按钮，可以直接提问学费标准、奖助学金、招生章程和去年的公开数据，回答会注明出自哪份报告的哪一节。</p>
<p>在贵校网站嵌入问答助手只需一行代码：</p>
<pre>${escape(snippet)}</pre>
</main>
<footer>本页面为演示页面 · 回答均摘自所列报告原文</footer>
<script src="/widget.js" async></script>`,
    DEMO_CSS,
  );
}

export function chatPage(): string {
  return page(
    '信息公开问答',
    '<noscript>请启用 JavaScript 后使用问答。</noscript><script src="/widget.js" data-mode="page" async></script>',
    '<style>html,body{margin:0;height:100%;background:#fff}</style>',
  );
}

export function viewerPage(): string {
  return page('报告原文', '<div id="viewer" aria-live="polite">正在加载报告…</div><script src="/viewer.js" async></script>', VIEWER_CSS);
}

const VIEWER_CSS = `<style>
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;color:#222;background:#fafafa}
#viewer{max-width:860px;margin:0 auto;padding:16px 20px 60px;background:#fff;min-height:100vh;box-sizing:border-box}
.meta{color:#666;font-size:14px;margin-bottom:12px}h1{font-size:20px;margin:8px 0}
.toc{font-size:14px;border:1px solid #eee;padding:8px 12px;margin-bottom:16px}.toc a{color:#8b1a1a;text-decoration:none;display:block;padding:2px 0}
.text{white-space:pre-wrap;line-height:1.9;font-size:16px}.h{font-weight:bold;color:#8b1a1a}
mark{background:#ffe27a;padding:2px 0;border-radius:2px;outline:2px solid #f0b400}
</style>`;

/** The figures page: a metric search box, a sortable table across institutions and periods, a chart. */
export function figuresPage(): string {
  return page(
    '数据对比 · 信息公开报告中的数字',
    `<header><h1>数据对比</h1><p>各校信息公开报告中的数字，每个数字都可以点开原文</p></header>
<main>
<label for="metric">指标</label>
<div class="search"><input id="metric" type="search" list="metrics" autocomplete="off" placeholder="输入指标，如 粉丝、阅读量、发布信息"><datalist id="metrics"></datalist></div>
<p id="status" role="status" aria-live="polite">正在加载…</p>
<div class="chart"><canvas id="chart" role="img" aria-label="各校该指标的柱状图"></canvas></div>
<div class="table-wrap"><table id="table"><thead><tr>
<th scope="col"><button type="button" data-sort="school">学校</button></th>
<th scope="col"><button type="button" data-sort="period">时间</button></th>
<th scope="col"><button type="button" data-sort="value">数值</button></th>
<th scope="col">说明</th>
</tr></thead><tbody></tbody></table></div>
<p class="note">数字摘自各校报告原文，点击数值查看出处。“未说明”表示该校报告中没有这项数字。</p>
</main>
<script src="/figures.js" async></script>`,
    FIGURES_CSS,
  );
}

const FIGURES_CSS = `<style>
*{box-sizing:border-box}
body{margin:0;font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei","Noto Sans SC",sans-serif;color:#222;background:#f4f4f4}
header{background:#8b1a1a;color:#fff;padding:14px 16px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.85;font-size:14px}
main{max-width:960px;margin:12px auto;background:#fff;padding:12px 16px;border-radius:4px}
label{font-weight:bold;display:block;margin-bottom:4px}
.search input{width:100%;font-size:16px;font-family:inherit;padding:8px;border:1px solid #bbb;border-radius:4px}
.chart{position:relative;width:100%;height:260px;margin:12px 0}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid #eee;padding:6px 4px;text-align:left;vertical-align:top}
th button{background:none;border:0;font:inherit;font-weight:bold;color:#8b1a1a;cursor:pointer;padding:0}
th button[aria-sort=ascending]::after{content:" ▲"}th button[aria-sort=descending]::after{content:" ▼"}
td.value a{color:#8b1a1a;font-weight:bold;white-space:nowrap}
td.missing{color:#888}
.note{color:#777;font-size:12px}
</style>`;
