import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '../../src/ingest/parse.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { CHROME, reportPage } from '../fixtures/html-page.js';
import { REPORTS, report } from '../helpers.js';
import { DEV_QA, answerFacts, indexOf, sentencesOf } from './same-answers.js';

const opts = { size: 400, overlap: 60, maxBytes: 20 * 1024 * 1024 };
/** One report is published as a GBK page, as many older university sites still serve them. */
const encodingOf = (file: string) => (file === REPORTS[1] ? 'gbk' : 'utf-8');
const asPage = (file: string, text: string) => reportPage(text, { encoding: encodingOf(file) });

describe('HTML reader on the shipped reports published as site pages', () => {
  for (const file of REPORTS) {
    it(`reads ${file} as a ${encodingOf(file)} page: chrome dropped, title and date first, same text as the .txt`, async () => {
      const text = report(file).toString('utf8');
      const page = asPage(file, text);
      const blocks = readHtml(page);
      const [school, title] = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      expect(blocks.slice(0, 2)).toEqual([
        { kind: 'heading', level: 1, text: `${school}${title}` },
        { kind: 'paragraph', text: '发布时间：2024-01-20' },
      ]);
      const txt = await parseReport(file, report(file), opts);
      const html = await parseReport(file.replace(/\.txt$/, '.html'), page, opts);
      expect([html.doc.school, html.doc.title, html.doc.period]).toEqual([txt.doc.school, txt.doc.title, txt.doc.period]);
      // Both title blocks are two lines (school and title, or title and date); the rest is the same.
      expect(sentencesOf(html.doc.text).slice(2)).toEqual(sentencesOf(txt.doc.text).slice(2));
      expect(html.doc.sections.map((s) => s.path)).toEqual(txt.doc.sections.map((s) => s.path));
      for (const word of CHROME) expect(html.doc.text).not.toContain(word);
    });
  }
});

describe('answers from the .html equal answers from the .txt', () => {
  let txt: Awaited<ReturnType<typeof indexOf>>;
  let html: Awaited<ReturnType<typeof indexOf>>;
  beforeAll(async () => {
    txt = await indexOf('.txt', (_f, text) => Buffer.from(text));
    html = await indexOf('.html', asPage);
  });

  it('ingests all five pages without rejections', () => expect(html.summary.rejected).toEqual([]));

  for (const file of REPORTS) {
    it(`answers the dev questions on ${file} alike in both formats`, async () => {
      const questions = DEV_QA.filter((q) => q.doc === file);
      expect(questions.length).toBeGreaterThan(0);
      for (const q of questions) {
        const [a, b] = [await answerFacts(txt.ask, q), await answerFacts(html.ask, q)];
        expect({ id: q.id, ...b }).toEqual({ id: q.id, ...a });
      }
    });
  }
});

describe('HTML reader details', () => {
  const page = (head: string, body: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><nav><a href="/">学校首页</a> <a href="/x">信息公开</a></nav>` +
    `<div class="content">${body}</div><footer>版权所有 © 某某学院</footer></body></html>`;
  const PROSE = '<p>根据省物价局核定的标准，学校向全日制学生收取学费和住宿费，收费项目和标准在学校网站和校园公示栏同时公开，接受师生和社会监督。</p>'.repeat(3);

  it('keeps h1–h6 as headings and tables as rows with their headers', () => {
    const blocks = readHtml(
      Buffer.from(
        page(
          '<title>2024年收费公示_某某学院</title>',
          `<h2>一、收费项目</h2>${PROSE}<table><tr><th>项目</th><th>标准</th></tr><tr><td>学费</td><td>4500元/年</td></tr><tr><td>住宿费</td><td>1200元/年</td></tr></table>`,
        ),
      ),
    );
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: '2024年收费公示' });
    expect(blocks).toContainEqual({ kind: 'heading', level: 2, text: '一、收费项目' });
    expect(blocks.filter((b) => b.kind === 'table-row').map((b) => b.text)).toEqual(['项目：学费 | 标准：4500元/年', '项目：住宿费 | 标准：1200元/年']);
    expect(blocks.map((b) => b.text).join('\n')).not.toMatch(/学校首页|版权所有/);
  });

  it('carries a cell spanning rows (rowspan) down into the rows it covers', () => {
    const tableHtml = `<h1>住宿收费标准</h1>${PROSE}<table><tr><th>校区</th><th>楼宇</th><th>收费标准（元/生·学年）</th></tr><tr><td rowspan="2">西山校区</td><td>明德园A区</td><td>1100</td></tr><tr><td>明德园C区</td><td>1350</td></tr></table>`;
    const rows = readHtml(Buffer.from(page('<title>住宿收费标准-南屿理工大学</title>', tableHtml))).filter((b) => b.kind === 'table-row').map((b) => b.text);
    expect(rows).toContain('校区：西山校区 | 楼宇：明德园C区 | 收费标准（元/生·学年）：1350');
  });

  it('reads a definition list (<dt>/<dd>) as labelled lines, each term beside its value', () => {
    const dl = `<h2>二、招生计划</h2>${PROSE}<dl><dt>学制</dt><dd>四年</dd><dt>2025年招生计划</dt><dd>80人（省内60人）</dd><dt>备注</dt></dl>`;
    const texts = readHtml(Buffer.from(page('<title>招生简章-岚山外国语学院</title>', dl))).map((b) => b.text);
    expect(texts).toEqual(expect.arrayContaining(['学制：四年', '2025年招生计划：80人（省内60人）', '备注']));
  });

  it('takes the page heading that prints the body before the <title>’s own words as the title', () => {
    const blocks = readHtml(Buffer.from(page('<title>2026年国家助学贷款办理指南-青禾师范学院学生资助管理中心</title>', `<h1>青禾师范学院2026年国家助学贷款办理指南</h1>${PROSE}`)));
    expect(blocks[0]!.text).toBe('青禾师范学院2026年国家助学贷款办理指南');
  });

  it('reads 大学生 in a title as students, no body, so the site still names the publisher', () => {
    const blocks = readHtml(Buffer.from(page('<title>关于做好2025年度大学生医保参保缴费工作的通知-苕溪医科大学学生工作部（处）</title>', `<h2>参保对象</h2>${PROSE}`)));
    expect(blocks.map((b) => b.text)).toContain('网站：苕溪医科大学学生工作部（处）');
  });

  it('reads 办理 and 办法 in a title as no body, so the site still names the publisher', () => {
    const blocks = readHtml(Buffer.from(page('<title>助学贷款办理流程-青禾师范学院学生资助管理中心</title>', `<h2>流程</h2>${PROSE}`)));
    expect(blocks.map((b) => b.text)).toContain('网站：青禾师范学院学生资助管理中心');
  });

  it('keeps the phone lines a page labels only in its footer (学校总机), each once', () => {
    const blocks = readHtml(Buffer.from(page('<title>通知-苕溪医科大学</title>', `<h2>联系方式</h2>${PROSE}<p>资助中心：0739-5286113</p>`).replace('</body>', '<footer>学校总机：0739-5286000　学工值班电话：0739-5286110　资助中心：0739-5286113</footer></body>')));
    const text = blocks.map((b) => b.text);
    expect(text).toContain('学校总机：0739-5286000');
    expect(text).toContain('学工值班电话：0739-5286110');
    expect(text.filter((t) => t.includes('0739-5286113'))).toHaveLength(1);
  });

  it('keeps the e-mail address a page labels only in its footer (电子邮箱), beside its phone line', () => {
    const blocks = readHtml(Buffer.from(page('<title>录取分数-菰川大学本科招生网</title>', `<h2>说明</h2>${PROSE}`).replace('</body>', '<div class="footer"><p>招生咨询电话：0617-3685100　电子邮箱：zsb@guchuan-u.cn　E-mail: info@guchuan-u.cn</p></div></body>')));
    const text = blocks.map((b) => b.text);
    expect(text).toContain('招生咨询电话：0617-3685100');
    expect(text).toContain('电子邮箱：zsb@guchuan-u.cn');
    expect(text).toContain('E-mail：info@guchuan-u.cn');
  });

  it('keeps the street address a page prints only in its footer, as the site’s address', () => {
    const html =
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>资助办法-青禾师范学院</title></head><body><nav>首页</nav>' +
      `<div class="content"><h1>资助办法</h1>${PROSE}</div><div class="footer"><p>版权所有 © 青禾师范学院</p><p>地址：青禾省洛宁市文昌路277号</p><p>邮编：566301</p></div></body></html>`;
    expect(readHtml(Buffer.from(html)).map((b) => b.text)).toContain('地址：青禾省洛宁市文昌路277号');
  });

  it('gives the site name as a labelled line when the page title names no body', () => {
    const blocks = readHtml(Buffer.from(page('<title>2024级新生入学须知-南屿师范学院迎新网</title>', `<h1>2024级新生入学须知</h1>${PROSE}`)));
    expect(blocks.slice(0, 2).map((b) => b.text)).toEqual(['2024级新生入学须知', '网站：南屿师范学院迎新网']);
    const named = readHtml(Buffer.from(page('<title>南屿师范学院2024年招生章程-南屿师范学院招生网</title>', PROSE)));
    expect(named.map((b) => b.text)).not.toContain('网站：南屿师范学院招生网');
    // An office's site (…-南屿理工大学后勤保障处) names its institution too.
    const office = readHtml(Buffer.from(page('<title>学生宿舍常见问题（2024年版）-南屿理工大学后勤保障处</title>', `<h1>学生宿舍常见问题（2024年版）</h1>${PROSE}`)));
    expect(office.map((b) => b.text)).toContain('网站：南屿理工大学后勤保障处');
    // …also with the office's other name in brackets after it.
    const bracketed = readHtml(Buffer.from(page('<title>关于开展国家助学金评审工作的通知-南屿师范学院学生工作处（学生资助管理中心）</title>', `<h1>关于开展国家助学金评审工作的通知</h1>${PROSE}`)));
    expect(bracketed.map((b) => b.text)).toContain('网站：南屿师范学院学生工作处（学生资助管理中心）');
  });

  it('keeps a contact list Readability would drop, never a related-articles list, and body text that repeats the date', () => {
    const body = `<h1>2024年新生入学须知</h1>${PROSE}<p>报到时间为2024-09-01至2024-09-02，逾期不报到者取消入学资格，具体安排见下文各项说明。</p><ul class="contact"><li>招生咨询电话：0969-88261100</li><li>电子邮箱：zsb@example.edu</li></ul><ul class="related"><li>2019年住宿费公示：四人间每生每年700元</li><li>2018年住宿费公示：四人间每生每年650元</li></ul>`;
    const text = readHtml(Buffer.from(page('<title>2024年新生入学须知_某某学院</title><meta name="PubDate" content="2024-09-01">', body)))
      .map((b) => b.text)
      .join('\n');
    expect(text).toContain('0969-88261100');
    expect(text).toContain('报到时间为2024-09-01');
    expect(text).not.toContain('700元');
  });

  it('reads every pane of a tabbed page, hidden with display:none until clicked, but no hidden menu, dialog or template', () => {
    const body =
      `<h1>葭水大学2025年中外合作办学招生简章</h1><div class="tab-content"><div class="tab-pane active" id="t1">${PROSE}</div>` +
      `<div class="tab-pane" id="t2" style="display:none"><h3>二、招生计划及收费</h3><p>2025年中外合作办学项目计划招生400名，国内阶段学费每生每学年58000元，国外阶段学费按合作院校标准缴纳。</p></div>` +
      `<div class="tab-pane" id="t3" hidden><h3>三、住宿</h3><p>桐渚校区四人间（独立卫浴、空调）每生每学年1500元，枳园校区六人间每生每学年900元。</p></div></div>` +
      `<div class="menu" style="display:none"><a href="/a">学院概况</a><a href="/b">招生信息</a><a href="/c">就业指导</a><a href="/d">校友之家</a><a href="/e">联系我们</a></div>` +
      `<div class="modal" style="display:none"><p>温馨提示：本网站已启用新域名，请收藏新的网址以便今后访问，旧域名将于年底停止解析服务。</p></div>` +
      `<div class="content"><div style="display:none"><p>{{ item.title }} 学费标准：{{ item.fee }} 元每学年，住宿费：{{ item.dorm }} 元每学年。</p></div></div>`;
    const text = readHtml(Buffer.from(page('<title>葭水大学2025年中外合作办学招生简章</title>', body)))
      .map((b) => b.text)
      .join('\n');
    expect(text).toContain('58000元');
    expect(text).toContain('1500元');
    expect(text).not.toContain('校友之家');
    expect(text).not.toContain('新域名');
    expect(text).not.toContain('{{');
  });

  it('takes the publish date from <meta name="PubDate"> or article:published_time', () => {
    const withMeta = (meta: string) => readHtml(Buffer.from(page(`<title>通知</title>${meta}`, PROSE)))[1];
    expect(withMeta('<meta name="PubDate" content="2023-09-01 10:20">')).toEqual({ kind: 'paragraph', text: '发布时间：2023-09-01' });
    expect(withMeta('<meta property="article:published_time" content="2024-3-5T08:00:00+08:00">')).toEqual({ kind: 'paragraph', text: '发布时间：2024-03-05' });
  });

  it('decodes a GBK page that declares no charset by detection', () => {
    const html = page('<title>某某学院2023年招生章程</title>', PROSE).replace('<meta charset="utf-8">', '');
    const blocks = readHtml(iconv.encode(html, 'gbk'));
    expect(blocks[0]!.text).toBe('某某学院2023年招生章程');
    expect(blocks.some((b) => b.text.startsWith('根据省物价局核定的标准'))).toBe(true);
  });
});
