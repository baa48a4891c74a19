import { describe, expect, it } from 'vitest';
import { buildBm25, deserializeBm25, idf, searchBm25, serializeBm25 } from '../../src/index/bm25.js';

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

  it('weights terms and honours document ranges and a limit', () => {
    const q = [
      { term: '收费', weight: 1 },
      { term: '奖助学金', weight: 0.1 },
    ];
    expect(
      searchBm25(index, q, {
        ranges: [
          [1, 2],
          [3, 4],
        ],
      }).map((h) => h.doc),
    ).toEqual([1]);
    expect(searchBm25(index, q, { ranges: [[2, 4]] }).map((h) => h.doc)).toEqual([2]);
    expect(searchBm25(index, q, { limit: 1 })).toHaveLength(1);
  });

  it('scores a range exactly as the full search scores the same documents', () => {
    const q = [
      { term: '收费', weight: 1 },
      { term: '公示', weight: 1 },
      { term: '发布', weight: 0.5 },
    ];
    const all = searchBm25(index, q);
    expect(searchBm25(index, q, { ranges: [[1, 3]] })).toEqual(all.filter((h) => h.doc >= 1 && h.doc < 3));
  });

  it('gives unknown terms nothing and common terms a smaller idf than rare ones', () => {
    expect(searchBm25(index, [{ term: '食堂', weight: 1 }])).toEqual([]);
    expect(idf(index, '收费')).toBeLessThan(idf(index, '学杂费'));
  });

  it('survives its compact binary round trip unchanged', () => {
    const { header, body } = serializeBm25(index);
    const again = deserializeBm25(JSON.parse(header), body);
    for (const term of ['公示', '收费', '学杂费', '食堂']) {
      expect(searchBm25(again, [{ term, weight: 1 }])).toEqual(searchBm25(index, [{ term, weight: 1 }]));
    }
    expect(Array.from(again.lengths)).toEqual([4, 4, 4, 3]);
  });
});
