// A scripted OpenAI-compatible chat server on loopback: a real node http server answering
// POST /v1/chat/completions as JSON or, when the request says stream: true, as server-sent events.
// Each request is passed to the test's script, which decides the reply from what the request holds.
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  stream: boolean;
  messages: { role: string; content: string }[];
  /** The system message and the user message, for scripts that read them. */
  system: string;
  user: string;
  /** Resolves when the client hangs up before the reply ends (an aborted call). */
  aborted: Promise<void>;
}

export interface Passage {
  n: number;
  school: string;
  period: string;
  text: string;
}

/** The passages a compose request carries, read back out of its <passage> tags. */
export function passagesOf(req: ChatRequest): Passage[] {
  return [...req.user.matchAll(/<passage n="(\d+)" school="([^"]*)" period="([^"]*)"[^>]*>\n([\s\S]*?)\n<\/passage>/g)].map((m) => ({
    n: Number(m[1]),
    school: m[2]!,
    period: m[3]!,
    text: m[4]!,
  }));
}

/** What the script answers: text (sent in pieces when streaming), an HTTP error, or nothing at all. */
export type Reply = { text: string } | { status: number } | { hang: true };
export type Script = (req: ChatRequest) => Reply;

export interface ScriptedModel {
  /** For LLM_BASE_URL. */
  baseURL: string;
  requests: ChatRequest[];
  script: Script;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (b: Buffer) => parts.push(b));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function completion(model: string, text: string) {
  return {
    id: 'chatcmpl-scripted',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: text.length, total_tokens: 10 + text.length },
  };
}

function chunk(model: string, delta: Record<string, string>, finish: string | null) {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-scripted',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  })}\n\n`;
}

export async function startScriptedModel(script: Script): Promise<ScriptedModel> {
  const requests: ChatRequest[] = [];
  const state = { script };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
      return;
    }
    const body = JSON.parse(await readBody(req)) as { model: string; stream?: boolean; messages: { role: string; content: string }[] };
    const aborted = new Promise<void>((resolve) => res.on('close', () => !res.writableFinished && resolve()));
    const messages = body.messages.map((m) => ({ role: m.role, content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content) }));
    const request: ChatRequest = {
      model: body.model,
      stream: !!body.stream,
      messages,
      system: messages.find((m) => m.role === 'system')?.content ?? '',
      user: messages.find((m) => m.role === 'user')?.content ?? '',
      aborted,
    };
    requests.push(request);
    const reply = state.script(request);
    if ('hang' in reply) return; // never answers; the client's deadline must end the call
    if ('status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
      return;
    }
    if (!request.stream) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion(body.model, reply.text)));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(chunk(body.model, { role: 'assistant', content: '' }, null));
    // Pieces of a few characters, as a real endpoint streams tokens.
    for (const piece of reply.text.match(/[\s\S]{1,4}/g) ?? []) res.write(chunk(body.model, { content: piece }, null));
    res.write(chunk(body.model, {}, 'stop'));
    res.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get script() {
      return state.script;
    },
    set script(s: Script) {
      state.script = s;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
