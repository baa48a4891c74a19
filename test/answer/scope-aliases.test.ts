// A governing body's notice is named by the scope it governs (浙江公办高校).
import { describe, expect, it } from 'vitest';
import { scopeAliases } from '../../src/answer/scope-aliases.js';
import type { ReportDocument } from '../../src/types.js';

const doc = (school: string, title: string) => ({ school, title }) as unknown as ReportDocument;

describe('scopeAliases', () => {
  it('names a governing body by its place and the kind of institution its notice governs', () => {
    const names = scopeAliases([doc('浙江省物价局', '关于规范和调整公办普通高校学费的通知'), doc('浙江省物价局', '关于规范和调整普通高校住宿费的通知')]).get('浙江省物价局')!;
    expect(names).toEqual(expect.arrayContaining(['浙江公办高校', '浙江省公办普通高校', '浙江高校', '浙江普通高校']));
  });

  it('gives a school, or a notice naming no kind of institution, no such names', () => {
    expect(scopeAliases([doc('浙江中医药大学', '关于调整普通高校学费标准的通知')]).size).toBe(0);
    expect(scopeAliases([doc('杭州市人民政府办公厅', '政府信息公开工作年度报告')]).size).toBe(0);
  });
});
