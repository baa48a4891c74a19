import { describe, expect, it } from 'vitest';
import type { BaseRetriever } from '@langchain/core/retrievers';
import { HybridRetriever, SearchIndex } from '../../src/retrieve/hybrid.js';
import { shippedIndex } from '../helpers.js';

// One contract, run against every retriever: keyword-led hybrid and the plain vector store.
const CASES: [string, string][] = [
  ['教育阳光服务平台 受理 投诉举报 办结率', '（三）教育阳光服务网络平台受理情况。'],
  ['招生网 UV访客数 浏览量', '1.招生信息公开情况：'],
  ['资产招租公告 采购公告', '3． 资产采购信息公开'],
];

describe.each([
  ['hybrid', async () => new HybridRetriever({ search: new SearchIndex(await shippedIndex()), k: 5 }) as BaseRetriever],
  ['vector store', async () => (await shippedIndex()).store.asRetriever(5) as BaseRetriever],
])('%s retriever contract', (_name, make) => {
  it.each(CASES)('finds the section for "%s"', async (query, section) => {
    const docs = await (await make()).invoke(query);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThanOrEqual(5);
    expect(docs.map((d) => (d.metadata.section as string[]).at(-1))).toContain(section);
    for (const d of docs) expect(d.pageContent).toBe(d.metadata.text);
  });
});

describe('hybrid search', () => {
  it('filters to the documents asked for', async () => {
    const index = await shippedIndex();
    const s = new SearchIndex(index);
    const docId = index.documents.find((d) => d.school === '襄阳科技职业学院')!.docId;
    const hits = await s.search([{ term: '招标', weight: 1, source: '招标' }], '招标', { docIds: new Set([docId]), k: 10 });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.chunk.docId).toBe(docId);
  });

  it('counts a heading match: a 收费 query favours the 财务收费 section', async () => {
    const index = await shippedIndex();
    const s = new SearchIndex(index);
    const docId = index.documents.find((d) => d.school === '湖南安全技术职业学院')!.docId;
    const hits = await s.search([{ term: '收费', weight: 1, source: '收费' }], '收费', { docIds: new Set([docId]), k: 3 });
    expect(hits[0]!.chunk.section.at(-1)).toBe('3.财务收费信息。');
  });
});
