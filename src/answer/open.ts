// Opens an index from configuration and returns a ready Answerer.
import type { Config } from '../config.js';
import { createEmbeddings } from '../index/embeddings.js';
import { loadIndex } from '../index/store.js';
import { readAliasFile } from '../retrieve/schools.js';
import { loadLexicon } from '../text/synonyms.js';
import type { Fusion } from '../retrieve/hybrid.js';
import { type Answerer, createAnswerer } from './answer.js';
import type { LlmDeps } from './llm/compose-llm.js';
import { modelPathFromConfig } from './llm/model.js';

export interface OpenOptions {
  fusion?: Fusion;
  /** The model path; by default built from configuration (LLM), false for extractive replies only. */
  llm?: LlmDeps | false;
}

export async function openAnswerer(config: Config, indexDir = config.INDEX_DIR, options: OpenOptions = {}): Promise<Answerer> {
  const index = await loadIndex(indexDir, createEmbeddings(config));
  const today = config.TODAY ? new Date(`${config.TODAY}T12:00:00`) : undefined;
  return createAnswerer({
    index,
    lexicon: loadLexicon(config.SYNONYMS_FILE),
    aliases: config.ALIASES_FILE ? readAliasFile(config.ALIASES_FILE) : undefined,
    today: today ? () => today : undefined,
    fusion: options.fusion,
    llm: options.llm === false ? undefined : (options.llm ?? modelPathFromConfig(config)),
  });
}
