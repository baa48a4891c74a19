// Bundles the browser code (widget, source viewer, figures page) from TypeScript with esbuild, once per process.
import { build } from 'esbuild';
import { join } from 'node:path';

export interface Assets {
  widgetJs: string;
  viewerJs: string;
  /** The figures page, with its chart library (chart.js) bundled in: no CDN. */
  figuresJs: string;
}

let cached: Promise<Assets> | undefined;

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
  });
  return out.outputFiles[0]!.text;
}

export function loadAssets(): Promise<Assets> {
  cached ??= Promise.all([bundle('widget/widget.ts'), bundle('viewer/viewer.ts'), bundle('figures/figures.ts')]).then(([widgetJs, viewerJs, figuresJs]) => ({
    widgetJs,
    viewerJs,
    figuresJs,
  }));
  return cached;
}
