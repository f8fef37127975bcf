// 100,000 random and mutated inputs through interpret(), from a fixed seed: random unicode, very
// long strings, punctuation only, odd numbers, and real requests with characters and words
// inserted, deleted and swapped and the demo home's names mixed in — with and without a speaking
// room, a previous turn and a pending question. Whatever comes in, interpret() must not throw and
// must return a well-formed interpretation: a known intent, slots as an object with finite
// numbers, targets that are entities of the home, and something the command line can print.
import { describe, expect, it } from 'vitest';
import { demoScenario } from '../home/scenarios/demo.ts';
import { interpret } from './interpret.ts';
import { requestsFor } from './testing/requests.ts';
import { between, pick, seededRandom, type Random } from './testing/random.ts';
import {
  HA_INTENTS,
  OWN_INTENTS,
  type InterpretContext,
  type Interpretation,
  type PreviousTurn,
} from './types.ts';

const home = demoScenario.build(Date.UTC(2026, 2, 3, 12, 0)).home;
const entityIds = new Set(home.entities.map((e) => e.id));
const intents = new Set<string>([...HA_INTENTS, ...OWN_INTENTS]);
const names = [
  ...home.entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]),
  ...home.areas.map((a) => a.name),
  ...home.floors.map((f) => f.name),
];

/** Requests of every kind the assistant understands, to mutate. */
const SAID = [
  'turn off the lights and lock the front door',
  'turn it off',
  'and the kitchen too',
  'a bit more',
  'what about 20 percent',
  'make it warmer',
  'set the living room lights to seventy two percent',
  'dim the lights a bit',
  'which lights are on?',
  'is the front door locked?',
  "what's the temperature in the office?",
  'hey assistant could you please turn on the porch light',
  'set the bedroom thermostat to 21.5 degrees',
  'play the next song on the kitchen speaker',
  'no, that is wrong',
  'cancel',
  'help',
  'when I say movie time turn off the living room lights',
  'open the garage door halfway',
  'turn the telly volume up by ten',
];
const WORDS = ['and', 'then', 'it', 'too', 'all', 'the', 'percent', 'degrees', 'half', 'not', '%'];

/** Code points from every plane and every awkward corner: controls, surrogates, marks, emoji. */
function randomUnicode(random: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) {
    const roll = random();
    if (roll < 0.3) s += String.fromCharCode(between(random, 0x20, 0x7e));
    else if (roll < 0.4) s += String.fromCharCode(between(random, 0, 0x1f));
    else if (roll < 0.5)
      s += String.fromCharCode(between(random, 0xd800, 0xdfff)); // lone surrogate
    else if (roll < 0.6)
      s += String.fromCharCode(between(random, 0x300, 0x36f)); // combining
    else if (roll < 0.7) s += pick(random, ['\u200b', '\u200e', '\u202e', '\ufeff', '\u00a0']);
    else if (roll < 0.8) s += String.fromCodePoint(between(random, 0x1f300, 0x1faff));
    else s += String.fromCodePoint(between(random, 0x80, 0x10ffff));
  }
  return s;
}

function mutate(random: Random, text: string): string {
  let words = text.split(' ');
  for (let n = between(random, 1, 4); n > 0; n--) {
    const i = between(random, 0, Math.max(0, words.length - 1));
    const word = words[i] ?? '';
    const c = between(random, 0, word.length);
    switch (between(random, 0, 7)) {
      case 0: // insert a character
        words[i] = word.slice(0, c) + randomUnicode(random, 1) + word.slice(c);
        break;
      case 1: // delete a character
        words[i] = word.slice(0, c) + word.slice(c + 1);
        break;
      case 2: // swap two characters
        words[i] = word.slice(0, c) + word.charAt(c + 1) + word.charAt(c) + word.slice(c + 2);
        break;
      case 3: // delete a word
        words.splice(i, 1);
        break;
      case 4: // swap two words
        words = words.map((w, k) => (k === i ? (words[i + 1] ?? w) : k === i + 1 ? word : w));
        break;
      case 5: // a name of the home, anywhere
        words.splice(i, 0, pick(random, names).toLowerCase());
        break;
      case 6: // a small word that changes the structure
        words.splice(i, 0, pick(random, WORDS));
        break;
      default: // a number in any form
        words.splice(i, 0, pick(random, ['0', '-5', '1e9', '99999', 'twenty', 'half', '3.5']));
    }
  }
  return words.join(random() < 0.1 ? '  ' : ' ');
}

const NUMBERS = [
  () => '-0',
  () => '1e309',
  () => 'NaN',
  () => 'Infinity',
  () => '0x1f',
  () => '999999999999999999999999',
  () => '½',
  () => '٣',
  () => 'twenty thousand and five',
  () => 'a hundred and ten percent',
  () => 'minus seven degrees',
];

function numberInput(random: Random): string {
  const value =
    random() < 0.5
      ? String(
          pick(random, [-1, 0.5, 1e21, -1e-7, 2 ** 53, 101, 150, 1000]) * between(random, 1, 3),
        )
      : pick(random, NUMBERS)();
  const frame = pick(random, [
    (v: string) => v,
    (v: string) => `set the kitchen ceiling to ${v}`,
    (v: string) => `set the thermostat to ${v} degrees`,
    (v: string) => `volume ${v} percent`,
    (v: string) => `${v} ${v} ${v}`,
  ]);
  return frame(value);
}

function randomContext(random: Random): InterpretContext {
  const context: InterpretContext = { home };
  if (random() < 0.5) context.area = pick(random, home.areas).id;
  if (random() < 0.3) {
    const previous: PreviousTurn = {
      intent: pick(random, [...intents]) as PreviousTurn['intent'],
      slots: pick(random, [{}, { domain: 'light', brightness: 40 }, { temperature: 20 }]),
      targets: home.entities
        .slice(between(random, 0, 10), between(random, 10, 14))
        .map((e) => e.id),
    };
    context.previous = previous;
    if (random() < 0.3)
      context.pending = {
        kind: 'which',
        options: previous.targets,
        interpretation: { text: 'turn on the light', ...previous },
      };
  }
  return context;
}

/** What is wrong with an interpretation, or undefined when it is well-formed. */
function problem(result: Interpretation, depth = 0): string | undefined {
  if (!intents.has(result.intent)) return `unknown intent ${JSON.stringify(result.intent)}`;
  if (typeof result.text !== 'string') return 'text is not a string';
  if (!result.slots || typeof result.slots !== 'object') return 'slots is not an object';
  for (const [key, value] of Object.entries(result.slots))
    if (typeof value === 'number' && !Number.isFinite(value)) return `slot ${key} is ${value}`;
  if (!Array.isArray(result.targets)) return 'targets is not an array';
  const stranger = result.targets.find((id) => !entityIds.has(id));
  if (stranger !== undefined) return `target ${JSON.stringify(stranger)} is not in the home`;
  if (result.parts !== undefined) {
    if (!Array.isArray(result.parts)) return 'parts is not an array';
    if (depth > 3) return 'parts nested too deep';
    for (const part of result.parts) {
      const p = problem(part, depth + 1);
      if (p) return `part: ${p}`;
    }
  }
  if (depth === 0) JSON.stringify(result); // the command line prints it: must not throw
  return undefined;
}

/** Runs `count` inputs from `make`; returns the first few failures, with what was said. */
function fuzz(seed: number, count: number, make: (random: Random) => string): string[] {
  const random = seededRandom(seed);
  const failures: string[] = [];
  for (let i = 0; i < count && failures.length < 10; i++) {
    const text = make(random);
    const context = randomContext(random);
    try {
      const p = problem(interpret(text, context));
      if (p) failures.push(`#${i} ${JSON.stringify(text)} (area ${context.area}): ${p}`);
    } catch (error) {
      failures.push(`#${i} ${JSON.stringify(text)} (area ${context.area}) threw: ${error}`);
    }
  }
  return failures;
}

// 100,000 in all. At the interpreter's budget (median 50 µs) that is about five seconds; the
// timeout leaves room for a slower interpreter or a busy machine, as a fuzz test is about
// crashes, not speed (the bench measures speed).
describe('interpret() under fuzzing', { timeout: 120_000 }, () => {
  it('survives 20,000 random unicode strings', () => {
    expect(fuzz(1, 20_000, (r) => randomUnicode(r, between(r, 0, 40)))).toEqual([]);
  });

  it('survives 300 very long strings', () => {
    // Long text is built from repeated pieces: as hard to read, and cheap to make.
    const vocabulary = [...WORDS, ...names.map((n) => n.toLowerCase()), 'turn', 'on', 'off'];
    const long = (r: Random) =>
      r() < 0.5
        ? randomUnicode(r, between(r, 10, 200)).repeat(between(r, 10, 200))
        : Array.from({ length: between(r, 20, 200) }, () => pick(r, vocabulary))
            .join(' ')
            .repeat(between(r, 1, 20));
    expect(fuzz(2, 300, long)).toEqual([]);
  });

  it('survives 9,700 strings of punctuation and spaces only', () => {
    const marks = ' \t\n.,;:!?\'"-–—()[]{}<>/\\|@#$%^&*_+=~`…“”‘’¿¡';
    const punctuation = (r: Random) =>
      Array.from({ length: between(r, 0, 30) }, () =>
        marks.charAt(between(r, 0, marks.length - 1)),
      ).join('');
    expect(fuzz(3, 9_700, punctuation)).toEqual([]);
  });

  it('survives 10,000 odd numbers', () => {
    expect(fuzz(4, 10_000, numberInput)).toEqual([]);
  });

  it('survives 60,000 mutations of real requests', () => {
    const generated = requestsFor(home, 500, seededRandom(5)).map((r) => r.text);
    const requests = [...SAID, ...generated];
    expect(fuzz(6, 60_000, (r) => mutate(r, pick(r, requests)))).toEqual([]);
  });
});
