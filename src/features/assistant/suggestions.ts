// The suggestion chips: a few things worth saying to this home, from this room, right now, made
// from the home's real devices and rooms, so every chip works when tapped and teaches by example.
import type { Entity, Home } from '../../domain/home/model.ts';
import { fromCelsius } from '../../domain/home/format.ts';
import type { TemperatureUnit } from '../../domain/settings/settings.ts';

const MAX_SUGGESTIONS = 6;

/** A name as said in a sentence: "Front door" → "front door", "Living room TV" keeps "TV". */
export function spoken(name: string): string {
  return name
    .split(' ')
    .map((word) => (word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase()))
    .join(' ');
}

function first<T extends Entity>(
  entities: readonly Entity[],
  test: (e: Entity) => e is T,
  area: string | undefined,
): T | undefined {
  return entities.find((e): e is T => test(e) && e.area === area) ?? entities.find(test);
}

const isLight = (e: Entity): e is Extract<Entity, { domain: 'light' }> => e.domain === 'light';
const isLock = (e: Entity): e is Extract<Entity, { domain: 'lock' }> => e.domain === 'lock';
const isClimate = (e: Entity): e is Extract<Entity, { domain: 'climate' }> =>
  e.domain === 'climate';
const isMedia = (e: Entity): e is Extract<Entity, { domain: 'media_player' }> =>
  e.domain === 'media_player';
const isCover = (e: Entity): e is Extract<Entity, { domain: 'cover' }> => e.domain === 'cover';

/**
 * Four to six requests for the home as it is, spoken from `area` (an area id): the lights of
 * this room, a question about a lock, a temperature for a thermostat's room, and so on. Each
 * names a device or room the home really has; a home with few devices gets fewer chips.
 */
export function suggestionsFor(
  home: Home,
  area: string | undefined,
  unit: TemperatureUnit,
): string[] {
  const out: string[] = [];
  const areaName = (id: string | undefined) => home.areas.find((a) => a.id === id)?.name;
  const lights = home.entities.filter(isLight);
  const here = lights.filter((l) => l.area === area);

  if (here.length > 0) {
    const anyOn = here.some((l) => l.state === 'on');
    out.push(anyOn ? 'Turn off the lights' : 'Turn on the lights');
    const dimmable = (l: (typeof here)[number]) =>
      l.attributes.supported_color_modes.some((mode) => mode !== 'onoff');
    if (here.some((l) => l.state === 'on' && dimmable(l))) out.push('Dim the lights a bit');
  } else {
    const elsewhere = lights.find((l) => l.area !== undefined);
    const name = areaName(elsewhere?.area);
    if (elsewhere && name)
      out.push(`Turn ${elsewhere.state === 'on' ? 'off' : 'on'} the ${spoken(name)} lights`);
  }

  const lock = first(home.entities, isLock, area);
  if (lock) out.push(`Is the ${spoken(lock.name)} locked?`);

  const thermostat = first(home.entities, isClimate, area);
  const room = areaName(thermostat?.area);
  if (thermostat && room) {
    // One degree warmer than now, so the chip always changes something.
    const target = fromCelsius(thermostat.attributes.temperature, unit);
    out.push(`Set the ${spoken(room)} to ${Math.round(target) + 1} degrees`);
  }

  if (lights.length > 0) out.push('Which lights are on?');

  const player = first(home.entities, isMedia, area);
  if (player && player.state === 'playing') out.push(`Pause the ${spoken(player.name)}`);
  else if (player && player.state !== 'off') out.push(`Turn up the ${spoken(player.name)}`);

  const cover = first(home.entities, isCover, area);
  if (cover) out.push(`${cover.state === 'closed' ? 'Open' : 'Close'} the ${spoken(cover.name)}`);

  return out.slice(0, MAX_SUGGESTIONS);
}
