// Follow-up offers as data: after some requests, one related next step is worth offering ("Lock
// the doors too?"). Each rule reads the request's events, the home before and after and the time,
// and returns what it would offer — the question, why, and what "yes" does — or nothing. Rules
// are general (by kind of device, room and time), never about one device; which one is offered,
// and whether a rule is offered at all any more, is the chooser's business (choose.ts).
import { formatTime } from '../../clock/format.ts';
import type { Command } from '../../home/commands.ts';
import type { Entity, EntityOf } from '../../home/model.ts';
import { capitalize, joinList, theName } from '../../assistant/words.ts';
import type { FollowUpOffer } from '../types.ts';
import {
  afterOf,
  areaName,
  between,
  changedTo,
  deviceClass,
  entitiesOf,
  isDark,
  lastPersonLeft,
  momentRun,
  routinesRun,
  type FollowUpContext,
  type FollowUpRule,
} from './context.ts';
import { routineMoment } from './momentWords.ts';

export type { FollowUpContext, FollowUpRule } from './context.ts';

type Offered = Omit<FollowUpOffer, 'ruleId'>;

/** A rule from its id, its words and what it offers; the offer is stamped with the rule's id. */
function rule(
  id: string,
  title: string,
  offer: (context: FollowUpContext) => Offered | undefined,
): FollowUpRule {
  return {
    id,
    title,
    offer: (context) => {
      const offered = offer(context);
      return offered && { ruleId: id, ...offered };
    },
  };
}

const names = (entities: readonly Entity[]) => joinList(entities.map(theName));
const commandsFor = (entities: readonly Entity[], type: 'lock' | 'turn_off' | 'close'): Command[] =>
  entities.map((e) => ({ entityId: e.id, type }));
const unlocked = (context: FollowUpContext) =>
  entitiesOf(context.after, 'lock').filter((l) => l.state === 'unlocked');
const at = (context: FollowUpContext) => formatTime(context.now, context.timeZone);

/** The TV goes off late at night: bedtime is near, and the person has a routine for it. */
const tvOffLate = rule(
  'tv-off-late-good-night',
  'After the TV goes off late, offer Good night',
  (context) => {
    if (!between(context, '22:00', '03:00')) return undefined;
    const tv = changedTo(context, 'media_player', ['off'])
      .map((e) => afterOf(context, e.entityId))
      .find((e) => e !== undefined && deviceClass(e) === 'tv');
    const ran = new Set(routinesRun(context).map((r) => r.id));
    const bedtime = context.routines.find(
      (r) => r.enabled && routineMoment(r) === 'bedtime' && !ran.has(r.id),
    );
    if (!tv || !bedtime) return undefined;
    return {
      question: `Shall I run ${bedtime.name}?`,
      reason: `You turned off ${theName(tv)} at ${at(context)}, and “${bedtime.name}” is your routine for bedtime.`,
      routineId: bedtime.id,
    };
  },
);

/** Leaving (a leaving routine ran, or the last person went out) with doors still unlocked. */
const leavingLock = rule(
  'leaving-lock-doors',
  'When you leave, offer to lock the doors',
  (context) => {
    const routine = momentRun(context, 'leaving');
    const left = lastPersonLeft(context);
    const open = unlocked(context);
    if ((!routine && !left) || open.length === 0) return undefined;
    const why = routine ? `“${routine}” ran` : 'everyone has left';
    return {
      question: open.length === 1 ? `Lock ${theName(open[0]!)} too?` : 'Lock the doors too?',
      reason: `${capitalize(why)}, and ${names(open)} ${open.length === 1 ? 'is' : 'are'} unlocked.`,
      commands: commandsFor(open, 'lock'),
    };
  },
);

/** One door locked at night while another is still unlocked. */
const nightLockOthers = rule(
  'night-lock-other-doors',
  'When you lock a door at night, offer to lock the others',
  (context) => {
    if (!between(context, '21:00', '06:00')) return undefined;
    const locked = changedTo(context, 'lock', ['locked']);
    const justLocked = new Set(locked.map((e) => e.entityId));
    const others = unlocked(context).filter((l) => !justLocked.has(l.id));
    const first = locked[0] && afterOf(context, locked[0].entityId);
    if (!first || others.length === 0) return undefined;
    const which = others.length <= 2 ? names(others) : `the other ${others.length} doors`;
    return {
      question: `Lock ${which} too?`,
      reason: `You locked ${theName(first)} at ${at(context)}, and ${names(others)} ${others.length === 1 ? 'is' : 'are'} still unlocked.`,
      commands: commandsFor(others, 'lock'),
    };
  },
);

/** The last light of a room goes off while its TV (or speaker) keeps playing. */
const darkRoomPlaying = rule(
  'room-dark-media-playing',
  'When a room’s lights go off with the TV still playing, offer to turn it off',
  (context) => {
    const started = new Set(changedTo(context, 'media_player', ['playing']).map((e) => e.entityId));
    for (const event of changedTo(context, 'light', ['off'])) {
      const area = event.area ?? afterOf(context, event.entityId)?.area;
      if (area === undefined) continue;
      const inRoom = context.after.entities.filter((e) => e.area === area);
      if (inRoom.some((e) => e.domain === 'light' && e.state === 'on')) continue;
      const playing = inRoom.filter(
        (e) => e.domain === 'media_player' && e.state === 'playing' && !started.has(e.id),
      );
      if (playing.length === 0) continue;
      const room = areaName(context.after, area) ?? 'the room';
      return {
        question: `Turn off ${names(playing)} too?`,
        reason: `You turned off the lights in the ${room}, and ${names(playing)} ${playing.length === 1 ? 'is' : 'are'} still playing there.`,
        commands: commandsFor(playing, 'turn_off'),
      };
    }
    return undefined;
  },
);

// Outside lights, by their room or their own name; a porch or drive light is the one to offer.
const OUTSIDE = /\b(garden|outside|outdoor|porch|yard|drive|driveway|patio|terrace|exterior)\b/i;
const BY_THE_DOOR = /\b(porch|drive|driveway|front|entrance|garage)\b/i;

/** The garage opens after dark and the light outside is off. */
const garageDarkLight = rule(
  'garage-dark-outside-light',
  'When the garage opens after dark, offer the outside light',
  (context) => {
    const garage = changedTo(context, 'cover', ['opening', 'open'])
      .map((e) => afterOf(context, e.entityId))
      .find((e) => e !== undefined && deviceClass(e) === 'garage');
    if (!garage || !isDark(context)) return undefined;
    const outside = entitiesOf(context.after, 'light').filter(
      (l) => OUTSIDE.test(l.name) || OUTSIDE.test(areaName(context.after, l.area) ?? ''),
    );
    if (outside.some((l) => l.state === 'on')) return undefined;
    const light = outside.find((l) => BY_THE_DOOR.test(l.name)) ?? outside[0];
    if (!light) return undefined;
    return {
      question: `Turn on ${theName(light)} too?`,
      reason: `You opened ${theName(garage)} after dark, and ${theName(light)} is off.`,
      commands: [{ entityId: light.id, type: 'turn_on' }],
    };
  },
);

const OPENINGS = new Set(['window', 'door', 'opening']);

/** Whether a thermostat's change asks for more heat: a higher target, or heating switched on. */
function warmer(context: FollowUpContext, thermostat: EntityOf<'climate'>): Command | undefined {
  const before = context.before.entities.find((e) => e.id === thermostat.id);
  if (before?.domain !== 'climate') return undefined;
  if (before.state === 'off' && thermostat.state !== 'off' && thermostat.state !== 'cool')
    return { entityId: thermostat.id, type: 'set_hvac_mode', mode: 'off' };
  if (
    thermostat.state !== 'off' &&
    thermostat.attributes.temperature > before.attributes.temperature
  )
    return {
      entityId: thermostat.id,
      type: 'set_temperature',
      temperature: before.attributes.temperature,
    };
  return undefined;
}

/** The heating goes up while a window or door is open: the heat would go out of it. */
const heatingOpenWindow = rule(
  'heating-up-window-open',
  'When the heating goes up with a window or door open, offer to close it',
  (context) => {
    const thermostats = entitiesOf(context.after, 'climate');
    for (const event of context.events) {
      if (event.domain !== 'climate') continue;
      const thermostat = thermostats.find((t) => t.id === event.entityId);
      const undo = thermostat && warmer(context, thermostat);
      if (!thermostat || !undo) continue;
      // One thermostat heats the whole home; with several, each heats its own room.
      const near = (e: Entity) => thermostats.length === 1 || e.area === thermostat.area;
      const open = context.after.entities.filter((e) => {
        const kind = deviceClass(e);
        if (!near(e) || kind === undefined || !OPENINGS.has(kind)) return false;
        if (e.domain === 'cover') return e.state === 'open' || e.state === 'opening';
        return e.domain === 'binary_sensor' && e.state === 'on';
      });
      const cover = open.find((e) => e.domain === 'cover');
      const what = cover ?? open[0];
      if (!what) continue;
      const reason = `You turned up ${theName(thermostat)} while ${theName(what)} is open: the heat would go out of it.`;
      // A cover can be closed for the person; a sensor only says so, so the heating goes back.
      return cover
        ? {
            question: `${capitalize(theName(cover))} is open. Close it?`,
            reason,
            commands: [{ entityId: cover.id, type: 'close' }],
          }
        : {
            question: `${capitalize(theName(what))} is open. ${undo.type === 'set_hvac_mode' ? 'Turn the heating back off' : 'Put the heating back down'}?`,
            reason,
            commands: [undo],
          };
    }
    return undefined;
  },
);

const BRIGHT = 60;
const DIMMED = 30;

/** A TV starts in the evening in a room whose lights are bright. */
const eveningTvDim = rule(
  'evening-tv-dim-lights',
  'When the TV starts in the evening, offer to dim the lights',
  (context) => {
    if (!between(context, '18:00', '00:00')) return undefined;
    for (const event of changedTo(context, 'media_player', ['playing'])) {
      const tv = afterOf(context, event.entityId);
      if (!tv || deviceClass(tv) !== 'tv' || tv.area === undefined) continue;
      const bright = entitiesOf(context.after, 'light').filter(
        (l) =>
          l.area === tv.area &&
          l.state === 'on' &&
          l.attributes.brightness >= BRIGHT &&
          l.attributes.supported_color_modes.some((m) => m !== 'onoff'),
      );
      if (bright.length === 0) continue;
      const room = areaName(context.after, tv.area) ?? 'room';
      return {
        question: `Dim the ${room} lights?`,
        reason: `You started ${theName(tv)} in the evening, and ${names(bright)} ${bright.length === 1 ? 'is' : 'are'} bright.`,
        commands: bright.map((l) => ({
          entityId: l.id,
          type: 'set_brightness',
          brightness: DIMMED,
        })),
      };
    }
    return undefined;
  },
);

/** Every rule, in the order that breaks ties between equally welcome offers. */
export const RULES: readonly FollowUpRule[] = [
  leavingLock,
  nightLockOthers,
  heatingOpenWindow,
  garageDarkLight,
  tvOffLate,
  darkRoomPlaying,
  eveningTvDim,
];

/** A rule by its id, for Settings and "Why?". */
export const ruleById = (id: string): FollowUpRule | undefined => RULES.find((r) => r.id === id);
