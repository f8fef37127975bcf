// Things a person could say to this home, made from its own devices (preferring the room the
// person is in), for "Sorry, I didn't catch that" and for help.
import { deviceKind } from '../home/capabilities.ts';
import { fromCelsius } from '../home/format.ts';
import type { Domain, Entity, EntityOf, Home } from '../home/model.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { areaById } from './places.ts';
import { plural } from './words.ts';

function pick<D extends Domain>(
  home: Home,
  area: string | undefined,
  domain: D,
  fits: (entity: EntityOf<D>) => boolean = () => true,
): EntityOf<D> | undefined {
  const all = home.entities.filter(
    (e): e is EntityOf<D> => e.domain === domain && fits(e as EntityOf<D>),
  );
  return all.find((e) => e.area === area) ?? all[0];
}

const name = (entity: Entity) => entity.name;

/** Example requests, most useful first; each one only if this home has what it needs. */
export function examplesFor(home: Home, area: string | undefined, unit: TemperatureUnit): string[] {
  const examples: string[] = [];
  const light = pick(home, area, 'light');
  if (light) examples.push(`turn ${light.state === 'on' ? 'off' : 'on'} the ${name(light)}`);
  const lock = pick(home, area, 'lock');
  if (lock) examples.push(`is the ${name(lock)} locked?`);
  const climate = pick(home, area, 'climate');
  if (climate) {
    const degrees = Math.round(fromCelsius(climate.attributes.temperature, unit)) + 1;
    examples.push(`set the ${name(climate)} to ${degrees} degrees`);
  }
  const player = pick(home, area, 'media_player');
  if (player)
    examples.push(`${player.state === 'playing' ? 'pause' : 'turn on'} the ${name(player)}`);
  const dimmable = pick(home, area, 'light', (l) =>
    l.attributes.supported_color_modes.includes('rgb'),
  );
  if (dimmable) examples.push(`make the ${name(dimmable)} blue`);
  const cover = pick(home, area, 'cover');
  if (cover) examples.push(`${cover.state === 'closed' ? 'open' : 'close'} the ${name(cover)}`);
  if (home.entities.filter((e) => e.domain === 'light').length > 1)
    examples.push('which lights are on?');
  const thermometer = home.entities.find(
    (e) =>
      e.area !== undefined &&
      (e.domain === 'climate' ||
        (e.domain === 'sensor' && e.attributes.device_class === 'temperature')),
  );
  const room = areaById(home, thermometer?.area);
  if (room) examples.push(`what's the temperature in the ${room.name}?`);
  if (light && lock) examples.push(`turn off the lights and lock the ${name(lock)}`);
  return examples;
}

/** At most this many kinds of one domain are named in help ("blinds, garage doors"). */
const KINDS_PER_DOMAIN = 2;

/** The kinds of devices this home has, in plain words: "lights", "plugs", "the heating". */
export function devicesOf(home: Home): string[] {
  const kinds = (domain: Domain) => [
    ...new Set(home.entities.filter((e) => e.domain === domain).map(deviceKind)),
  ];
  const named: Partial<Record<Domain, string>> = { climate: 'heating' };
  const order: Domain[] = ['light', 'switch', 'fan', 'cover', 'lock', 'climate', 'media_player'];
  return order.flatMap((domain) => {
    const found = kinds(domain);
    if (found.length === 0) return [];
    const word = named[domain];
    return word ? [word] : found.slice(0, KINDS_PER_DOMAIN).map(plural);
  });
}
