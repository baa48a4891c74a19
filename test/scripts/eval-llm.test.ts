// npm run eval -- --llm against a scripted model on loopback: the same questions through the model
// path, with how often the check rejected the model in the table and the JSON report.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ROOT, runScript, tempDir } from '../helpers.js';
import { type ScriptedModel, passagesOf, startScriptedModel } from '../scripted-model.js';

/** Runs a script without blocking this process (the scripted model answers from here). */
function runAsync(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run eval -- --llm', () => {
  let model: ScriptedModel;
  let index: string;
  beforeAll(async () => {
    // Says each passage back; every third reply changes the first figure it says.
    let n = 0;
    model = await startScriptedModel((req) => {
      const invent = ++n % 3 === 0;
      const text = passagesOf(req)
        .map((p) => `${p.school}：${invent ? p.text.replace(/\d+/, (x) => String(Number(x) + 1)) : p.text}[${p.n}]`)
        .join('\n');
      return { text };
    });
    index = join(tempDir(), 'index');
    expect(runScript('ingest.ts', ['--corpus', CORPUS, '--index', index, '--json']).code).toBe(0);
  });
  afterAll(() => model.close());

  it('scores through the model and reports how often the check rejected it', async () => {
    const out = join(tempDir(), 'report.json');
    const env = { LLM: 'openai', LLM_BASE_URL: model.baseURL, LLM_MODEL: 'scripted', LLM_TIMEOUT_MS: '20000', LOG_LEVEL: 'silent' };
    const r = await runAsync('eval.ts', ['--index', index, '--out', out, '--llm', 'eval/dev-qa.jsonl'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('replies rejected by the check');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const m = report.model;
    expect(m.replies.accepted).toBeGreaterThan(0);
    expect(m.replies.rejected).toBeGreaterThan(0);
    expect(m.rejections.number).toBeGreaterThan(0);
    // Every question the model was asked, and no more, reached the server (the warm-up question is a refusal).
    expect(m.replies.accepted + m.replies.rejected).toBe(model.requests.length);
    // Rejected replies fall back to the extractive answer: no number reaches the user that a quote lacks.
    expect(report.summary.uncitedNumbers).toBe(0);
    expect(report.summary.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('refuses --llm when no model is configured', () => {
    const r = runScript('eval.ts', ['--index', index, '--llm', 'eval/dev-qa.jsonl'], { LLM: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--llm .*LLM=openai/);
  });
});
