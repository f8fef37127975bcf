// `npm test`: every check a change must pass, in the order that fails fastest.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['Install dependencies', existsSync('node_modules') ? null : 'npm ci --no-audit --no-fund'],
  ['Typecheck', 'npx tsc --noEmit -p tsconfig.json'],
  ['Lint', 'npx eslint --max-warnings 0 .'],
  ['Formatting', 'npx prettier --check . --log-level warn'],
  ['Unit tests', 'npx vitest run'],
  ['Production build', 'npx vite build'],
  ['Browser for end-to-end tests', 'node scripts/ensure-chromium.mjs'],
  ['End-to-end tests', 'npx playwright test'],
];

for (const [name, command] of steps) {
  if (!command) continue;
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  try {
    execSync(command, { stdio: 'inherit' });
  } catch {
    console.error(`\n✗ ${name} failed.`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
