// The word a person used for the devices they asked about ("doors", "lamps", "anyone"), so that an
// answer says it back ("1 door is unlocked") rather than the home's own word for them ("1 lock").
import type { Entity } from '../home/model.ts';
import { DEVICE_WORDS, type Kind } from '../language/grammar/words.ts';
import { tokenize } from '../language/normalize.ts';
import type { KindWords } from './places.ts';
import { plural } from './words.ts';

const PEOPLE: KindWords = { one: 'person', many: 'people' };
const PERSON_WORDS = new Set(['person', 'people', 'anyone', 'anybody', 'someone', 'somebody']);
const ANY_DEVICE = new Set(['anything', 'something', 'thing', 'device', 'appliance']);
/** Words for what devices sense or do, not for the devices: "is there any motion?". */
const NOT_COUNTED = new Set([
  'motion',
  'occupancy',
  'smoke',
  'carbon monoxide',
  'gas',
  'leak',
  'noise',
  'sound',
  'battery',
  'power',
  'update',
  'opening',
  'humidity',
  'illuminance',
  'light level',
  'lighting',
  'heating',
  'media',
  'music',
  'playback',
  'power use',
  'power usage',
  'power consumption',
  'energy use',
  'air quality',
  'co2',
  'carbon dioxide',
  'battery level',
]);
const SPELLING: Readonly<Record<string, string>> = { tv: 'TV', ac: 'AC' };
const LONGEST = 3;

const deviceClass = (entity: Entity) =>
  'device_class' in entity.attributes ? entity.attributes.device_class : undefined;

const fits = (entity: Entity, kind: Kind) =>
  entity.domain === kind.domain &&
  (kind.device_class === undefined || deviceClass(entity) === kind.device_class);

/** The word list's entry for a phrase, and the phrase as listed (singular). */
function entryFor(phrase: string): { word: string; kinds: readonly Kind[] } | undefined {
  // The tokenizer leaves some plurals as they are ("tvs").
  for (const word of [phrase, phrase.replace(/s$/, '')]) {
    const kinds = Object.hasOwn(DEVICE_WORDS, word) ? DEVICE_WORDS[word] : undefined;
    if (kinds) return { word, kinds };
  }
  return undefined;
}

function wordsFor(phrase: string): KindWords {
  if (PERSON_WORDS.has(phrase)) return PEOPLE;
  if (ANY_DEVICE.has(phrase)) return { one: 'device', many: 'devices' };
  const one = SPELLING[phrase] ?? phrase;
  return { one, many: plural(one) };
}

export interface KindSaid extends KindWords {
  /** Whether it was said in the singular ("the lamp") or the plural ("the lamps"). */
  number: 'one' | 'many';
}

/**
 * The noun in `text` that names these devices (the longest phrase first: "garage door" before
 * "door"), or undefined when the person named no kind of device that can be counted.
 */
export function kindSaid(text: string, entities: readonly Entity[]): KindSaid | undefined {
  const { raw, base } = tokenize(text);
  for (let length = Math.min(LONGEST, base.length); length >= 1; length--) {
    for (let start = 0; start + length <= base.length; start++) {
      const phrase = base.slice(start, start + length).join(' ');
      const entry = entryFor(phrase);
      if (entry === undefined) continue;
      if (NOT_COUNTED.has(entry.word)) return undefined;
      const { word, kinds } = entry;
      if (kinds.length === 0 || entities.some((e) => kinds.some((k) => fits(e, k)))) {
        const asSaid = raw.slice(start, start + length).join(' ');
        const number = asSaid === word && !['people', 'everyone'].includes(word) ? 'one' : 'many';
        return { ...wordsFor(word), number };
      }
    }
  }
  return undefined;
}
