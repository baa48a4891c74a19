// Answering on invented fee notices, charters and employment reports: each case is a mechanism
// (fee rows, statements that answer, columns per cohort, things a document never mentions).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextContext } from '../../src/answer/context.js';
import { UNSEEN_KINDS } from '../fixtures/unseen-kinds.js';
import { answererFor, tempDir } from '../helpers.js';

describe('invented fee notice, charter and employment report', async () => {
  const corpus = join(tempDir(), 'corpus');
  mkdirSync(corpus);
  for (const [file, text] of Object.entries(UNSEEN_KINDS)) writeFileSync(join(corpus, file), text);
  const bot = await answererFor(corpus);

  it('answers a 专业 fee from its own row and the column asked', async () => {
    const a = await bot.answer('青川理工软件工程学校执行的学费多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('软件工程');
    expect(a.answer).toContain('6325');
    expect(a.answer).not.toMatch(/5520|会计学/);
  });

  it('refuses a 专业 the table does not list, naming it', async () => {
    const a = await bot.answer('青川理工学院临床医学专业学费多少？');
    expect(a.found).toBe(false);
    expect(a.answer).toContain('临床医学');
    expect(a.answer).not.toMatch(/4800|5500|6325/);
  });

  it('answers 多少 of a measure stated in words (外语语种要求为英语)', async () => {
    const a = await bot.answer('青川理工学院外语语种要求是多少？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('英语');
  });

  it('answers from a numbered rule that is itself the statement', async () => {
    const a = await bot.answer('青川理工学院新生入学后会不会复查资格？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('入学资格复查');
  });

  it('splits two questions joined by question marks (是啥？…会不会…？)', async () => {
    const a = await bot.answer('青川理工学院招生办邮箱是啥？新生入学后会不会复查资格？');
    expect(a.answer).toContain('zsb@qingchuan-example.edu.cn');
    expect(a.answer).toContain('入学资格复查');
  });

  it('reads the column of the cohort asked, or the latest', async () => {
    expect((await bot.answer('青川理工学院2023届毕业生人数是多少？')).answer).toContain('3356');
    expect((await bot.answer('青川理工学院毕业生人数是多少？')).answer).toContain('3498');
  });

  it('answers an overall rate from the total row, not from a threshold that describes others', async () => {
    const a = await bot.answer('青川理工学院本科毕业去向落实率是多少？');
    expect(a.answer).toContain('91.35%');
  });

  it('follows up on another row of the same kind (那6人间呢？ after 4人间)', async () => {
    const first = await bot.answer('青川理工学院4人间住宿费多少？');
    expect(first.answer).toContain('1200');
    const a = await bot.answer('那6人间呢？', { context: nextContext(undefined, first) });
    expect(a.answer).toContain('900');
    expect(a.answer).not.toContain('1200');
  });

  it('never answers one channel’s figure for another named in the same paragraph', async () => {
    const a = await bot.answer('青川理工学院就业视频号有多少粉丝？');
    expect(a.answer).not.toContain('5.2万');
    const b = await bot.answer('青川理工学院公众号有多少粉丝？');
    expect(b.answer).toContain('5.2万人');
  });

  it('follows up with another level of the same thing, and refuses a level the report does not name', async () => {
    const first = await bot.answer('青川理工学院在省级媒体发表了多少篇就业报道？');
    expect(first.answer).toContain('41篇');
    const a = await bot.answer('那国家级媒体呢？', { context: nextContext(undefined, first) });
    expect(a.found).toBe(false);
    expect(a.answer).toContain('国家级');
    expect(a.answer).not.toContain('41篇');
  });

  it('answers a count with the statement that there was none', async () => {
    const a = await bot.answer('青川理工学院2024年收到几件公开申请？');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('未收到');
  });

  it('never answers a fee with a count or a date', async () => {
    const a = await bot.answer('青川理工学院一年学费要交多少钱？');
    if (a.found) expect(a.answer).toMatch(/元|学费/);
    expect(a.answer).not.toMatch(/三个月|2024届/);
  });
});
