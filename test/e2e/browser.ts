// Launches a headless Chromium for the browser tests with nothing beyond `npm install`: CHROMIUM_PATH or
// Debian's chromium when present, else the Chromium that @sparticuz/chromium ships inside its npm
// package. Chinese text renders with the Noto Sans SC font from npm (@embedpdf/fonts-sc), added to
// fontconfig for the browser process only, so screenshots show characters rather than boxes.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The folder of the CJK font files that the npm font package ships. */
export function cjkFontDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '../fonts');
}

/**
 * A fontconfig file that keeps the system's configuration (when there is one) and adds the npm font
 * folder; its cache lives in a temp folder so nothing outside the test run is written.
 */
function fontconfigFile(): string {
  const dir = join(tmpdir(), `gongkai-fontconfig-${process.pid}`);
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${cjkFontDir()}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}

/** Which browser the tests use and why, for the error message and the test log. */
export async function browserExecutable(): Promise<{ path: string; args: string[]; source: string }> {
  if (process.env.CHROMIUM_PATH) {
    if (!existsSync(process.env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: unset it to use the bundled Chromium`);
    return { path: process.env.CHROMIUM_PATH, args: COMMON_ARGS, source: 'CHROMIUM_PATH' };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, args: COMMON_ARGS, source: "Debian's chromium" };
  const { default: bundled } = await import('@sparticuz/chromium');
  // WebGL is not needed: skip unpacking SwiftShader.
  bundled.setGraphicsMode = false;
  const path = await bundled.executablePath();
  // Its own flag list targets AWS Lambda; keep only what a sandbox-less headless shell needs.
  const args = [...COMMON_ARGS, ...bundled.args.filter((a) => /^--(headless|no-zygote|single-process|disable-setuid-sandbox|font-render-hinting)/.test(a))];
  return { path, args, source: '@sparticuz/chromium' };
}

export async function launchBrowser(): Promise<Browser> {
  const exe = await browserExecutable();
  return chromium.launch({
    executablePath: exe.path,
    args: exe.args,
    headless: true,
    env: { ...process.env, FONTCONFIG_FILE: fontconfigFile() } as Record<string, string>,
  });
}
