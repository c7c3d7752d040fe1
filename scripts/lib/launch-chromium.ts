// Debian's Chromium, headless, with the flags this machine's closed network needs (no background
// networking, no component updates): shared by the browser tests and the benchmark.
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../chromium-path.mjs';

const LAUNCH_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      'Chromium not found: apt-get install -y --no-install-recommends chromium, or set CHROMIUM_PATH',
    );
  }
  return chromium.launch({ executablePath, args: LAUNCH_FLAGS, headless: true });
}
