// "What I understood", as an instruction in plain words: "Turn off the 3 lights in the Kitchen",
// "Set the Living room thermostat to 70 °F", "Ask whether the Front door is locked".
import { formatNumber } from '../home/format.ts';
import { DOMAIN_WORDS, DOMAINS, type Domain, type Entity, type Home } from '../home/model.ts';
import type { IntentName, Interpretation, Slots } from '../language/types.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { unitMeant } from './degrees.ts';
import { kindSaid } from './kindSaid.ts';
import { commonKind, countPhrase, placeOf } from './places.ts';
import { matchesState, stateLabel } from './stateWords.ts';
import { be, curly, joinList, quote, theName } from './words.ts';

const isDomain = (word: string | undefined): word is Domain =>
  DOMAINS.some((domain) => domain === word);

/** The devices, by name or number; or, when none matched, what was said. */
function object(part: Interpretation, entities: readonly Entity[], home: Home): string {
  if (entities.length > 2) return `the ${countPhrase(home, entities)}`;
  if (entities.length > 0) return joinList(entities.map(theName));
  const { name, area, floor, domain } = part.slots;
  const missing = part.unresolved ?? {};
  const kind = isDomain(domain) ? DOMAIN_WORDS[domain] : undefined;
  const what =
    name !== undefined
      ? `${kind ? `the ${kind.one} called ` : ''}${quote(name)}`
      : `the ${kind?.many ?? 'devices'}`;
  const room = missing.area ?? area;
  const where = room ? ` in the ${room}` : floor ? ` on the ${floor}` : '';
  return `${what}${where}`;
}

const ON_VERB: Partial<Record<Domain, string>> = { cover: 'Open', lock: 'Lock' };
const OFF_VERB: Partial<Record<Domain, string>> = { cover: 'Close', lock: 'Unlock' };

const amount = (slots: Slots, unit: string) =>
  slots.amount === undefined ? '' : ` by ${formatNumber(slots.amount)}${unit}`;

function lightValue(slots: Slots): string {
  const level = slots.brightness === undefined ? '' : `${formatNumber(slots.brightness)} %`;
  if (slots.color && level) return `${slots.color} at ${level}`;
  return slots.color ?? level;
}

interface Said {
  /** The devices as the object of the sentence. */
  who: string;
  slots: Slots;
  /** "°C" or "°F", as said, as the person's setting, or as the number only fits. */
  degrees: string;
  entities: Entity[];
  unit: TemperatureUnit;
  text: string;
  home: Home;
}

const byName = (slots: Slots) => (slots.name ? ` ${quote(slots.name)}` : '');

function question({ who, slots, entities, unit, text, home }: Said): string {
  const { query } = slots;
  if (slots.state === undefined)
    return query === 'count' ? `Ask how many of ${who} there are` : `Ask about ${who}`;
  const relevant = entities.filter((e) => matchesState(e, slots.state ?? '') !== undefined);
  const state = stateLabel(slots.state, relevant, unit);
  if (query === undefined || query === 'one' || relevant.length === 0)
    return `Ask whether ${who} ${entities.length > 0 ? be(entities) : 'is'} ${state}`;
  // "Ask how many doors are unlocked": the person's words, not the devices they stand for.
  const kind = kindSaid(text, relevant) ?? commonKind(relevant);
  const what = `${kind.many}${placeOf(home, slots, relevant)}`;
  switch (query) {
    case 'all':
      return `Ask whether all the ${what} are ${state}`;
    case 'any':
      return `Ask whether any ${what} are ${state}`;
    case 'which':
      return `Ask which ${what} are ${state}`;
    case 'count':
      return `Ask how many ${what} are ${state}`;
  }
}

const SAY: Partial<Record<IntentName, (said: Said) => string>> = {
  HassTurnOn: ({ who, entities }) =>
    `${ON_VERB[entities[0]?.domain ?? 'light'] ?? 'Turn on'} ${who}`,
  HassTurnOff: ({ who, entities }) =>
    `${OFF_VERB[entities[0]?.domain ?? 'light'] ?? 'Turn off'} ${who}`,
  HassLightSet: ({ who, slots }) => `Set ${who} to ${lightValue(slots)}`,
  HassClimateSetTemperature: ({ who, slots, degrees }) =>
    `Set ${who} to ${slots.temperature === undefined ? 'a temperature' : `${formatNumber(slots.temperature)} ${degrees}`}`,
  HassSetPosition: ({ who, slots }) => `Set ${who} to ${formatNumber(slots.position ?? 0)} % open`,
  HassFanSetSpeed: ({ who, slots }) =>
    `Set ${who} to ${formatNumber(slots.percentage ?? 0)} % speed`,
  HassSetVolume: ({ who, slots }) =>
    `Set the volume of ${who} to ${formatNumber(slots.volume_level ?? 0)} %`,
  HassMediaPause: ({ who }) => `Pause ${who}`,
  HassMediaUnpause: ({ who }) => `Resume ${who}`,
  HassMediaNext: ({ who }) => `Skip to the next item on ${who}`,
  HassMediaPrevious: ({ who }) => `Go back on ${who}`,
  HassMediaMute: ({ who }) => `Mute ${who}`,
  HassMediaUnmute: ({ who }) => `Unmute ${who}`,
  HassMediaSearchAndPlay: ({ who, slots }) =>
    `Play ${slots.search_query ? curly(slots.search_query) : 'something'} on ${who}`,
  LightAdjustBrightness: ({ who, slots }) =>
    `Make ${who} ${slots.direction === 'down' ? 'dimmer' : 'brighter'}${amount(slots, ' %')}`,
  ClimateAdjustTemperature: ({ who, slots, degrees }) =>
    `Make ${who} ${slots.direction === 'down' ? 'cooler' : 'warmer'}${amount(slots, ` ${degrees}`)}`,
  MediaAdjustVolume: ({ who, slots }) =>
    `Turn ${who} ${slots.direction === 'down' ? 'down' : 'up'}${amount(slots, ' %')}`,
  HassGetState: question,
  HassClimateGetTemperature: ({ slots }) =>
    `Ask the temperature${slots.area ? ` in the ${slots.area}` : ''}`,
  Help: () => 'Ask what you can say',
  Cancel: () => 'Stop what we were doing',
  Unknown: () => 'Nothing I know how to do',
  Teach: () => 'Teach me something new',
  RunRoutine: ({ slots }) => `Run the routine${byName(slots)}`,
  RunTaughtCommand: ({ slots }) => `Run your command${byName(slots)}`,
  StartSkill: ({ slots }) => `Start the skill${byName(slots)}`,
  SkillTurn: () => 'Answer a skill',
  Feedback: () => 'Tell me something went wrong',
};

export function understoodPart(part: Interpretation, home: Home, unit: TemperatureUnit): string {
  const entities = part.targets.flatMap((id) => home.entities.find((e) => e.id === id) ?? []);
  const degrees = `°${unitMeant(part.slots, unit).unit}`;
  const say = SAY[part.intent] ?? (() => part.intent);
  const who = object(part, entities, home);
  return say({ who, slots: part.slots, degrees, entities, unit, text: part.text, home });
}

/** A compound request reads "Turn off …, then lock …". */
export function understood(
  interpretation: Interpretation,
  home: Home,
  unit: TemperatureUnit,
): string {
  const parts = interpretation.parts?.length ? interpretation.parts : [interpretation];
  return parts
    .map((part, i) => {
      const text = understoodPart(part, home, unit);
      return i === 0 ? text : text.charAt(0).toLowerCase() + text.slice(1);
    })
    .join(', then ');
}
