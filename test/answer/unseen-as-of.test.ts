// A figure stated as of a time (截至8月31日…91.05%，截至12月31日为93.62%): "到年底的落实率" is the one as of 12月, whose
// label names only its time and takes the measure of the figure before it; with no time asked, the first stays.
// Invented report; no shipped text.
import { describe, expect, it } from 'vitest';
import { answererFor, corpusOf } from '../helpers.js';
import { asOfFit } from '../../src/answer/figure-match.js';

const REPORT = `芃溪职业技术学院2024年信息公开工作年度报告

二、主动公开情况
（五）学生管理服务信息。公示国家奖学金等评审结果36批次，全年资助学生6,215人次，发放资助资金2,807.3万元。
（六）学风建设与毕业就业信息。发布《芃溪职业技术学院2024届毕业生就业质量年度报告》。2024届毕业生共3,962人，截至2024年8月31日毕业去向落实率为90.18%，截至2024年12月31日为94.07%。
`;

describe('a figure as of the time asked', async () => {
  const bot = await answererFor(corpusOf({ 'px-2024.txt': REPORT }));

  it('answers 年底 with the figure as of 12月31日', async () => {
    const a = await bot.answer('芃溪职院2024届毕业生到年底的去向落实率是多少？');
    expect(a.answer).toContain('94.07%');
    expect(a.answer).not.toContain('90.18%');
  });

  it('answers 8月底 with the figure as of 8月31日', async () => {
    expect((await bot.answer('芃溪职院2024届毕业生8月底的去向落实率是多少？')).answer).toContain('90.18%');
  });

  it('reads the month asked and stated', () => {
    expect(asOfFit('到年底的落实率', '截至2024年12月31日为')).toBe(1);
    expect(asOfFit('到年底的落实率', '截至2024年8月31日毕业去向落实率为')).toBe(-1);
    expect(asOfFit('落实率多少', '截至2024年8月31日毕业去向落实率为')).toBe(0);
    // (A span, 9月至次年8月, is no time a figure stands at.)
    expect(asOfFit('8月底的落实率', '统计时间为2023年9月至2024年8月')).toBe(0);
  });
});
