// The gallery of starter routines, mapped to the devices of the home at hand: "Good night" turns
// off the lights of the rooms this home has and locks the locks it has. A starter leaves out what
// the home lacks (no thermostat, no step to set one) and is offered only if something is left.
import type { Entity, Home } from '../home/model.ts';
import { TEMPERATURE_LIMITS } from '../home/model.ts';
import type { Action, Routine, Trigger } from './model.ts';

export interface Starter {
  key: string;
  title: string;
  /** What it is for, in a line for the gallery card. */
  blurb: string;
  /** A routine to open in the editor: not saved, not enabled until the person saves it. */
  draft: Omit<Routine, 'id' | 'createdAt' | 'updatedAt'>;
}

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const weekdays = [1, 2, 3, 4, 5];

const of = (home: Home, domain: Entity['domain']) =>
  home.entities.filter((e) => e.domain === domain);

const allOf = (domain: 'light' | 'lock' | 'cover' | 'media_player', command: string): Action => ({
  type: 'control',
  target: { kind: 'area', domain },
  command,
});
const each = (entities: readonly Entity[], command: string, value?: number): Action[] =>
  entities.map((e) => ({
    type: 'control',
    target: { kind: 'entity', entityId: e.id },
    command,
    ...(value !== undefined ? { value } : {}),
  }));

/** The main room: the one with the TV, else the one with the most lights. */
function livingRoom(home: Home): string | undefined {
  const tv = of(home, 'media_player').find(
    (e) => e.domain === 'media_player' && e.attributes.device_class === 'tv' && e.area,
  );
  if (tv?.area) return tv.area;
  const counts = new Map<string, number>();
  for (const l of of(home, 'light')) if (l.area) counts.set(l.area, (counts.get(l.area) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function draft(name: string, triggers: Trigger[], actions: Action[]): Starter['draft'] {
  return { name, enabled: true, triggers, conditionMode: 'all', conditions: [], actions };
}

const clamp = (c: number) => Math.min(TEMPERATURE_LIMITS.max, Math.max(TEMPERATURE_LIMITS.min, c));

export function startersFor(home: Home): Starter[] {
  const lights = of(home, 'light');
  const locks = of(home, 'lock');
  const thermostats = of(home, 'climate');
  const covers = of(home, 'cover').filter(
    (e) => e.domain === 'cover' && e.attributes.device_class !== 'garage',
  );
  const media = of(home, 'media_player');
  const main = livingRoom(home);
  const mainLights = lights.filter((l) => l.area === main);
  const tv = media.find((e) => e.domain === 'media_player' && e.attributes.device_class === 'tv');

  const starters: Starter[] = [
    {
      key: 'good_night',
      title: 'Good night',
      blurb: 'Lights off, doors locked, heating down — when you say so or at bedtime.',
      draft: draft(
        'Good night',
        [
          { type: 'phrase', phrases: ['good night', "I'm going to bed"] },
          { type: 'time', at: '23:00', days: everyDay },
        ],
        [
          ...(lights.length > 0 ? [allOf('light', 'turn_off')] : []),
          ...(locks.length > 0 ? [allOf('lock', 'lock')] : []),
          ...each(thermostats, 'set_temperature', clamp(17)),
          ...(media.length > 0 ? [allOf('media_player', 'turn_off')] : []),
          { type: 'say', text: 'Good night. Sleep well.' },
        ],
      ),
    },
    {
      key: 'good_morning',
      title: 'Good morning',
      blurb: 'Blinds open, heating up, a light on — on weekday mornings.',
      draft: draft(
        'Good morning',
        [
          { type: 'phrase', phrases: ['good morning'] },
          { type: 'time', at: '07:00', days: weekdays },
        ],
        [
          ...each(covers, 'open'),
          ...each(thermostats, 'set_temperature', clamp(21)),
          ...each(mainLights.slice(0, 1), 'turn_on'),
          { type: 'say', text: 'Good morning!' },
        ],
      ),
    },
    {
      key: 'leaving',
      title: 'Leaving home',
      blurb: 'Everything off and locked when the last person leaves.',
      draft: draft(
        'Leaving home',
        [
          { type: 'phrase', phrases: ["I'm leaving", 'goodbye'] },
          { type: 'presence', event: 'leaves' },
        ],
        [
          ...(lights.length > 0 ? [allOf('light', 'turn_off')] : []),
          ...(media.length > 0 ? [allOf('media_player', 'turn_off')] : []),
          ...(locks.length > 0 ? [allOf('lock', 'lock')] : []),
          ...each(thermostats, 'set_temperature', clamp(16)),
        ],
      ),
    },
    {
      key: 'home',
      title: "I'm home",
      blurb: 'A welcome light and warmth when the first person arrives.',
      draft: draft(
        "I'm home",
        [
          { type: 'phrase', phrases: ["I'm home"] },
          { type: 'presence', event: 'arrives' },
        ],
        [
          ...each(mainLights, 'turn_on'),
          ...each(thermostats, 'set_temperature', clamp(21)),
          { type: 'say', text: 'Welcome home!' },
        ],
      ),
    },
    {
      key: 'movie',
      title: 'Movie night',
      blurb: 'Lights low, blinds closed, TV on in the living room.',
      draft: draft(
        'Movie night',
        [{ type: 'phrase', phrases: ['movie night', 'movie time'] }],
        [
          ...each(mainLights, 'set_brightness', 20),
          ...each(
            covers.filter((c) => c.area === main),
            'close',
          ),
          ...(tv ? each([tv], 'turn_on') : []),
        ],
      ),
    },
  ];
  // A starter with nothing but words to say has nothing to do in this home.
  return starters.filter((s) => s.draft.actions.some((a) => a.type === 'control'));
}
