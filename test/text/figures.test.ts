// The figure recogniser, table-driven: each row is a phrase, the figure it must find and what it means.
import { describe, expect, it } from 'vitest';
import { numberOf, numbersIn, recognise } from '../../src/text/figures.js';

type Row = [phrase: string, text: string, expected: Record<string, unknown>];

const ROWS: Row[] = [
  ['目前共有粉丝3万余人', '3万余人', { kind: 'quantity', value: 30000, approx: true, unitClass: 'people' }],
  ['阅读量累计12.5万余次', '12.5万余次', { value: 125000, approx: true, unitClass: 'items' }],
  ['浏览量上千次', '上千次', { value: 1000, approx: true }],
  ['解答咨询上万次', '上万次', { value: 10000, approx: true }],
  ['举办讲座十余场', '十余场', { value: 10, approx: true, unitClass: 'items' }],
  ['在校生三万两千余人', '三万两千余人', { value: 32000, approx: true, unitClass: 'people' }],
  ['学制三年', '三年', { value: 3, unitClass: 'time' }],
  ['热线全天24小时开通', '24小时', { value: 24, unitClass: 'time' }],
  ['办结率达100%', '100%', { value: 100, unitClass: 'percent' }],
  ['就业率为96.12％', '96.12％', { value: 96.12, unitClass: 'percent' }],
  ['投入资金560万元', '560万元', { value: 5_600_000, unitClass: 'money' }],
  // A share written as a proper fraction, in digits or words, is a percentage.
  ['赞成票超过出席委员的1/2', '1/2', { kind: 'quantity', value: 50, unitClass: 'percent' }],
  ['出席委员不少于委员总数的2/3', '2/3', { value: 66.67, unitClass: 'percent' }],
  ['须经三分之二以上委员同意', '三分之二', { value: 66.67, unitClass: 'percent' }],
  ['按折合学生数计算，生师比为17.62:1，比上学年下降0.41。', '17.62:1', { kind: 'quantity', value: 17.62, unit: ':1' }],
  // A bound before a bare number is a figure (a threshold without a unit).
  ['平均学分绩点不低于2.50（按四分制计算）', '2.50', { kind: 'quantity', value: 2.5 }],
  ['平均学分绩点可放宽至2.00', '2.00', { kind: 'quantity', value: 2 }],
  ['总预算1.2亿元', '1.2亿元', { value: 120_000_000, unitClass: 'money' }],
  ['学费4500元/生·学年', '4500元/生·学年', { value: 4500, unitClass: 'money', per: '生·学年' }],
  ['在3-5个工作日内答复', '3-5个工作日', { kind: 'range', value: 3, high: 5, unitClass: 'time' }],
  ['共收到申请1,580件', '1,580件', { value: 1580, unitClass: 'items' }],
  ['咨询电话：0571-87654321', '0571-87654321', { kind: 'phone' }],
  ['电话（0731）84396502转8001', '（0731）84396502转8001', { kind: 'phone' }],
  ['拨打12345政务热线', '12345', { kind: 'phone' }],
  ['急救电话：120', '120', { kind: 'phone' }],
  ['拟招人数：120 | 备注：含推免26人', '120', { kind: 'cell', unitClass: 'people' }],
  // A hotline's digits under a price's header (赔偿标准（元）：120, 收费标准：110) are the price.
  ['物品名称：门锁 | 赔偿标准（元）：120', '120', { kind: 'cell', unitClass: 'money' }],
  ['收费标准：110', '110', { kind: 'cell' }],
  ['咨询电话：0969-8831 2270', '0969-8831 2270', { kind: 'phone' }],
  ['手机13812345678', '13812345678', { kind: 'phone' }],
  ['于2023年3月1日至3月15日公示', '2023年3月1日至3月15日', { kind: 'date-range' }],
  ['由计划财务处于每月15日前直接发放', '15日', { kind: 'date', unitClass: 'date' }],
  // (A building's number after a date is no end of a range: 9月1日至5号楼报到.)
  ['新生于9月1日至5号楼报到', '9月1日', { kind: 'date' }],
  // A start told by an event, not a day: what 什么时候生效 asks.
  ['本章程自省教育厅审核备案之日起生效。', '自省教育厅审核备案之日起生效', { kind: 'date', unitClass: 'date' }],
  ['本办法自印发之日起施行，由学生处负责解释。', '自印发之日起施行', { kind: 'date', unitClass: 'date' }],
  // A calendar gives the second day alone, and writes a span as 自…开始，至…结束.
  ['10月1日（星期三）至8日（星期三）放假调休', '10月1日（星期三）至8日（星期三）', { kind: 'date-range' }],
  ['教职工寒假自2026年1月24日（星期六）开始，至2月22日（星期日）结束，2月23日上班', '2026年1月24日（星期六）开始，至2月22日（星期日）结束', { kind: 'date-range' }],
  ['发布时间：2024-01-20', '2024-01-20', { kind: 'date' }],
  ['办公时间8:30-17:30', '8:30-17:30', { kind: 'clock' }],
  ['医务室上午8点到11点半开放', '上午8点到11点半', { kind: 'clock', unitClass: 'time' }],
  ['宿舍晚上11点熄灯', '晚上11点', { kind: 'clock' }],
  ['报到截止到17点30分', '17点30分', { kind: 'clock' }],
  ['转专业申请时间为每学年第二学期第3—4周', '每学年第二学期第3—4周', { kind: 'date', unitClass: 'date' }],
  ['开学第1周完成注册', '第1周', { kind: 'date', unitClass: 'date' }],
  ['评审于每年9月上旬启动', '9月上旬', { kind: 'date', unitClass: 'date' }],
  ['奖学金于第一学期末发放', '第一学期', { kind: 'date', unitClass: 'date' }],
  ['排名第145位', '第145', { kind: 'ordinal', value: 145 }],
  ['本年处理决定数量：214 |', '214', { kind: 'cell', value: 214 }],
  // A header's count word after a money word (国家奖学金名额) counts people.
  ['学院：合计 | 国家奖学金名额：28 | 国家励志奖学金名额：642', '28', { kind: 'cell', value: 28, unitClass: 'people' }],
  ['约3000名学生', '约3000名', { value: 3000, approx: true, unitClass: 'people' }],
  // A running time in minutes and seconds, in primes, quotes or words, counts seconds; so does 13.8秒.
  ['1000米跑100分：3′17″', '3′17″', { kind: 'quantity', value: 197, unit: '秒', unitClass: 'time' }],
  ['男生1000米跑快于3\'17"的', '3\'17"', { value: 197, unit: '秒' }],
  ['成绩为4分32秒', '4分32秒', { value: 272, unit: '秒' }],
  ['50米跑13.8秒', '13.8秒', { value: 13.8, unit: '秒', unitClass: 'time' }],
  ['占地3700余亩', '3700余亩', { value: 3700, unitClass: 'area' }],
  ['录取最低分480分', '480分', { value: 480, unitClass: 'score' }],
];

describe('figure recognition', () => {
  for (const [phrase, text, expected] of ROWS) {
    it(`finds ${text} in “${phrase}”`, () => {
      const f = recognise(phrase).find((x) => x.text === text);
      expect(f, JSON.stringify(recognise(phrase))).toBeDefined();
      expect(f).toMatchObject(expected);
      expect(phrase.slice(f!.start, f!.end)).toBe(text);
    });
  }

  it('reads weeks in every writing (第一周, 第1周至第2周, 2025年9月上旬) and not 第二周期', () => {
    const dates = (t: string) => recognise(t).filter((f) => f.kind === 'date').map((f) => f.text);
    expect(dates('开学第一周完成注册')).toEqual(['第一周']);
    expect(dates('第1周至第2周集中评审')).toEqual(['第1周至第2周']);
    expect(dates('评审于2025年9月上旬启动')).toEqual(['2025年9月上旬']);
    expect(dates('第二周期本科教育教学审核评估')).toEqual([]);
  });

  it('reads a year of study (第一学年费用) as no time, unlike a term (第二学期)', () => {
    expect(recognise('新生在报到时缴纳第一学年费用').some((f) => f.kind === 'date')).toBe(false);
  });

  it('reads a year, a grade and an academic year as periods, not amounts', () => {
    const kinds = recognise('2023年共有2021级学生；2022-2023学年').map((f) => [f.text, f.kind]);
    expect(kinds).toEqual([
      ['2023年', 'year'],
      ['2021级', 'year'],
      ['2022-2023学年', 'year'],
    ]);
  });

  it('finds every figure of a sentence that runs several together, in order', () => {
    const s = '发布文章86篇，阅读量达到7.4万次，新增粉丝0.3万人，目前共有粉丝2万余人';
    expect(recognise(s).map((f) => f.text)).toEqual(['86篇', '7.4万次', '0.3万人', '2万余人']);
  });

  it('does not take 一 in 一次性 or 统一 for a statistic', () => {
    expect(recognise('一次性缴清，统一标准，进一步加强')).toEqual([]);
  });

  it('reads a table cell with its header: the bracketed unit is its unit, a 序号 column is no amount', () => {
    const row = '序 号：7 | 专业代码及名称：（120203K）会计学 | 基准学费（元/学年）：4800 | 预算金额(万元)：12.5 | 学分学费（按学分）：75';
    const fs = recognise(row);
    expect(fs.find((f) => f.text === '7')?.kind).toBe('ordinal');
    expect(fs.find((f) => f.text === '4800')).toMatchObject({ kind: 'cell', unit: '元', unitClass: 'money', per: '学年' });
    expect(fs.find((f) => f.text === '12.5')).toMatchObject({ unit: '万元', unitClass: 'money' });
    expect(fs.find((f) => f.text === '75')?.unit).toBeUndefined();
    // The 万 of (万元) is a unit, not a figure.
    expect(fs.map((f) => f.text)).not.toContain('万元');
  });

  it('reads a cell under a 人数 header as a count of people, so a share asked is not answered by it', () => {
    const fs = recognise('二级学院：文化旅游学院 | 认定困难学生人数：394 | 占本院在校生比例：31.60%');
    expect(fs.find((f) => f.text === '394')?.unitClass).toBe('people');
    expect(fs.find((f) => f.text === '31.60%')?.unitClass).toBe('percent');
  });

  it('reads no amount in a scale (四分制, 百分制), but an amount before 制定 or a 4年制 duration', () => {
    expect(recognise('按四分制计算，成绩实行百分制').map((f) => f.text)).toEqual([]);
    expect(recognise('学费按每生每年4800元制定').map((f) => f.text)).toEqual(['4800元']);
    expect(recognise('学制4年制').map((f) => f.text)).toEqual(['4年']);
  });

  it('reads a fraction only when proper and of a small whole: a date (12/31) or a span (2023/2024) is no share', () => {
    expect(recognise('截止日期12/31').map((f) => f.unitClass)).not.toContain('percent');
    expect(recognise('2023/2024学年').map((f) => f.unitClass)).not.toContain('percent');
    expect(recognise('比分5/3').map((f) => f.text)).toEqual([]);
    // (…nor a count, a part or a page written with a slash: 4/6人间, 第1/2节, 第 1 / 8 页, 每周2/3次, 比分3/5.)
    for (const t of ['4/6人间', '第1/2节', '第 1 / 8 页', '每周2/3次', '比分3/5', '1/2学期']) expect(recognise(t).map((f) => f.unitClass)).not.toContain('percent');
    // (…and 十分之一 inside 二十分之一 is no tenth.)
    expect(recognise('二十分之一').map((f) => f.value)).not.toContain(10);
  });

  it('reads a ratio only after 比 (生师比为17.62:1), not any n:1', () => {
    expect(recognise('晚上10:1').map((f) => f.text)).not.toContain('10:1');
  });

  it('reads no count of people in a room named by its number of people (六人间, 4人一间)', () => {
    expect(recognise('六人间每生每学年1000元，4人一间另计，共有学生6人。').map((f) => f.text)).toEqual(['1000元', '6人']);
  });

  it('reads a date range whose dates carry their weekday in brackets as one range', () => {
    expect(recognise('报到时间为2024年9月7日（星期六）至9月8日（星期日），每天8:30—17:30').map((f) => [f.kind, f.text])[0]).toEqual([
      'date-range',
      '2024年9月7日（星期六）至9月8日（星期日）',
    ]);
  });

  it('reads a date range whose dates carry a time of day (3月17日9:00至3月28日17:00) as one range', () => {
    expect(recognise('（二）2025年3月17日9:00至3月28日17:00：考生网上报名并缴费；').map((f) => [f.kind, f.text])).toEqual([
      ['date-range', '2025年3月17日9:00至3月28日17:00'],
    ]);
  });

  it('reads a whole number over 100 under a rate header (merged 升学人数升学率) as no percentage', () => {
    const fs = recognise('学院：总计 | 升学人数升学率：1571 | 升学人数升学率：32.64 |');
    expect(fs.find((f) => f.text === '1571')?.unitClass).toBeUndefined();
    expect(fs.find((f) => f.text === '32.64')?.unitClass).toBe('percent');
  });

  it('reads a megabyte of digits, numerals or spaces without trying every position of the run', () => {
    // Linear, not quadratic: a million characters would take minutes otherwise. No timing asserted;
    // the test's own timeout is the bound, and the figures after the runs are still found.
    for (const run of ['1'.repeat(1_000_000), '三'.repeat(1_000_000), ' '.repeat(1_000_000)]) {
      expect(recognise(`${run}，共有3万余人`).map((f) => f.text)).toEqual(['3万余人']);
    }
  });

  it('reads caption numbers (图1- 3, 表2-1) as ordinals, not amounts', () => {
    for (const t of ['图1- 3分性别毕业去向落实率', '表2-1本科毕业生规模', '如表2-1所示']) expect(recognise(t).every((f) => f.kind === 'ordinal')).toBe(true);
    expect(recognise('报表3份').map((f) => f.kind)).toEqual(['quantity']);
    expect(recognise('发表3篇').map((f) => f.kind)).toEqual(['quantity']);
  });

  it('reads full-width digits and traditional units, quoting the original', () => {
    const f = recognise('主動公開資訊１２８６條，累計一萬二千三百餘條');
    expect(f.map((x) => [x.text, x.value, x.unit])).toEqual([
      ['１２８６條', 1286, '条'],
      ['一萬二千三百餘條', 12300, '条'],
    ]);
  });

  it('parses Chinese numerals', () => {
    expect([numberOf('二十三'), numberOf('一百零五'), numberOf('两千'), numberOf('三万两千'), numberOf('十')]).toEqual([23, 105, 2000, 32000, 10]);
  });

  it('lists digit runs for the citation check', () => {
    expect(numbersIn('共3条，占12.5%')).toEqual(['3', '12.5']);
  });
});
