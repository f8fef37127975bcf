// The pieces of `npm run -s interpret` that do not touch the process: reading the arguments,
// reading one input line (plain text or {"text", "area"}), and the JSON line printed for it
// (DESIGN §4). Kept apart from scripts/interpret.ts so they can be tested without stdin.
import type { Area, Home } from '../../src/domain/home/model.ts';
import type { Interpretation } from '../../src/domain/language/types.ts';

export const USAGE = `usage: npm run -s interpret -- [--home FILE] [--area NAME] < requests.txt

Reads one request per line: plain text, or a JSON object {"text": "...", "area": "Kitchen"}
whose area (a room's name or id) is where the person speaks from for that line.
Prints one JSON object per line, in order:
  {"text", "intent", "slots", "targets", "speech"}  (and "parts" for compound requests)
A line that cannot be read prints {"error": "..."} and the next line goes on.

  --home FILE   a home in Home Assistant's shape (the corpus's "fixtures" object is one);
                without it, the built-in demo home on a weekday evening
  --area NAME   the room the person speaks from, for lines that do not give one
  --verbose     list what the home-file loader converted or skipped`;

export interface Options {
  home?: string;
  area?: string;
  help?: boolean;
  verbose?: boolean;
}

/** The command line's arguments, or what is wrong with them. */
export function parseArgs(argv: readonly string[]): Options | { error: string } {
  const options: Options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h' || arg === '--verbose') {
      options[arg === '--verbose' ? 'verbose' : 'help'] = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const [flag, inline] =
      arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (flag !== '--home' && flag !== '--area') return { error: `unknown argument "${arg}"` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${flag} needs a value` };
    options[flag === '--home' ? 'home' : 'area'] = value;
  }
  return options;
}

/** A room by id or by name, whatever the case or spacing ("living room", "Living Room"). */
export function findArea(home: Home, ref: string): Area | undefined {
  const wanted = ref.trim().toLowerCase().replace(/\s+/g, ' ');
  const asId = wanted.replace(/[^a-z0-9]+/g, '_');
  return (
    home.areas.find((a) => a.id === ref.trim()) ??
    home.areas.find((a) => a.name.toLowerCase().replace(/\s+/g, ' ') === wanted) ??
    home.areas.find((a) => a.id === asId)
  );
}

export const noSuchArea = (home: Home, ref: string): string =>
  `no area "${ref}" in the home; its areas: ${home.areas.map((a) => a.name).join(', ') || 'none'}`;

export type Request = { text: string; area?: string };

/** One input line: plain text, or a JSON object with `text` and an optional `area`. */
export function parseLine(line: string): Request | { error: string } {
  const trimmed = line.trim();
  if (trimmed === '') return { error: 'empty line: write a request, or {"text": "..."}' };
  if (!trimmed.startsWith('{')) return { text: trimmed };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return { error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'a JSON line is an object: {"text": "...", "area": "..."}' };
  const { text, area } = value as Record<string, unknown>;
  if (typeof text !== 'string' || text.trim() === '')
    return { error: 'the JSON object has no "text" (the request, as a string)' };
  if (area !== undefined && area !== null && typeof area !== 'string')
    return { error: '"area" is the name or id of a room, as a string' };
  return typeof area === 'string' && area.trim() !== '' ? { text, area } : { text };
}

/** What one line is turned into: the interpretation, and the reply the assistant would give. */
export interface Understood {
  interpretation: Interpretation;
  speech: string;
}

export interface Answerer {
  home: Home;
  /** Area id for lines that name no room (--area). */
  area?: string;
  understand(text: string, area: string | undefined): Understood;
}

const part = (i: Interpretation) => ({
  text: i.text,
  intent: i.intent,
  slots: i.slots,
  targets: i.targets,
});

/** The printed object of DESIGN §4: text, intent, slots, targets, speech (and parts). */
export function output({ interpretation: i, speech }: Understood): Record<string, unknown> {
  return {
    text: i.text,
    intent: i.intent,
    slots: i.slots,
    targets: i.targets,
    speech,
    ...(i.parts && i.parts.length > 0 ? { parts: i.parts.map(part) } : {}),
  };
}

/** One input line to its output object; never throws (a failure is an object with `error`). */
export function answerLine(line: string, answerer: Answerer): Record<string, unknown> {
  const request = parseLine(line);
  if ('error' in request) return request;
  let area = answerer.area;
  if (request.area !== undefined) {
    const found = findArea(answerer.home, request.area);
    if (!found) return { text: request.text, error: noSuchArea(answerer.home, request.area) };
    area = found.id;
  }
  try {
    return output(answerer.understand(request.text, area));
  } catch (error) {
    return {
      text: request.text,
      error: `could not interpret: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
