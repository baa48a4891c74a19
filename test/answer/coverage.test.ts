// Whether a text holds a question's term: as written, or as a compound with a few characters between its words.
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/answer/coverage.js';

describe('a term held by a text', () => {
  it('finds a three-character term whose head comes after a noun between (本科…生 in 本科毕业生)', () => {
    expect(holds('2023届本科毕业生升学率为31.4%', '本科生')).toBe(true);
    expect(holds('专科毕业生毕业去向落实率', '专科生')).toBe(true);
  });

  it('does not take any run ending in the head character (本科招生, 研究制定学生, 住宿条件及收费)', () => {
    expect(holds('本科招生章程', '本科生')).toBe(false);
    expect(holds('研究制定学生手册', '研究生')).toBe(false);
    expect(holds('住宿条件及收费', '住宿费')).toBe(false);
  });

  it('finds a verb and its unit with the amount between them (加分 in 加20分, 降分 in 降低20分)', () => {
    expect(holds('对省内第一志愿考生加20分投档', '加分')).toBe(true);
    expect(holds('可降低20分录取', '降分')).toBe(true);
    expect(holds('加强管理，满分100分', '加分')).toBe(false);
  });

  it('finds a compound with its words a few characters apart in one clause', () => {
    expect(holds('招生工作计划', '招生计划')).toBe(true);
    expect(holds('招生工作。计划', '招生计划')).toBe(false);
  });

  it('finds a one-character level written with 级 (校领导 in 校级领导干部), not any character before the noun', () => {
    expect(holds('全年无校级领导干部因公出国（境）情况', '校领导')).toBe(true);
    expect(holds('省级政府信息公开平台', '省政府')).toBe(true);
    expect(holds('年级领导小组', '校领导')).toBe(false);
  });

  it('finds an abbreviation in the phrase it shortens (成人高考 in 成人高校统一招生考试), not across a clause', () => {
    expect(holds('全国成人高校统一招生考试时间为2025年10月18日', '成人高考')).toBe(true);
    expect(holds('成人高校，统一招生考试', '成人高考')).toBe(false);
    expect(holds('成人教育学院考试', '成人高考')).toBe(false);
    // Characters from inside a word abbreviate nothing (政府 of 人民政府, 程 of 流程).
    expect(holds('杭州市西湖区人民政府', '杭州市政府')).toBe(false);
    expect(holds('信息公开工作流程', '信息工程')).toBe(false);
  });

  it('reads a compound written with quotation marks inside it (“三公”经费) as the compound', () => {
    expect(holds('1.“三公”经费：指用财政拨款安排的因公出国（境）费', '三公经费')).toBe(true);
  });

  it('does not take 副X for X or 非X for X (副教授 is no 教授, 非全日制 no 全日制), unless X also stands alone', () => {
    expect(holds('具有副教授职称的教师为本科生授课的比例为97.86%', '教授')).toBe(false);
    expect(holds('非全日制硕士研究生学费', '全日制')).toBe(false);
    expect(holds('教授、副教授为本科生授课', '教授')).toBe(true);
    expect(holds('副教授为本科生授课', '副教授')).toBe(true);
    // 除非, 南非, 无非 are words of their own; 正副校长 names both.
    expect(holds('除非本科生另有规定', '本科生')).toBe(true);
    expect(holds('南非留学生20人', '留学生')).toBe(true);
    expect(holds('学校设正副校长5人', '校长')).toBe(true);
  });
});

describe('departments named by their initials', () => {
  it('holds 经管 in 经济与管理学院, not in 经济管理 with no unit word after it', () => {
    expect(holds('培养单位：经济与管理学院 | 硕士研究生：16', '经管')).toBe(true);
    expect(holds('加强经济管理，提高效益', '经管')).toBe(false);
    expect(holds('经|管学院', '经管')).toBe(false);
  });
});
