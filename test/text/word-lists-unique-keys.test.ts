// The word lists kept as data (synonyms, question words, figures) are JSON objects: a key written twice in one group
// keeps only its last value, silently dropping the first. Every group's keys must be unique.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const FILES = ['src/text/synonyms.json', 'src/retrieve/question-words.json', 'src/text/figures.json', 'src/text/org-names.json', 'src/text/metric-names.json'];

/** Keys written more than once within one object. */
function repeatedKeys(text: string): string[] {
  const repeated: string[] = [];
  // JSON.parse loses repeats; read the objects' keys with a small scanner instead.
  const stack: Set<string>[] = [];
  const re = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}[\]]/g;
  const kinds: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    if (t === '{') (stack.push(new Set()), kinds.push('{'));
    else if (t === '[') kinds.push('[');
    else if (t === '}') (stack.pop(), kinds.pop());
    else if (t === ']') kinds.pop();
    else if (m[2] && kinds.at(-1) === '{') {
      const keys = stack.at(-1)!;
      if (keys.has(m[1]!)) repeated.push(m[1]!);
      keys.add(m[1]!);
    }
  }
  return repeated;
}

describe('word lists kept as data', () => {
  it('write no key twice in one group', () => {
    for (const file of FILES) expect(repeatedKeys(readFileSync(join(ROOT, file), 'utf8')), file).toEqual([]);
  });

  it('catch a key written twice (the check itself)', () => {
    expect(repeatedKeys('{"english": {"campus card": ["校园卡"], "fax": ["传真"], "campus card": ["一卡通"]}}')).toEqual(['campus card']);
    expect(repeatedKeys('{"a": {"x": 1}, "b": {"x": 2}}')).toEqual([]);
  });
});
