// Worker side of read-pdf.ts: opens a PDF with pdfjs and posts back each page's text items. pdfjs can
// spend many seconds in synchronous work on a damaged file; in a worker that is cut off at the
// MAX_READ_SECONDS deadline without stalling the ingest. Plain JavaScript so the worker starts under
// any loader (tsx, vitest, compiled).
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const { data, cMapUrl, standardFontDataUrl, maxPages, maxChars } = workerData;

async function main() {
  const task = getDocument({
    data,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (err) {
    await task.destroy();
    throw err;
  }
  try {
    if (pdf.numPages > maxPages) return { type: 'too-many-pages', pages: pdf.numPages };
    const pages = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        items.push({ str: it.str, transform: it.transform, width: it.width, height: it.height });
        chars += it.str.length;
      }
      pages.push({ number: n, width: view.width, height: view.height, items });
      page.cleanup();
      // Stop as soon as the text is over the limit, rather than after every page.
      if (chars > maxChars) return { type: 'too-much-text', chars, page: n };
    }
    return { type: 'pages', pages };
  } finally {
    await pdf.destroy();
  }
}

main().then(
  (result) => parentPort.postMessage(result),
  (err) => parentPort.postMessage({ type: 'error', name: err?.name ?? 'Error', message: String(err?.message ?? err) }),
);
