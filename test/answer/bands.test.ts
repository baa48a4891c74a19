// A value the question states (60分) picks the band of a rule that holds it.
import { describe, expect, it } from 'vitest';
import { BAND_FIT, bandFit, bandsIn, statedValues } from '../../src/answer/bands.js';

describe('bands', () => {
  it('reads bands as documents write them: 50分（含）至80分（不含）, 80分及以上, 不足30分', () => {
    expect(bandsIn('超出50分（含）至80分（不含）的，每人奖励10000元')).toEqual([{ low: 50, high: 80, highIn: false, unit: '分' }]);
    expect(bandsIn('超出80分及以上的，每人奖励20000元')).toEqual([{ low: 80, unit: '分' }]);
    expect(bandsIn('不足30分的不予奖励')).toEqual([{ high: 30, highIn: false, unit: '分' }]);
    expect(bandsIn('成绩在前5％以内')).toEqual([{ high: 5, highIn: true, unit: '%' }]);
    // 分钟 is a time, not a score.
    expect(bandsIn('每次10至15分钟')).toEqual([]);
  });

  it('raises the band holding the value asked and lowers the bands that miss it', () => {
    const asked = statedValues('超本科线60分新生奖学金能拿多少');
    expect(asked).toEqual([{ value: 60, unit: '分' }]);
    expect(bandFit(asked, '超出50分（含）至80分（不含）的，每人奖励10000元；')).toBe(BAND_FIT);
    expect(bandFit(asked, '超出80分及以上的，每人奖励20000元；')).toBe(-BAND_FIT);
    expect(bandFit(asked, '超出30分（含）至50分（不含）的，每人奖励5000元。')).toBe(-BAND_FIT);
  });

  it('reads 不足 and 低于 as leaving the bound out, 以下 as keeping it', () => {
    const at30 = [{ value: 30, unit: '分' }];
    expect(bandFit(at30, '不足30分的不予奖励')).toBe(-BAND_FIT);
    expect(bandFit(at30, '30分以下的不予奖励')).toBe(BAND_FIT);
  });

  it('takes a value only where the question says the asker stands (超…60分), not any number (家里3个孩子)', () => {
    expect(statedValues('家里3个孩子，助学金能拿多少')).toEqual([]);
  });

  it('leaves passages without a band of the unit asked, and questions stating no value, alone', () => {
    expect(bandFit(statedValues('超本科线60分新生奖学金能拿多少'), '每生每年6000元')).toBe(0);
    expect(bandFit(statedValues('新生奖学金能拿多少'), '超出80分及以上的，每人奖励20000元')).toBe(0);
  });
});
