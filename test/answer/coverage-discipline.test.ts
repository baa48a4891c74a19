// A discipline's kind as people say it (艺术类) is held by the catalogue's 学科门类 (艺术学门类), never by another kind.
import { describe, expect, it } from 'vitest';
import { disciplineKind, holds } from '../../src/answer/coverage.js';

describe('discipline kinds', () => {
  it('reads 艺术类 in 艺术学门类 and 艺术学类, and not in another kind', () => {
    expect(disciplineKind('（艺术学门类、外国语言文学类专业不超过30%）', '艺术类')).toBe(true);
    expect(holds('艺术学类专业学费10000元', '艺术类')).toBe(true);
    expect(disciplineKind('文学门类专业', '艺术类')).toBe(false);
    expect(disciplineKind('艺术学院', '艺术类')).toBe(false);
  });
});
