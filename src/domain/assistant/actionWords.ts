// What to say about a device after a command ran on it: what was done ("Locked the Front door"),
// or that it was already so ("The Front door was already locked"). Devices that got the same
// treatment share a `key`, so that a reply says "Turned off 3 lights in the Kitchen" once.
import { describeMedia, mediaItem } from '../home/catalogue.ts';
import type { Command } from '../home/commands.ts';
import { formatNumber, formatTemperature, percent } from '../home/format.ts';
import type { Entity } from '../home/model.ts';
import { cssColorName } from '../language/cssColors.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import { be, capitalize, curly } from './words.ts';

/** One sentence of a reply, without its full stop. */
export interface Sentence {
  text: string;
  /** Starts with a verb ("Turned off …"), so it can join another: "…, and locked the Front door". */
  verbFirst: boolean;
  /**
   * Said of a group of devices: another sentence with the same key in the reply (from another
   * part of a compound request) merges into this one, said again of both groups.
   */
  group?: { key: string; entities: Entity[]; again(entities: Entity[], merged: boolean): Sentence };
}

/** The devices a sentence is about, and how to name them as its object. */
export interface Who {
  entities: Entity[];
  /** "the Kitchen ceiling", "the Front door and the Back door", "3 lights in the Kitchen". */
  object: string;
}

export interface ActWording {
  key: string;
  done(who: Who): Sentence;
  already(who: Who): Sentence;
}

const verb =
  (words: string, tail = '') =>
  (who: Who) => ({
    text: `${words} ${who.object}${tail}`,
    verbFirst: true,
  });

const was = (what: string) => (who: Who) => ({
  text: `${capitalize(who.object)} ${be(who.entities, 'past')} already ${what}`,
  verbFirst: false,
});

const isNow = (what: string) => (who: Who) => ({
  text: `${capitalize(who.object)} ${be(who.entities)} ${what}`,
  verbFirst: false,
});

const wasNot = (what: string) => (who: Who) => ({
  text: `${capitalize(who.object)} ${be(who.entities, 'past')}n't ${what}`,
  verbFirst: false,
});

/** "Set the Living room lamp to 30 %"; a nudge says which way: "Dimmed the Kitchen ceiling to 60 %". */
const level = (words: string, value: string) => verb(words, ` to ${value}`);

const fixed = (key: string, done: ActWording['done'], already: ActWording['already']) => ({
  key,
  done,
  already,
});

function titleOf(entity: Entity): string {
  const item = entity.domain === 'media_player' ? mediaItem(entity.attributes.media_id) : undefined;
  return item ? curly(describeMedia(item)) : 'it';
}

/** Brightness or fan speed, set or nudged. */
function levelWording(command: Command, after: Entity): ActWording {
  const value =
    after.domain === 'light'
      ? after.attributes.brightness
      : after.domain === 'fan'
        ? after.attributes.percentage
        : 0;
  const nudge = command.type === 'adjust_brightness' || command.type === 'adjust_fan_speed';
  // "Dim the lights" when they are off: they are off, not "already" anything.
  if (after.state === 'off')
    return fixed('turn_off', verb('Turned off'), nudge ? isNow('off') : was('off'));
  const shown = percent(value);
  if (command.type === 'set_brightness' || command.type === 'set_fan_speed')
    return fixed(`level:${shown}`, level('Set', shown), was(`at ${shown}`));
  const by = 'by' in command ? command.by : 0;
  const fan = after.domain === 'fan';
  const group = by > 0 ? (fan ? 'Sped up' : 'Brightened') : fan ? 'Slowed down' : 'Dimmed';
  return fixed(
    `adjust:${Math.sign(by)}`,
    (who) => (who.entities.length === 1 ? level(group, shown)(who) : verb(group)(who)),
    was(by > 0 && value >= 100 ? `at full ${fan ? 'speed' : 'brightness'}` : `at ${shown}`),
  );
}

/** Covers travel, so a command usually starts a move: "Opening the Living room blinds". */
function coverWording(target: number, after: Entity): ActWording {
  const moving = after.state === 'opening' || after.state === 'closing';
  const where = target === 0 ? 'closed' : target === 100 ? 'open' : `at ${percent(target)}`;
  // Asked to go where it is already heading: "The Garage door was already opening".
  const still = was(moving ? after.state : where);
  if (target === 100) return fixed('open', verb(moving ? 'Opening' : 'Opened'), still);
  if (target === 0) return fixed('close', verb(moving ? 'Closing' : 'Closed'), still);
  const shown = percent(target);
  return fixed(`position:${shown}`, verb(moving ? 'Moving' : 'Set', ` to ${shown}`), still);
}

function colourWording(commands: Command[], after: Entity): ActWording {
  const said = commands.find((c) => c.type === 'set_color');
  const colour =
    // CSS keywords are named too: "dodger blue" is said back as such, not as "blue".
    (after.domain === 'light' ? cssColorName(after) : undefined) ??
    (said?.type === 'set_color' ? said.color : 'that colour');
  const dim = commands.find((c) => c.type === 'set_brightness');
  const value =
    dim?.type === 'set_brightness' && after.state === 'on'
      ? `${colour} at ${percent(dim.brightness)}`
      : colour;
  return fixed(`colour:${value}`, verb('Set', ` to ${value}`), was(value));
}

function temperatureWording(
  command: Command,
  after: Entity,
  unit: TemperatureUnit,
  echo: string | undefined,
): ActWording {
  const target = after.domain === 'climate' ? after.attributes.temperature : 0;
  const shown = formatTemperature(target, unit);
  const said = echo ? `${shown} (${echo})` : shown;
  if (command.type === 'set_temperature')
    return fixed(`temperature:${shown}`, verb('Set', ` to ${said}`), was(`set to ${said}`));
  const by = command.type === 'adjust_temperature' ? command.by : 0;
  const way = by > 0 ? 'up' : 'down';
  const step = `${formatNumber(Math.abs(unit === 'F' ? (by * 9) / 5 : by))} °${unit}`;
  return fixed(
    `warmer:${Math.sign(by)}`,
    (who) => ({
      text:
        who.entities.length === 1
          ? `Turned ${who.object} ${way} to ${shown}`
          : `Turned ${who.object} ${way} by ${step}`,
      verbFirst: true,
    }),
    was(`at the ${by > 0 ? 'highest' : 'lowest'} setting, ${shown}`),
  );
}

function volumeWording(command: Command, after: Entity): ActWording {
  const shown = percent(after.domain === 'media_player' ? after.attributes.volume : 0);
  if (command.type === 'set_volume') {
    return fixed(
      `volume:${shown}`,
      (who) => ({ text: `Set the volume on ${who.object} to ${shown}`, verbFirst: true }),
      (who) => ({ text: `The volume on ${who.object} was already ${shown}`, verbFirst: false }),
    );
  }
  const by = command.type === 'adjust_volume' ? command.by : 0;
  const way = by > 0 ? 'up' : 'down';
  return fixed(
    `louder:${Math.sign(by)}`,
    (who) => ({
      text: `Turned ${who.object} ${way}${who.entities.length === 1 ? ` to ${shown}` : ''}`,
      verbFirst: true,
    }),
    was(by > 0 ? 'at full volume' : `at ${shown}`),
  );
}

function mediaWording(command: Command, before: Entity, after: Entity): ActWording {
  const title = titleOf(after);
  /** One device hears what now plays on it; a group only what was done. */
  const single = (one: (object: string) => string, many: string) => (who: Who) => ({
    text: who.entities.length === 1 ? one(who.object) : `${many} ${who.object}`,
    verbFirst: true,
  });
  switch (command.type) {
    case 'pause':
      return fixed('pause', verb('Paused'), wasNot('playing'));
    case 'play':
      return before.state === 'paused'
        ? fixed('resume', verb('Resumed'), was('playing'))
        : fixed(
            'play',
            single((o) => `Playing ${title} on ${o}`, 'Started'),
            was('playing'),
          );
    case 'next':
      return fixed(
        'next',
        single((o) => `Skipped to ${title} on ${o}`, 'Skipped ahead on'),
        was('there'),
      );
    case 'previous': {
      const back =
        before.domain === 'media_player' &&
        after.domain === 'media_player' &&
        before.attributes.media_id !== after.attributes.media_id;
      return fixed(
        'previous',
        single((o) => `${back ? 'Back to' : 'Restarted'} ${title} on ${o}`, 'Went back on'),
        was(`at the start of ${title}`),
      );
    }
    case 'mute':
      return fixed('mute', verb('Muted'), was('muted'));
    case 'play_media': {
      // A title asked for: "Playing Wow by Post Malone on the Kitchen speaker".
      const item = mediaItem(command.mediaId);
      const what = item ? describeMedia(item) : 'it';
      return fixed(
        `play_media:${command.mediaId}`,
        verb(`Playing ${what} on`),
        was(`playing ${what}`),
      );
    }
    default:
      return fixed('unmute', verb('Unmuted'), wasNot('muted'));
  }
}

/**
 * The wording for one device, given the commands that worked on it and the device before and
 * after. `echo` is a value as said in the other unit ("72 °F"), repeated after ours.
 */
export function wordAct(
  commands: readonly Command[],
  before: Entity,
  after: Entity,
  unit: TemperatureUnit,
  echo?: string,
): ActWording {
  const [first] = commands;
  if (commands.some((c) => c.type === 'set_color')) return colourWording([...commands], after);
  switch (first?.type) {
    case 'turn_on':
      return fixed('turn_on', verb('Turned on'), was('on'));
    case 'turn_off':
      return fixed('turn_off', verb('Turned off'), was('off'));
    case 'lock':
      return fixed('lock', verb('Locked'), was('locked'));
    case 'unlock':
      return fixed('unlock', verb('Unlocked'), was('unlocked'));
    case 'open':
      return coverWording(100, after);
    case 'close':
      return coverWording(0, after);
    case 'set_position':
      return coverWording(first.position, after);
    case 'set_brightness':
    case 'adjust_brightness':
    case 'set_fan_speed':
    case 'adjust_fan_speed':
      return levelWording(first, after);
    case 'set_temperature':
    case 'adjust_temperature':
      return temperatureWording(first, after, unit, echo);
    case 'set_volume':
    case 'adjust_volume':
      return volumeWording(first, after);
    case 'pause':
    case 'play':
    case 'next':
    case 'previous':
    case 'mute':
    case 'unmute':
    case 'play_media':
      return mediaWording(first, before, after);
    default:
      return fixed(first?.type ?? 'change', verb('Changed'), was('like that'));
  }
}
