// `npm run -s interpret` starts here, and runs scripts/interpret.ts. Run through tsx, the command
// would spend most of a second starting up; DESIGN §4 wants it well under two seconds with room
// to spare. So the script is bundled once with esbuild (the compiler tsx itself is built on) into
// node_modules/.cache/teachable-home/, and the bundle is used for as long as none of the files it
// was built from has changed — checked on every start by their modification times, which costs
// about a millisecond. Without esbuild it falls back to tsx: slower to start, same answers.
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = 'scripts/interpret.ts';
const cacheDir = join(root, 'node_modules/.cache/teachable-home');
const bundle = join(cacheDir, 'interpret.mjs');
const inputsFile = join(cacheDir, 'interpret.inputs.json');

/** The bundle is fresh when every file it was built from is older than the build's start. */
function isFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return inputs.length > 0 && inputs.every((f) => statSync(join(root, f)).mtimeMs < built);
  } catch {
    return false; // no bundle yet, or a file it was built from is gone
  }
}

/** Writes through a temporary file, so a command started meanwhile never reads half a file. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

async function rebuild(build) {
  const started = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Smaller to parse, while names stay readable in a stack trace. No source map: reading it
    // would cost as much as the rest of the start. To debug, run `npx tsx scripts/interpret.ts`.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  mkdirSync(cacheDir, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  // Dated from the start of the build: a file saved while it ran makes the next start rebuild.
  utimesSync(bundle, started / 1000, started / 1000);
  writeAtomically(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)));
}

async function main() {
  if (!isFresh()) {
    let esbuild;
    try {
      esbuild = await import('esbuild');
    } catch {
      const { register } = await import('tsx/esm/api');
      register();
      await import(pathToFileURL(join(root, entry)).href);
      return;
    }
    try {
      await rebuild(esbuild.build);
    } catch (error) {
      const messages = error?.errors?.map((e) => {
        const where = e.location
          ? `${e.location.file}:${e.location.line}:${e.location.column}: `
          : '';
        return `interpret: ${where}${e.text}`;
      });
      process.stderr.write(`${messages?.join('\n') ?? String(error)}\n`);
      process.exit(1);
    }
  }
  await import(pathToFileURL(bundle).href);
}

await main();
