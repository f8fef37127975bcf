// What a habit is made of. A step is a command on a device ("turn off the Living room lamp");
// doing it again by hand is the same step, whatever the words. Two things a person does are left
// out before anything is learned from them: what they undo again within minutes (the kettle on
// and off, the garage door opened and closed behind the car) and what a scheduled routine of
// theirs already does at that time.
import type { Command, CommandType } from '../../home/commands.ts';
import type { Home } from '../../home/model.ts';
import { commandsForControl } from '../../routines/controls.ts';
import type { Routine } from '../../routines/model.ts';
import type { PersonalAction } from '../types.ts';

const MINUTE = 60_000;

/** The steps of one time a habit is done all happen within this long of its first step. */
export const TOGETHER_MINUTES = 15;
/**
 * An action undone again within the span of one habit did nothing a routine could keep: a light
 * on for the few minutes someone passes through, or a routine that would put a light on and off.
 */
export const UNDO_MINUTES = TOGETHER_MINUTES;

/** The value a command carries besides its device and type (a temperature, a media id), if any. */
export function commandValue(command: Command): number | string | undefined {
  for (const [field, value] of Object.entries(command)) {
    if (field === 'entityId' || field === 'type') continue;
    if (typeof value === 'number' || typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * Commands that are one step whatever they carry: the TV goes on for the evening whichever
 * episode is next, and whether it was chosen anew or only resumed.
 */
const SAME_STEP: Partial<Record<CommandType, string>> = { play_media: 'play', play: 'play' };

/** "light.living_room_lamp:turn_off", "climate.living_room:set_temperature=17". */
export function stepKey(command: Command): string {
  const same = SAME_STEP[command.type];
  if (same !== undefined) return `${command.entityId}:${same}`;
  const value = commandValue(command);
  return `${command.entityId}:${command.type}${value === undefined ? '' : `=${value}`}`;
}

/**
 * Whether a routine should not do this at a set time, whoever is there: unlocking a door or
 * opening the garage would leave the house open. Such steps are never offered.
 */
export function unsafeOnSchedule(command: Command, home: Home): boolean {
  if (command.type === 'unlock') return true;
  if (command.type !== 'open' && command.type !== 'set_position') return false;
  const entity = home.entities.find((e) => e.id === command.entityId);
  const kind = entity?.domain === 'cover' ? entity.attributes.device_class : undefined;
  return kind === 'garage' || kind === 'door';
}

/** What a command leaves a device as, for telling when one command takes back another. */
type Effect =
  'on' | 'off' | 'play' | 'pause' | 'open' | 'close' | 'lock' | 'unlock' | 'mute' | 'unmute';

function effectOf(command: Command): Effect | undefined {
  switch (command.type) {
    case 'turn_on':
    case 'set_brightness':
    case 'set_color':
    case 'set_color_temp':
    case 'set_fan_speed':
      return 'on';
    case 'set_hvac_mode':
      return command.mode === 'off' ? 'off' : 'on';
    case 'turn_off':
      return 'off';
    case 'play':
    case 'play_media':
      return 'play';
    case 'pause':
    case 'open':
    case 'close':
    case 'lock':
    case 'unlock':
    case 'mute':
    case 'unmute':
      return command.type;
    default:
      return undefined;
  }
}

const OPPOSITES: ReadonlySet<string> = new Set([
  'on|off',
  'off|on',
  'play|pause',
  'pause|play',
  'play|off',
  'off|play',
  'open|close',
  'close|open',
  'lock|unlock',
  'unlock|lock',
  'mute|unmute',
  'unmute|mute',
]);

const undoes = (later: Command, earlier: Command) =>
  OPPOSITES.has(`${effectOf(earlier)}|${effectOf(later)}`);

/** The same kind of setting to another value ("17" then "19"): the first was not kept. */
const replaces = (later: Command, earlier: Command) =>
  later.type === earlier.type &&
  commandValue(earlier) !== undefined &&
  commandValue(later) !== commandValue(earlier);

/**
 * Which actions (oldest first) left something lasting. An action taken back within UNDO_MINUTES
 * is left out together with what took it back (the pair changed nothing for long), and a setting
 * replaced that soon by another is left out (the second is what was meant).
 */
export function lastingActions(actions: readonly PersonalAction[]): boolean[] {
  const kept = actions.map(() => true);
  const last = new Map<string, number>();
  actions.forEach((action, i) => {
    const before = last.get(action.entityId);
    last.set(action.entityId, i);
    if (before === undefined) return;
    const earlier = actions[before]!;
    if (action.at - earlier.at > UNDO_MINUTES * MINUTE) return;
    if (undoes(action.command, earlier.command)) {
      kept[before] = false;
      kept[i] = false;
    } else if (replaces(action.command, earlier.command)) {
      kept[before] = false;
    }
  });
  return kept;
}

/** The steps a routine's device actions do in this home (areas expanded to their devices). */
export function routineSteps(routine: Routine, home: Home): Set<string> {
  const keys = new Set<string>();
  for (const action of routine.actions) {
    if (action.type !== 'control' || action.disabled) continue;
    const done = commandsForControl(action, home);
    if (done.ok) for (const c of done.commands) keys.add(stepKey(c));
  }
  return keys;
}

/** A routine of the person's that runs on a schedule: what it does, when and on which days. */
export interface ScheduledSteps {
  keys: ReadonlySet<string>;
  /** Minutes after midnight on the home's clock. */
  minuteOfDay: number;
  /** 1 = Monday … 7 = Sunday. */
  days: ReadonlySet<number>;
}

export function scheduledSteps(routines: readonly Routine[], home: Home): ScheduledSteps[] {
  return routines
    .filter((r) => r.enabled)
    .flatMap((routine) => {
      const keys = routineSteps(routine, home);
      if (keys.size === 0) return [];
      return routine.triggers.flatMap((t) => {
        if (t.type !== 'time') return [];
        const [h = 0, m = 0] = t.at.split(':').map(Number);
        return [{ keys, minuteOfDay: h * 60 + m, days: new Set(t.days) }];
      });
    });
}

/** Minutes between two times of day, the short way round midnight. */
export function minutesApart(a: number, b: number): number {
  const d = Math.abs(a - b) % 1440;
  return Math.min(d, 1440 - d);
}

/** Whether one of the schedules already does this step at about this time on this weekday. */
export function doneBySchedule(
  schedules: readonly ScheduledSteps[],
  key: string,
  minuteOfDay: number,
  weekday: number,
  toleranceMinutes: number,
): boolean {
  return schedules.some(
    (s) =>
      s.keys.has(key) &&
      s.days.has(weekday) &&
      minutesApart(s.minuteOfDay, minuteOfDay) <= toleranceMinutes,
  );
}
