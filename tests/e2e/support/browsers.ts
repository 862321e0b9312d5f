/**
 * Debian's browsers, never downloaded ones. A missing browser fails the run with the command that installs it.
 */
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function chromiumPath(): string {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium`,
    );
  }
  return CHROMIUM;
}

export function firefoxPath(): string {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox ESR is not installed at ${FIREFOX}. Install it with: sudo apt-get install -y firefox-esr`,
    );
  }
  return FIREFOX;
}

/**
 * Headless Chromium on a machine without internet: no sandbox (CI runs as root), and none of the background
 * connections (component updates, sync, QUIC probes) that a closed network refuses by the dozen.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-default-browser-check',
];
