// Makes sure a Chromium for Playwright exists. Playwright's own browser download does not work
// on our machines, so we use Debian's package (/usr/bin/chromium) or CHROMIUM_PATH.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`No Chromium at ${path}; installing Debian's chromium with apt-get…`);
  execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync(path)) process.exit(0);
}
console.error(
  [
    `No Chromium found at ${path}.`,
    'The end-to-end tests need one. Either:',
    '  - on Debian/Ubuntu: sudo apt-get install chromium   (then run npm test again), or',
    '  - point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
  ].join('\n'),
);
process.exit(1);
