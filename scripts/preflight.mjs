#!/usr/bin/env node
// Runs before `npm test` and `npm run build` (plain JavaScript: it must work before dependencies are installed).
// Installs the npm dependencies when they are missing or older than package-lock.json, and for tests checks
// that Debian's Chromium and Firefox ESR are there, saying how to install them when they are not.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forTests = process.argv.includes('--browsers');

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Story Lens needs Node.js 20.19 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

const installed = join(root, 'node_modules/.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing npm dependencies (npm ci)…');
  // Test tools must never download their own browsers: we use Debian's.
  execSync('npm ci', { cwd: root, stdio: 'inherit', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
}

if (forTests) {
  const missing = [
    ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
    ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
  ].filter(([, path]) => !existsSync(path));
  if (missing.length > 0) {
    const packages = missing.map(([name]) => name).join(' ');
    console.error(
      `The end-to-end tests need Debian's ${packages} (not found at ${missing.map(([, p]) => p).join(', ')}).\n` +
        `Install with: sudo apt-get update && sudo apt-get install -y ${packages}`,
    );
    process.exit(1);
  }
}
