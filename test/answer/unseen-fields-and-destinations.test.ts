// Two invented documents not from the shipped reports: a brochure whose contact lines hold two fields side by
// side (联系电话：… 传真：…), and an employment report naming the universities its graduates went on to.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answererFor, tempDir } from '../helpers.js';

const BROCHURE = `<html><head><title>汀岚师范大学2025年港澳台地区学生招生简章</title></head><body>
<h1>汀岚师范大学2025年港澳台地区学生招生简章</h1>
<h2>一、招生计划</h2>
<p>2025年计划招收港澳台地区学生60名。</p>
<h2>四、招生专业、学制及学费</h2>
<p>1. 学费按学年收取，汉语言文学专业每生每学年5200元。</p>
<p>2. 住宿费：港澳台侨学生公寓双人间每生每学年1500元，四人间每生每学年1000元。</p>
<h2>二、联系方式</h2>
<p>联系电话：0657-3318826　传真：0657-3318830</p>
<p>电子邮箱：gat@tlnu.example　招生网址：zs.tlnu.example</p>
<p>学校总机：0657-3310000</p>
<p>研究生招生政策详见中国研究生招生信息网（yz.chsi.example.cn）；招生宣传册详见https://grad.tlnu.example/fs。</p>
<p>港澳台招生咨询及监督电话：0657-3318899</p>
<p>学校大学生艺术团由各学院推荐成员组成。</p>
</body></html>`;

const REPORT = `汀岚工程大学2024届毕业生就业质量年度报告

一、信息公开
学校在纪检监察处设置了举报电话0736-5123456，受理师生群众的信访和举报。

二、各二级学院去向落实情况
汽车工程学院去向落实率为95.49%，信息工程学院去向落实率为94.21%。毕业生就业单位以民营企业为主，占71.5%。

三、升学情况
本科毕业生升学进入“双一流”建设高校的共有512人，其中人数较多的高校为“长沙理工大学”（64人）、“岚山理工大学”（41人）、“沧澜大学”（22人）。
`;

describe('fields side by side and destinations on invented documents', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'tlnu-gat-2025.html'), BROCHURE);
  writeFileSync(join(corpus, 'tleu-employment-2024.txt'), REPORT);
  const bot = await answererFor(corpus);

  it('reads each field of a line of two (联系电话：… 传真：…) as its own: 传真 is the fax number, not the phone before it', async () => {
    const a = await bot.answer('汀岚师大港澳台招生的传真号码是多少');
    expect(a.answer).toContain('0657-3318830');
    expect(a.answer).not.toContain('3318826');
  });

  it('asks 邮箱和传真号码 as 邮箱 and 传真号码, not 邮箱号码', async () => {
    const a = await bot.answer('汀岚师大港澳台招生的邮箱和传真号码是多少');
    expect(a.answer).toMatch(/①[^②]*gat@tlnu\.example[\s\S]*②[^①]*0657-3318830/);
  });

  it('reads a figure whose own line names its fee (2. 住宿费：…) as that fee, under a heading about 学费', async () => {
    const a = await bot.answer('汀岚师大港澳台学生四人间住宿费多少？');
    expect(a.answer).toContain('1000元');
  });

  it('answers 网址 with a bare domain as documents write it (yz.chsi.example.cn), not another passage’s https link', async () => {
    const a = await bot.answer('汀岚师大中国研究生招生信息网的网址是什么');
    expect(a.answer).toContain('yz.chsi.example.cn');
  });

  it('reads a line labelled with two kinds (招生咨询及监督电话) as either', async () => {
    expect((await bot.answer('汀岚师大港澳台招生咨询电话是多少')).answer).toMatch(/0657-33188(?:26|99)/);
  });

  it('refuses a department that only a sentence’s words spell out of order (艺术团由各学院)', async () => {
    expect((await bot.answer('汀岚师大艺术学院招多少人？')).found).toBe(false);
  });

  it('reads a university named as where graduates went (考上长沙理工大学) as what is counted, with the figure in brackets after it', async () => {
    const a = await bot.answer('汀岚工程大学2024届本科生考上长沙理工大学的有多少人？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('64人');
    expect(a.answer).not.toMatch(/未收录|长沙理工大学的文件/);
  });

  it('reads a department named with a word left out (汽车学院 of 汽车工程学院) as that department', async () => {
    const a = await bot.answer('汀岚工程大学汽车学院就业率多少');
    expect(a.answer).toContain('95.49%');
    expect(a.answer).not.toContain('94.21%');
  });

  it('reads 民企 as 民营企业', async () => {
    expect((await bot.answer('汀岚工程大学毕业生去民企的多不多')).answer).toContain('71.5%');
  });

  it('refuses an enquiry line asked (招生咨询电话) that only a complaints line (举报电话) answers, and gives that one when asked', async () => {
    expect((await bot.answer('汀岚工程大学招生咨询电话是多少？')).found).toBe(false);
    expect((await bot.answer('汀岚工程大学举报电话是多少？')).answer).toContain('0736-5123456');
  });
});

const PROVINCIAL = `浙江省发展和改革委员会关于公办高职院校学费标准的通知

一、学费标准
公办高职院校理工类、医学类专业每生每学年6600元，其他专业6000元。
`;

const CHARTER = `哈岚信息工程学院2025年高职（专科）单独招生章程

第一条 高职（专科）所有专业学费均为12000元/年。
`;

describe('a place typed in a question naming no institution', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'zheling-tuition-2025.txt'), PROVINCIAL);
  writeFileSync(join(corpus, 'halan-charter-2025.txt'), CHARTER);
  const bot = await answererFor(corpus);

  it('answers from the institutions whose names open with the place (浙江省…), not another whose title names the rest (高职)', async () => {
    const a = await bot.answer('浙江高职院校理工类专业学费每年多少？');
    expect(a.answer).toContain('6600元');
    expect(a.answer).not.toContain('12000');
  });
});

const HUNAN_DORM = `湖南澄湘师范大学关于学生宿舍住宿费标准的通知

一、住宿费标准
四人间每生每学年1200元。
`;

const HUNAN_REPORT = `岚湘理工学院2024年本科招生工作总结

一、录取情况
湖南考生物理类录取最低分为545分。
`;

describe('a province typed as where students come from', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'hunan-dorm-2024.txt'), HUNAN_DORM);
  writeFileSync(join(corpus, 'lanxiang-admissions-2024.txt'), HUNAN_REPORT);
  const bot = await answererFor(corpus);

  it('keeps every institution open to 湖南考生 (a place of origin, not a kind of institution)', async () => {
    const a = await bot.answer('湖南考生物理类录取最低分是多少？');
    expect(a.answer).toContain('545分');
  });
});
