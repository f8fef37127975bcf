// Requests as people say them, generated for any home from its own names: devices, rooms and
// floors with values in the usual ranges. For measurements (the large home) and as the seed of
// the fuzz test's mutations. They are realistic, not a test set: nothing here says what the
// right interpretation is.
import type { Entity, Home } from '../../home/model.ts';
import { between, pick, type Random } from './random.ts';

export interface Request {
  text: string;
  /** Area id of the speaking device, for requests that lean on "here". */
  area?: string;
}

type Phrase = (e: Entity, random: Random) => string;

const lower = (s: string) => s.toLowerCase();
const percent = (random: Random) =>
  `${between(random, 1, 20) * 5}${pick(random, ['%', ' percent'])}`;

/** What people ask of one device, per domain. */
const DEVICE_PHRASES: Partial<Record<Entity['domain'], readonly Phrase[]>> = {
  light: [
    (e) => `turn on the ${lower(e.name)}`,
    (e) => `switch off the ${lower(e.name)}`,
    (e, r) => `set the ${lower(e.name)} to ${percent(r)}`,
    (e, r) => `dim the ${lower(e.name)} to ${percent(r)}`,
    (e, r) => `make the ${lower(e.name)} ${pick(r, ['red', 'warm white', 'blue', 'green'])}`,
    (e) => `is the ${lower(e.name)} on`,
    (e) => `brighten the ${lower(e.name)} a bit`,
  ],
  switch: [(e) => `turn on the ${lower(e.name)}`, (e) => `turn the ${lower(e.name)} off`],
  fan: [
    (e) => `turn on the ${lower(e.name)}`,
    (e) => `please switch off the ${lower(e.name)}`,
    (e) => `is the ${lower(e.name)} running`,
  ],
  cover: [
    (e) => `open the ${lower(e.name)}`,
    (e) => `close the ${lower(e.name)}`,
    (e, r) => `set the ${lower(e.name)} to ${percent(r)}`,
    (e) => `is the ${lower(e.name)} open`,
  ],
  lock: [
    (e) => `lock the ${lower(e.name)}`,
    (e) => `unlock the ${lower(e.name)}`,
    (e) => `is the ${lower(e.name)} locked`,
  ],
  climate: [
    (e, r) => `set the ${lower(e.name)} to ${between(r, 17, 24)} degrees`,
    (e) => `what is the ${lower(e.name)} set to`,
  ],
  media_player: [
    (e) => `pause the ${lower(e.name)}`,
    (e) => `resume the ${lower(e.name)}`,
    (e) => `next track on the ${lower(e.name)}`,
    (e, r) => `set the ${lower(e.name)} volume to ${percent(r)}`,
    (e) => `mute the ${lower(e.name)}`,
    (e) => `turn the ${lower(e.name)} up`,
  ],
  sensor: [(e) => `what is the ${lower(e.name)}`],
  binary_sensor: [(e) => `is the ${lower(e.name)} on`],
};

/** What people ask of a room or a floor. */
const PLACE_PHRASES: readonly ((place: string, random: Random) => string)[] = [
  (p) => `turn off the lights in the ${p}`,
  (p) => `turn on the ${p} lights`,
  (p, r) => `set the ${p} lights to ${percent(r)}`,
  (p) => `close the blinds in the ${p}`,
  (p) => `what is the temperature in the ${p}`,
  (p) => `which lights are on in the ${p}`,
  (p) => `are the windows in the ${p} open`,
  (p, r) => `set the ${p} temperature to ${between(r, 17, 24)}`,
];

/** Requests without a place: they mean the room the person speaks from. */
const HERE_PHRASES: readonly ((random: Random) => string)[] = [
  () => 'turn off the lights',
  () => 'lights on',
  (r) => `dim the lights to ${percent(r)}`,
  () => 'open the blinds',
  () => 'what is the temperature',
  () => 'pause',
  () => 'next song',
  () => 'turn it up',
  () => 'make it warmer',
];

/** `count` requests for `home`: about half about one device, the rest rooms, floors and "here". */
export function requestsFor(home: Home, count: number, random: Random): Request[] {
  const devices = home.entities.filter((e) => DEVICE_PHRASES[e.domain] !== undefined);
  const out: Request[] = [];
  while (out.length < count) {
    const roll = random();
    if (roll < 0.5 && devices.length > 0) {
      const e = pick(random, devices);
      out.push({ text: pick(random, DEVICE_PHRASES[e.domain]!)(e, random) });
    } else if (roll < 0.75 && home.areas.length > 0) {
      const a = pick(random, home.areas);
      out.push({ text: pick(random, PLACE_PHRASES)(lower(a.name), random) });
    } else if (roll < 0.85 && home.floors.length > 0) {
      const f = pick(random, home.floors);
      out.push({ text: pick(random, PLACE_PHRASES.slice(0, 4))(lower(f.name), random) });
    } else {
      const text = pick(random, HERE_PHRASES)(random);
      out.push(home.areas.length > 0 ? { text, area: pick(random, home.areas).id } : { text });
    }
  }
  return out;
}
