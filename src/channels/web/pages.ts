// The HTML pages: a demo 信息公开 page with the widget embedded, the full-page chat, the source viewer.
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
