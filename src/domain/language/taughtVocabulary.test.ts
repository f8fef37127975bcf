// Many taught items at once (the bench's 500: 300 commands, 100 concepts, 100 names): the seeded
// generator makes valid, distinct items; with all of them taught, every one is understood, and
// everything else is understood exactly as without them.
import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { NOW } from '../home/testing.ts';
import { taughtItemSchema } from '../teaching/model.ts';
import { interpret } from './interpret.ts';
import { between, pick, seededRandom, type Random } from './testing/random.ts';
import { generateVocabulary, taughtRequests } from './testing/taught.ts';
import { contextOf } from './testset/check.ts';
import { ALL_CASES } from './testset/index.ts';
import { HA_INTENTS, OWN_INTENTS } from './types.ts';

const home = demoHome(NOW);
const COUNTS = { commands: 300, concepts: 100, names: 100 };
const taught = generateVocabulary(home, COUNTS, seededRandom(500));

describe('the generated vocabulary', () => {
  it('has the items asked for, each valid by the teaching model', () => {
    expect(taught.commands).toHaveLength(300);
    expect(taught.concepts).toHaveLength(100);
    expect(taught.names).toHaveLength(100);
    for (const item of [...taught.commands, ...taught.concepts, ...taught.names])
      expect(taughtItemSchema.safeParse(item).success, item.id).toBe(true);
    expect(taught.commands.some((c) => c.overrides)).toBe(true);
  });

  it('is the same for the same seed, and another for another', () => {
    expect(generateVocabulary(home, COUNTS, seededRandom(500))).toEqual(taught);
    expect(generateVocabulary(home, COUNTS, seededRandom(501))).not.toEqual(taught);
  });

  it('never repeats a phrase, a word or a name', () => {
    const all = [
      ...taught.commands.flatMap((c) => c.phrases),
      ...taught.concepts.map((c) => c.word),
      ...taught.names.map((n) => n.name),
    ];
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('interpreting with 500 taught items', () => {
  it('runs every command by each of its phrases', () => {
    for (const command of taught.commands)
      for (const phrase of command.phrases) {
        const r = interpret(phrase, { home, taught });
        expect(r.intent, phrase).toBe('RunTaughtCommand');
        expect(r.taught?.id, phrase).toBe(command.id);
      }
  });

  it('finds every taught name', () => {
    for (const name of taught.names) {
      const r = interpret(`turn off the ${name.name}`, { home, taught });
      expect(r.names, name.name).toContain(name.id);
      if (name.target.kind === 'entity')
        expect([...r.targets, ...(r.ambiguous ?? [])], name.name).toContain(name.target.entityId);
    }
  });

  it('applies every concept to a device of its kind', () => {
    for (const c of taught.concepts) {
      const device = home.entities.find((e) => e.domain === c.domain);
      if (!device) continue;
      const r = interpret(`set the ${device.name} to ${c.word}`, { home, taught });
      expect(r.intent, c.word).toBe('ApplyConcept');
      expect(r.taught?.id, c.word).toBe(c.id);
      expect(r.targets, c.word).toEqual([device.id]);
    }
  });

  it('understands the generated requests that use them', () => {
    const requests = taughtRequests(home, taught, 200, seededRandom(7));
    const missed = requests.filter(
      (text) => interpret(text, { home, taught }).intent === 'Unknown',
    );
    expect(missed).toEqual([]);
  });

  it('understands our whole test set exactly as without them', () => {
    const changed = ALL_CASES.filter((c) => {
      const context = contextOf(home, c);
      const plain = interpret(c.text, context);
      const withTaught = interpret(c.text, { ...context, taught });
      return JSON.stringify(plain) !== JSON.stringify(withTaught);
    }).map((c) => c.text);
    expect(changed).toEqual([]);
  });
});

/** A request with a letter or a word dropped, doubled or swapped, or a taught word put in. */
function mutate(random: Random, text: string, words: readonly string[]): string {
  const at = between(random, 0, text.length);
  switch (between(random, 0, 3)) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text.charAt(at) + text.slice(at);
    case 2: {
      const parts = text.split(' ');
      const i = between(random, 0, parts.length - 1);
      parts.splice(i, 1);
      return parts.join(' ');
    }
    default:
      return `${text.slice(0, at)} ${pick(random, words)} ${text.slice(at)}`;
  }
}

describe('mutated requests with 500 taught items', () => {
  it('always give a well-formed interpretation', () => {
    const random = seededRandom(42);
    const requests = taughtRequests(home, taught, 100, random);
    const words = [
      ...taught.commands.flatMap((c) => c.phrases),
      ...taught.concepts.map((c) => c.word),
      ...taught.names.map((n) => n.name),
      'and',
      'to',
      'mode',
      'it',
    ];
    const intents = new Set<string>([...HA_INTENTS, ...OWN_INTENTS]);
    const ids = new Set([...taught.commands.map((c) => c.id), ...taught.concepts.map((c) => c.id)]);
    const entities = new Set(home.entities.map((e) => e.id));
    for (let i = 0; i < 5000; i++) {
      let text = pick(random, requests);
      for (let k = between(random, 1, 3); k > 0; k--) text = mutate(random, text, words);
      const r = interpret(text, { home, taught, area: pick(random, home.areas).id });
      expect(intents.has(r.intent), text).toBe(true);
      expect(
        r.targets.every((id) => entities.has(id)),
        text,
      ).toBe(true);
      if (r.taught) expect(ids.has(r.taught.id), text).toBe(true);
    }
  });
});
