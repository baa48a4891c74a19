import { describe, expect, it } from 'vitest';
import { buildBm25, idf, searchBm25 } from '../../src/index/bm25.js';

const docs = [
  ['学杂费', '收费', '标准', '公布'],
  ['奖助学金', '评审', '结果', '公示'],
  ['收费', '收费', '收费', '投诉'],
  ['官网', '发布', '信息'],
];

describe('BM25', () => {
  const index = buildBm25(docs);

  it('ranks documents holding rarer query terms higher', () => {
    const hits = searchBm25(index, [
      { term: '学杂费', weight: 1 },
      { term: '收费', weight: 1 },
    ]);
    expect(hits[0]!.doc).toBe(0);
    expect(hits.map((h) => h.doc)).toEqual([0, 2]);
  });

  it('saturates term frequency: three 收费 do not beat 学杂费 plus 收费', () => {
    const hits = searchBm25(index, [
      { term: '收费', weight: 1 },
      { term: '学杂费', weight: 1 },
    ]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('weights terms and honours a filter and a limit', () => {
    const q = [
      { term: '收费', weight: 1 },
      { term: '奖助学金', weight: 0.1 },
    ];
    expect(searchBm25(index, q, { filter: (d) => d !== 0 && d !== 2 }).map((h) => h.doc)).toEqual([1]);
    expect(searchBm25(index, q, { limit: 1 })).toHaveLength(1);
  });

  it('gives unknown terms nothing and common terms a smaller idf than rare ones', () => {
    expect(searchBm25(index, [{ term: '食堂', weight: 1 }])).toEqual([]);
    expect(idf(index, '收费')).toBeLessThan(idf(index, '学杂费'));
  });

  it('survives a JSON round trip unchanged', () => {
    const again = JSON.parse(JSON.stringify(index));
    expect(searchBm25(again, [{ term: '公示', weight: 1 }])).toEqual(searchBm25(index, [{ term: '公示', weight: 1 }]));
  });
});
