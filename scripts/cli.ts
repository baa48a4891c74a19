// Shared CLI plumbing: flags parsed with node:util and validated with zod, errors printed plainly.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { z } from 'zod';
import { AppError } from '../src/errors.js';

export function parseFlags<T extends z.ZodObject>(
  schema: T,
  options: NonNullable<ParseArgsConfig['options']>,
  argv = process.argv.slice(2),
): { flags: z.infer<T>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    fail(`${(err as Error).message}`);
  }
  const result = schema.safeParse(parsed.values);
  if (!result.success) fail(z.prettifyError(result.error));
  return { flags: result.data, positionals: parsed.positionals };
}

export function fail(message: string, code = 2): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(code);
}

/** Exits once stdout has flushed: a large --json answer piped to another program must arrive whole. */
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.exit(code));
}

/** Runs a CLI main; AppErrors print their message, anything else its stack. */
export function run(main: () => Promise<number | void>): void {
  main().then(
    (code) => exitAfterFlush(code ?? 0),
    (err) => {
      if (err instanceof AppError) fail(err.message, 2);
      console.error(err);
      exitAfterFlush(3);
    },
  );
}
