// Taught vocabulary for tests and measurements: small builders of one item each, and a seeded
// generator of many (commands, concepts and names for a given home) — the same seed gives the
// same items on every run, so a figure or a failure can be found again. Every item is valid by
// the teaching model's schemas; phrases and words are made-up words that are neither the
// grammar's nor the home's, and never repeat, as the teaching rules would have it.
import type { Home } from '../../home/model.ts';
import {
  CONCEPT_DOMAINS,
  type Concept,
  type ConceptDomain,
  type ConceptSettings,
  type TaughtCommand,
  type TaughtName,
  type TaughtVocabulary,
} from '../../teaching/model.ts';
import { between, pick, type Random } from './random.ts';

const TAUGHT_AT = Date.UTC(2026, 2, 3, 20, 0);
const base = (id: string, overrides?: boolean) => ({
  id,
  source: 'form' as const,
  taughtAt: TAUGHT_AT,
  updatedAt: TAUGHT_AT,
  ...(overrides ? { overrides } : {}),
});

/** A taught command that switches one device off: enough for the interpreter, which runs none. */
export function taughtCommand(
  id: string,
  phrases: readonly string[],
  options: { overrides?: boolean; entityId?: string } = {},
): TaughtCommand {
  return {
    ...base(id, options.overrides),
    kind: 'command',
    phrases: [...phrases],
    steps: [
      {
        type: 'control',
        target: { kind: 'entity', entityId: options.entityId ?? 'light.living_room_lamp' },
        command: 'turn_off',
      },
    ],
  };
}

const SETTINGS: Record<ConceptDomain, ConceptSettings> = {
  light: { brightness: 100, color_temp_kelvin: 5000 },
  climate: { temperature: 22 },
  cover: { position: 30 },
  fan: { percentage: 40 },
  media_player: { volume: 20 },
};

export function concept(
  id: string,
  word: string,
  domain: ConceptDomain,
  options: { overrides?: boolean; settings?: ConceptSettings } = {},
): Concept {
  return {
    ...base(id, options.overrides),
    kind: 'concept',
    word,
    domain,
    settings: options.settings ?? SETTINGS[domain],
  };
}

export function taughtName(
  id: string,
  name: string,
  target: { entityId: string } | { areaId: string },
): TaughtName {
  return {
    ...base(id),
    kind: 'name',
    name,
    target:
      'entityId' in target
        ? { kind: 'entity', entityId: target.entityId }
        : { kind: 'area', areaId: target.areaId },
  };
}

export function vocabulary(items: Partial<TaughtVocabulary>): TaughtVocabulary {
  return { commands: [], concepts: [], names: [], ...items };
}

// Made-up words: syllables no English word of the grammar is made of, so generated phrases
// never collide with what the assistant already understands.
const SYLLABLES = ['zo', 'qua', 'vex', 'lum', 'tri', 'kor', 'bli', 'nax', 'pem', 'dru', 'fyo'];
const ENDINGS = ['mode', 'time', 'scene', 'night', 'setting'];

function madeUpWord(random: Random): string {
  return Array.from({ length: between(random, 2, 3) }, () => pick(random, SYLLABLES)).join('');
}

export interface TaughtCounts {
  commands: number;
  concepts: number;
  names: number;
}

/**
 * `counts` taught items for `home`: commands of one to three phrases of one to three words
 * (about one in ten chosen to win over built-in meanings), concepts for every kind of device,
 * and names for the home's devices and rooms.
 */
export function generateVocabulary(
  home: Home,
  counts: TaughtCounts,
  random: Random,
): TaughtVocabulary {
  const used = new Set<string>();
  const fresh = (words: () => string): string => {
    for (;;) {
      const phrase = words();
      if (!used.has(phrase)) {
        used.add(phrase);
        return phrase;
      }
    }
  };
  const phrase = () =>
    fresh(() => {
      const length = between(random, 1, 3);
      const words = Array.from({ length }, () => madeUpWord(random));
      if (length > 1 && random() < 0.5) words[length - 1] = pick(random, ENDINGS);
      return words.join(' ');
    });
  const commands = Array.from({ length: counts.commands }, (_, i) =>
    taughtCommand(`taught-command-${i}`, Array.from({ length: between(random, 1, 3) }, phrase), {
      overrides: random() < 0.1,
      entityId: pick(random, home.entities).id,
    }),
  );
  const concepts = Array.from({ length: counts.concepts }, (_, i) =>
    concept(
      `taught-concept-${i}`,
      fresh(() => `${madeUpWord(random)}${random() < 0.5 ? ' mode' : ''}`),
      pick(random, CONCEPT_DOMAINS),
    ),
  );
  const names = Array.from({ length: counts.names }, (_, i) => {
    const word = fresh(() => `${madeUpWord(random)} ${random() < 0.5 ? 'light' : 'room'}`);
    const target =
      word.endsWith('room') && home.areas.length > 0
        ? { areaId: pick(random, home.areas).id }
        : { entityId: pick(random, home.entities).id };
    return taughtName(`taught-name-${i}`, word, target);
  });
  return { commands, concepts, names };
}

/** Requests that use generated taught items: command phrases, names, concepts on devices. */
export function taughtRequests(
  home: Home,
  vocabulary: TaughtVocabulary,
  count: number,
  random: Random,
): string[] {
  const lights = home.entities.filter((e) => e.domain === 'light');
  const kinds = (domain: string) => home.entities.filter((e) => e.domain === domain);
  const makers: (() => string | undefined)[] = [
    () => pick(random, pick(random, vocabulary.commands).phrases),
    () => {
      const name = pick(random, vocabulary.names);
      return name.target.kind === 'entity'
        ? `turn off the ${name.name}`
        : `turn on the lights in the ${name.name}`;
    },
    () => {
      const c = pick(random, vocabulary.concepts);
      const devices = kinds(c.domain);
      return devices.length > 0
        ? `set the ${pick(random, devices).name} to ${c.word}`
        : `${c.word} in the ${pick(random, home.areas).name}`;
    },
    () => (lights.length > 0 ? `set the ${pick(random, lights).name} to study mode` : undefined),
  ];
  const requests: string[] = [];
  while (requests.length < count) {
    const request = pick(random, makers)();
    if (request) requests.push(request);
  }
  return requests;
}
