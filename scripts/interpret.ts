// `npm run -s interpret -- [--home FILE] [--area NAME]`: the assistant on the command line
// (DESIGN §4). One request per line in, one JSON object per line out, in order. Every line starts
// from the same home with no dialogue carried over, so a file of requests can be scored line by
// line (../shared/tools/score_intents.py does). It runs the app's own interpret() and takeTurn().
// npm starts it through interpret/launch.mjs, which runs a cached bundle of it (fast to start);
// `npx tsx scripts/interpret.ts` runs it from source.
import { createInterface } from 'node:readline';
import { takeTurn } from '../src/domain/assistant/turn.ts';
import { interpret } from '../src/domain/language/interpret.ts';
import { demoHome, homeFromFile, type CliHome } from './interpret/home.ts';
import {
  USAGE,
  answerLine,
  findArea,
  noSuchArea,
  parseArgs,
  type Answerer,
  type Understood,
} from './interpret/lines.ts';

function fail(lines: string[]): never {
  process.stderr.write(lines.map((l) => `interpret: ${l}\n`).join(''));
  process.exit(2);
}

/** Failures of the reply shown in full; past these, only counted (a broken build fails them all). */
const SHOWN_FAILURES = 3;

/** A turn of the assistant from a fresh start; if the turn itself fails, the bare interpretation. */
function understander({ home, now, unit }: CliHome) {
  let failures = 0;
  process.on('exit', () => {
    if (failures > SHOWN_FAILURES)
      process.stderr.write(`interpret: the reply failed on ${failures} lines in all\n`);
  });
  return (text: string, area: string | undefined): Understood => {
    try {
      const turn = takeTurn({ home, text, ...(area ? { area } : {}), state: {}, now, unit });
      return { interpretation: turn.interpretation, speech: turn.reply };
    } catch (error) {
      if (++failures <= SHOWN_FAILURES)
        process.stderr.write(`interpret: the reply to ${JSON.stringify(text)} failed: ${error}\n`);
      return { interpretation: interpret(text, { home, ...(area ? { area } : {}) }), speech: '' };
    }
  };
}

async function main(): Promise<void> {
  // `npm run -s interpret < many.txt | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const options = parseArgs(process.argv.slice(2));
  if ('error' in options) fail([options.error, '', USAGE]);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const loaded = options.home === undefined ? demoHome() : homeFromFile(options.home);
  if ('errors' in loaded) fail(loaded.errors);
  if (loaded.warnings.length > 0)
    process.stderr.write(
      options.verbose
        ? loaded.warnings.map((w) => `interpret: ${w}\n`).join('')
        : `interpret: the home file loaded with ${loaded.warnings.length} notes (--verbose lists them)\n`,
    );
  const area = options.area === undefined ? undefined : findArea(loaded.home, options.area);
  if (options.area !== undefined && !area) fail([noSuchArea(loaded.home, options.area)]);

  const answerer: Answerer = {
    home: loaded.home,
    ...(area ? { area: area.id } : {}),
    understand: understander(loaded),
  };
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of input)
    process.stdout.write(`${JSON.stringify(answerLine(line, answerer))}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `interpret: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
  );
  process.exit(1);
});
