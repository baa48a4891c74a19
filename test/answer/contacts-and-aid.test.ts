// Answering on two invented documents: an aid report and a transfer regulation. Each case is a
// mechanism: an e-mail address answers 咨询邮箱, a measure that is only the object of aid (学费资助) is no
// answer to 学费, a figure is quoted with the clause naming it, and comparisons give each its own words.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answererFor, tempDir } from '../helpers.js';

const AID = `# 青禾职业学院2024年学生资助工作年度报告

## 一、总体情况

2024年，学院共资助学生8120人次，资助金额共计3361.50万元。

## 二、国家奖助学金

学院国家奖学金获奖学生9人，每人10000元；国家励志奖学金获奖学生300人，每人6000元。

## 三、学费减免与退役士兵学费资助

2024年共减免学费41人、22.60万元。落实退役士兵学生学费资助政策，资助210人、142.80万元。

## 四、资助项目汇总

| 资助项目 | 资助人数（人次） | 资助金额（万元） |
| --- | --- | --- |
| 社会资助 | 96 | 28.80 |
| 学费减免 | 41 | 22.60 |

## 五、新生入学须携带的材料

- 《青禾职业学院录取通知书》；
- 本人居民身份证原件及复印件2份；
- **高中学生档案**（须密封完好）；
- 个人生活用品。

## 六、不能按时报到的处理

因故不能按时报到的新生，须在9月6日前向所在学院提交书面请假申请。

## 七、新生各学院报到地点

| 学院 | 报到日期 | 报到地点 |
| --- | --- | --- |
| 护理学院 | 9月7日 | 体育馆一楼A区 |
| 口腔学院 | 9月7日 | 体育馆一楼B区 |

## 八、联系我们

- 资助热线：0571-8800123
- 电子邮箱：xszz@qhvc.edu.cn
`;

const RULES = `云屏大学本科生转专业实施办法

第一条 为规范本科生转专业工作，制定本办法。
第二条 学生申请转专业，第一学年平均学分绩点应不低于2.60。
第三条 硕士研究生国家奖学金奖励标准为每生每年20000元。
第四条 以同等学力报考的人员，除符合上述条件外，还须满足：已发表学术论文1篇及以上。
第五条 软件工程专业考试科目：408计算机学科专业基础。
第六条 杏林校区地址：云屏市杏林路1号。南湖校区地址：云屏市南湖大道8号。
第七条 联系方式：教务处学籍科，电话：0879-5200001，电子邮箱：jwc@ypu2.edu.cn。工作时间为每周一至周五8:30—11:30、14:30—17:30。
第八条 学生宿舍每晚22:30关闭楼门。
`;

describe('contacts, aid and comparisons on invented documents', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qhvc-aid-2024.md'), AID);
  writeFileSync(join(corpus, 'ypu2-transfer-2024.txt'), RULES);
  const bot = await answererFor(corpus);

  it('answers 咨询邮箱 with the address the document gives, whatever words stand beside it', async () => {
    const a = await bot.answer('青禾职业学院的咨询邮箱是什么');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('xszz@qhvc.edu.cn');
  });

  it('refuses 学费 where the document only states tuition aid (学费资助, 减免学费)', async () => {
    const a = await bot.answer('青禾职业学院一年学费多少钱？');
    expect(a.found).toBe(false);
    // It says what is missing; what the document does say follows only as related text.
    expect(a.answer).toMatch(/^青禾职业学院《2024年学生资助工作年度报告》中没有找到“学费”/);
  });

  it('quotes a figure with the clause naming what it is of (国家奖学金获奖学生9人，每人10000元)', async () => {
    const a = await bot.answer('青禾职业学院国家奖学金每人多少钱？');
    expect(a.answer).toContain('国家奖学金获奖学生9人，每人10000元');
  });

  it('gives each institution of a comparison its own words (云屏大学研究生和青禾职院的国家奖学金)', async () => {
    const a = await bot.answer('云屏大学研究生和青禾职院的国家奖学金各是多少钱？');
    expect(a.answer).toContain('20000元');
    expect(a.answer).toContain('10000元');
  });

  it('answers a total asked (总共) with the whole, not a row that is a kind of the measure (社会资助)', async () => {
    const a = await bot.answer('青禾职业学院2024年资助金额总共多少万？');
    expect(a.answer).toContain('3361.50万元');
    expect(a.answer).not.toMatch(/28\.80|22\.60/);
  });

  it('reads no missing thing in a course (专业课), a generic head (方向) or a lexicon key spelled across words (额外 要求)', async () => {
    for (const q of ['云屏大学软件工程考研专业课考啥', '同等学力报考云屏大学有哪些额外要求？', '云屏大学软件工程方向考什么科目']) {
      const a = await bot.answer(q);
      expect(a.answer, q).not.toMatch(/没有提到/);
    }
  });

  it('answers a list asked under a heading the lexicon names it by (东西 → 材料) from its first bullet on', async () => {
    const a = await bot.answer('去青禾职业学院报到要带哪些东西');
    expect(a.answer).toContain('录取通知书');
    expect(a.answer).toContain('身份证');
    expect(a.answer).toContain('高中学生档案');
    expect(a.answer).not.toContain('**');
  });

  it('reads a name an English question spells in pinyin (Nanhu campus) as the reports write it (南湖)', async () => {
    const a = await bot.answer("What is the address of Yunping University's Nanhu campus?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain('南湖大道8号');
    expect(a.answer).not.toContain('杏林路1号');
  });

  it('reads a common noun no document uses (开学) as the asker’s word when a passage covers the rest of the question', async () => {
    const a = await bot.answer('青禾职业学院开学不能按时去报到怎么办？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('书面请假申请');
  });

  it('refuses a person asked by title (处长叫什么名字) when no passage names one', async () => {
    const a = await bot.answer('云屏大学教务处处长叫什么名字？');
    expect(a.found).toBe(false);
    // …asked in traditional characters too.
    expect((await bot.answer('雲屏大學教務處處長叫什麼名字？')).found).toBe(false);
  });

  it('reads a department named alone (口腔学院) as the one institution whose documents name it, and 去哪 as a place asked', async () => {
    const a = await bot.answer('口腔学院的新生去哪报到？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('体育馆一楼B区');
  });

  it('answers 几点上班 with the office hours of the office its line names, not another clock time', async () => {
    const a = await bot.answer('云屏大学学籍科上午几点开始上班？');
    expect(a.answer).toContain('8:30—11:30');
    expect(a.answer).not.toContain('22:30');
  });

  it('answers a threshold written without a unit (绩点不低于2.60)', async () => {
    const a = await bot.answer('云屏大学转专业绩点要求多少？');
    expect(a.answer).toContain('2.60');
  });
});

const CONTACTS = `<html><head><title>青禾师范学院2025年成人高等学历教育招生简章</title></head><body>
<h1>青禾师范学院2025年成人高等学历教育招生简章</h1>
<h2>一、学校概况</h2>
<p>学校现有东湖、南山两个校区，开设成人教育专业32个。</p>
<p>学生医保：学生参加城乡居民基本医疗保险，2026年度个人缴费标准为每人每年380元，缴费期为2025年9月1日至12月31日。</p>
<h2>二、联系方式</h2>
<p>继续教育学院招生办公室：青禾市文昌路168号青禾师范学院行政楼302室。</p>
<p>咨询电话：0959-5100306（周一至周五8:00—12:00）</p>
<p>电子邮箱：cjzs@qhnu.example</p>
<p>考生可登录中国研究生招生信息网查询成人教育以外的研究生招生政策。</p>
<p>成人教育招生信息网：https://cj.qhnu.example</p>
<ul>
<li>学生资助管理中心地址：青禾市东湖路9号学生服务中心105室</li>
<li>电子邮箱：xszz@qhnu.example</li>
</ul>
</body></html>`;

describe('contact blocks on an invented web page', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'qhnu-adult-admissions-2025.html'), CONTACTS);
  const bot = await answererFor(corpus);

  it('reads the lines under an office named as a line label (…招生办公室：… / 咨询电话：…) as that office’s', async () => {
    const a = await bot.answer('青禾师范学院继续教育学院招生办电话多少');
    expect(a.answer).toContain('0959-5100306');
  });

  it('reads an office named as the owner of a label (学生资助管理中心地址：) as owning the lines below, asked by a shorter name', async () => {
    const a = await bot.answer('青禾师范学院学生资助中心的邮箱是什么？');
    expect(a.answer).toContain('xszz@qhnu.example');
    expect(a.answer).not.toContain('cjzs@');
  });

  it('answers 网址 with the passage writing a web address, not one only naming the site (中国研究生招生信息网)', async () => {
    const a = await bot.answer('青禾师范学院成人教育招生网的网址是什么？');
    expect(a.answer).toContain('https://cj.qhnu.example');
  });

  it('answers 地址 and 办公室在哪 with a street address, and refuses a campus whose address is not given', async () => {
    expect((await bot.answer('青禾师范学院继续教育学院招生办地址')).answer).toContain('文昌路168号');
    const two = await bot.answer('青禾师范学院继续教育学院招生办电话多少，办公室在哪儿？');
    expect(two.answer).toContain('0959-5100306');
    expect(two.answer).toContain('行政楼302室');
    const campus = await bot.answer('青禾师范学院南山校区具体地址在哪？');
    expect(campus.found).toBe(false);
  });

  it('refuses a year asked (2025年度) with a figure its own clause gives to another year (2026年度…380元)', async () => {
    const a = await bot.answer('青禾师范学院2025年度学生医保交多少钱？');
    expect(a.found).toBe(false);
    // …while the year it names is answered by it, from a document of another period.
    expect((await bot.answer('青禾师范学院2026年度学生医保交多少钱？')).answer).toContain('380元');
  });

  it('answers which city an institution is in with a passage naming its city, not a missing word 城市', async () => {
    const a = await bot.answer('青禾师范学院在哪个城市？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('青禾市');
  });
});

