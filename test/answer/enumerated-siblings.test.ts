// The items a document lists beside a thing asked: read from its lists once, whole items only, and used to tell a
// passage about another item from one about the item asked.
import { describe, expect, it } from 'vitest';
import { askedItems, documentLists, listedSiblings, namesOnlySibling } from '../../src/answer/enumerated-siblings.js';
import { answererFor, corpusOf } from '../helpers.js';

const siblings = (text: string, word: string) => listedSiblings(documentLists({ text }), word).sort();

describe('items listed beside a word', () => {
  it('finds the other items of a list holding the word, from after the word opening the list to its end', () => {
    expect(siblings('教师职务分为教授、副教授、讲师和助教。', '助教')).toEqual(['副教授', '教授', '讲师'].sort());
    // (A kind of the word, 副教授 beside 教授, is no other item.)
    expect(siblings('教师职务分为教授、副教授、讲师和助教。', '教授')).toEqual(['助教', '讲师'].sort());
    expect(siblings('学科分为有机化学、分析化学和物理化学。', '有机化学')).toEqual(['分析化学', '物理化学'].sort());
  });

  it('ends a list at 等 or a mark, never running its last item on into the sentence', () => {
    expect(siblings('本科生、研究生和留学生都要参加体检。', '研究生')).toEqual(['本科生', '留学生'].sort());
    expect(siblings('由教授、副教授、讲师、助教等组成。', '讲师')).toEqual(['副教授', '助教', '教授'].sort());
    expect(siblings('分为教授、副教授、讲师和助教四个等级。', '讲师')).toEqual(['副教授', '助教', '教授'].sort());
  });

  it('keeps a name joined inside by 与 whole (经济与管理学院)', () => {
    expect(siblings('参加单位：文学院、经济与管理学院、理学院。', '文学院')).toEqual(['理学院', '经济与管理学院'].sort());
  });

  it('reads the items a question names as typed, whatever its words (学业奖学金), the longest only', () => {
    const lists = documentLists({ text: '奖学金分为国家奖学金、国家励志奖学金和学业奖学金。' });
    expect([...askedItems(lists, '学业奖学金也要报省里审批吗？').entries()]).toEqual([['学业奖学金', ['国家奖学金', '国家励志奖学金']]]);
    expect([...askedItems(lists, '国家励志奖学金多少钱？').keys()]).toEqual(['国家励志奖学金']);
  });

  it('reads no word the index writes everywhere (学校 of employment reports) as an item a question picks out', () => {
    const passages = ['服务对象包括学校、学院、专业，教师职务分为教授、副教授、讲师和助教。', ...Array.from({ length: 20 }, (_, k) => `学校第${k}项就业工作有序开展。`)];
    // (The idf of a word over passages as a share of a word written once, as the index computes it.)
    const idf = (w: string) => Math.log(passages.length / Math.max(1, passages.filter((p) => p.includes(w)).length));
    const rarity = (w: string) => idf(w) / idf('〇〇〇');
    const lists = documentLists({ text: passages.join('\n') });
    expect([...askedItems(lists, '去哪所学校的最多？', rarity).keys()]).toEqual([]);
    expect([...askedItems(lists, '助教也要评审吗？', rarity).keys()]).toEqual(['助教']);
  });

  it('reads a passage as another item’s only when it names none of the items asked', () => {
    const lists = documentLists({ text: '分为教授、副教授、讲师和助教。对象为本科生、研究生。' });
    const asked = askedItems(lists, '助教也要评审吗？');
    expect(namesOnlySibling('教授、副教授由学院高级职务评审委员会评审；', asked)).toBe(true);
    expect(namesOnlySibling('助教由学院直接聘任。', asked)).toBe(false);
    expect(namesOnlySibling('评审委员会组成及表决要求如下。', asked)).toBe(false);
    // (Two items asked, a passage answering one of them is no other item's.)
    expect(namesOnlySibling('研究生须于3月10日前提交。', askedItems(lists, '本科生和研究生分别什么时候提交？'))).toBe(false);
  });
});

describe('answers about one listed item', async () => {
  const bot = await answererFor(
    corpusOf({
      'zonglan-scholarship-rules.txt':
        '棕岚学院学生奖学金评定办法\n\n第三条 奖学金分为国家奖学金、国家励志奖学金和学业奖学金。\n第四条 国家奖学金、国家励志奖学金由学校奖学金评审委员会评审后报省教育厅审批；学业奖学金由各学院评定，报学生工作处备案。\n',
    }),
  );

  it('answers with the item’s own clause, not the clause of the items listed beside it that holds more of the question', async () => {
    const a = await bot.answer('棕岚学院学业奖学金由谁评审？');
    expect(a.answer).toContain('由各学院评定');
    expect(a.answer).not.toContain('省教育厅');
  });

  it('still answers a listed item named in a clause with its siblings', async () => {
    expect((await bot.answer('棕岚学院国家奖学金由谁评审？')).answer).toContain('学校奖学金评审委员会');
  });
});
