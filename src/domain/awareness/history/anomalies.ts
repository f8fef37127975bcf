// Planted anomalies: on a few days the plan is edited so that something is left in a state
// unusual for the time — the porch light on all night, the garage door open all evening, the back
// door unlocked overnight, the heating on while everyone is out, the kids' light on all day. Each
// is written down (device, from when, until when, the usual and the actual state) so that a test
// can score the hunches against them.
import type { Command } from '../../home/commands.ts';
import { act, command, type Act } from './act.ts';
import { hm, isAwayDay, isSchoolNight, isWeekend, type HistoryDay } from './calendar.ts';
import { byHandOrVoice, manual, world } from './causes.ts';
import { D, EVERYONE } from './devices.ts';
import { between, jitter, shuffled, type Random } from './random.ts';
import { later, MINUTE, SECOND } from './scene.ts';
import type { PlantedAnomaly } from './types.ts';

interface Planted {
  acts: Act[];
  anomaly: PlantedAnomaly;
}

interface Kind {
  entityId: string;
  /** Whether the kind can happen on this day. */
  fits(day: HistoryDay): boolean;
  plant(acts: Act[], day: HistoryDay, next: HistoryDay, r: Random): Planted | undefined;
}

/** The first act in [from, to] that gives one of these commands to one of the devices. */
function firstAct(
  acts: readonly Act[],
  ids: readonly string[],
  types: readonly Command['type'][],
  from: number,
  to: number,
): Act | undefined {
  let first: Act | undefined;
  for (const a of acts) {
    if (a.at < from || a.at > to || (first !== undefined && a.at >= first.at)) continue;
    if (a.commands.some((c) => ids.includes(c.entityId) && types.includes(c.type))) first = a;
  }
  return first;
}

/** When a person (not a routine, which never forgets) would usually have done it. */
function firstCommand(...args: Parameters<typeof firstAct>): number | undefined {
  const found = firstAct(...args);
  return found && found.cause.kind !== 'routine' ? found.at : undefined;
}

/** The plan without any command to the device in [from, to]: nobody touches it meanwhile. */
function untouched(acts: readonly Act[], entityId: string, from: number, to: number): Act[] {
  return acts.flatMap((a) => {
    if (a.at < from || a.at > to || !a.commands.some((c) => c.entityId === entityId)) return [a];
    const commands = a.commands.filter((c) => c.entityId !== entityId);
    return commands.length > 0 ? [{ ...a, commands }] : [];
  });
}

/** Someone notices in the morning, once they are up and about. */
const nextMorning = (next: HistoryDay, r: Random) =>
  next.at((isWeekend(next) ? hm(9, 15) : hm(7, 30)) + jitter(r, 8));

const porch: Kind = {
  entityId: D.porch,
  fits: () => true,
  plant(acts, day, next, r) {
    const from = firstCommand(acts, [D.porch], ['turn_off'], day.at(hm(21)), day.at(hm(27)));
    if (from === undefined) return undefined;
    const until = nextMorning(next, r);
    const fix = act(
      until,
      command(D.porch, 'turn_off'),
      byHandOrVoice(r, 0.5, ['turn off the porch light'], 'hallway'),
    );
    return {
      acts: [...untouched(acts, D.porch, from, until), fix],
      anomaly: {
        entityId: D.porch,
        from,
        until,
        usual: 'off',
        actual: 'on',
        description: 'The porch light was left on all night; it usually goes off at bedtime.',
      },
    };
  },
};

const garageDoor: Kind = {
  entityId: D.garageDoor,
  fits: (day) => day.weekday >= 1 && day.weekday <= 5,
  plant(acts, day, _next, r) {
    const from = firstCommand(acts, [D.garageDoor], ['close'], day.at(hm(17)), day.at(hm(20)));
    if (from === undefined) return undefined;
    const until = later(r, from, 150, 210);
    const fix = act(
      until,
      command(D.garageDoor, 'close'),
      byHandOrVoice(r, 0.6, ['close the garage door'], 'hallway'),
    );
    return {
      acts: [...untouched(acts, D.garageDoor, from, until), fix],
      anomaly: {
        entityId: D.garageDoor,
        from,
        until,
        usual: 'closed',
        actual: 'open',
        description: 'The garage door was left open after Tom drove in.',
      },
    };
  },
};

const backDoor: Kind = {
  entityId: D.backDoor,
  fits: isSchoolNight,
  plant(acts, day, next, r) {
    const extra: Act[] = [];
    const evening = [day.at(hm(18)), day.at(hm(23, 59))] as const;
    const unlocked = firstCommand(acts, [D.backDoor], ['unlock'], ...evening);
    let from =
      unlocked === undefined
        ? undefined
        : firstCommand(acts, [D.backDoor], ['lock'], unlocked, evening[1]);
    if (from === undefined) {
      // Out with the recycling after dinner, and the door not locked again.
      const out = day.at(hm(20, 40) + jitter(r, 15));
      extra.push(
        act(out, command(D.backDoor, 'unlock'), manual),
        act(out + 10 * SECOND, command(D.backDoorSensor, 'trigger'), world),
        act(out + 25 * SECOND, command(D.backDoorSensor, 'clear'), world),
      );
      from = out + between(r, 3, 6) * MINUTE;
    }
    const until = nextMorning(next, r);
    // "Good night" locks the back door: a night it runs is no night to forget it.
    const routine = acts.some(
      (a) =>
        a.at >= from &&
        a.at <= until &&
        a.cause.kind === 'routine' &&
        a.commands.some((c) => c.entityId === D.backDoor),
    );
    if (routine) return undefined;
    const fix = act(until, command(D.backDoor, 'lock'), manual);
    return {
      acts: [...untouched(acts, D.backDoor, from, until), ...extra, fix],
      anomaly: {
        entityId: D.backDoor,
        from,
        until,
        usual: 'locked',
        actual: 'unlocked',
        description: 'The back door was left unlocked overnight.',
      },
    };
  },
};

const heating: Kind = {
  entityId: D.thermostat,
  fits: isAwayDay,
  plant(acts, day) {
    const from = firstCommand(acts, [D.thermostat], ['turn_off'], day.at(hm(7)), day.at(hm(10)));
    if (from === undefined) return undefined;
    // It stops being unusual when the first person is back (their phone tells the home).
    const until = firstAct(acts, EVERYONE, ['arrive'], from, day.at(hm(20)))?.at;
    if (until === undefined) return undefined;
    return {
      acts: untouched(acts, D.thermostat, from, until),
      anomaly: {
        entityId: D.thermostat,
        from,
        until,
        usual: 'off',
        actual: 'heat',
        description: 'The heating was left on while everyone was out.',
      },
    };
  },
};

const kidsLight: Kind = {
  entityId: D.kidsLight,
  fits: isAwayDay,
  plant(acts, day, _next, r) {
    const extra: Act[] = [];
    let from = firstCommand(acts, [D.kidsLight], ['turn_off'], day.at(hm(7)), day.at(hm(9)));
    if (from === undefined) {
      extra.push(act(day.at(hm(7, 10) + jitter(r, 3)), command(D.kidsLight, 'turn_on'), manual));
      from = day.at(hm(7, 40) + jitter(r, 5));
    }
    const home = firstAct(acts, EVERYONE, ['arrive'], day.at(hm(9, 30)), day.at(hm(20)))?.at;
    if (home === undefined) return undefined;
    const until = later(r, home, 3, 10);
    const fix = act(until, command(D.kidsLight, 'turn_off'), manual);
    return {
      acts: [...untouched(acts, D.kidsLight, from, until), ...extra, fix],
      anomaly: {
        entityId: D.kidsLight,
        from,
        until,
        usual: 'off',
        actual: 'on',
        description: "The light in the kids' room was left on all day while everyone was out.",
      },
    };
  },
};

const KINDS: readonly Kind[] = [porch, garageDoor, backDoor, heating, kidsLight];

/**
 * Plants `count` anomalies on different days, kinds taken in turn, none on the first week when
 * the history is long enough (a hunch needs something to compare with) and none that would end
 * after `end`. Days next to one another are avoided, so each stands out on its own.
 */
export function plantAnomalies(
  acts: Act[],
  days: readonly HistoryDay[],
  window: { start: number; end: number },
  count: number,
  has: (entityId: string) => boolean,
  r: Random,
): { acts: Act[]; anomalies: PlantedAnomaly[] } {
  const inside = days.filter((d) => d.start >= window.start);
  const earliest = inside.length > 10 ? inside[7]!.index : (inside[0]?.index ?? Infinity);
  const used = new Set<number>();
  const anomalies: PlantedAnomaly[] = [];
  const kinds = shuffled(
    KINDS.filter((k) => has(k.entityId)),
    r,
  );
  if (kinds.length === 0) return { acts, anomalies };
  for (let k = 0; k < count; k++) {
    const kind = kinds[k % kinds.length]!;
    const candidates = days.filter(
      (d) =>
        d.index >= earliest &&
        days[d.index + 1] !== undefined &&
        kind.fits(d) &&
        ![-1, 0, 1].some((o) => used.has(d.index + o)),
    );
    for (const day of shuffled(candidates, r)) {
      const planted = kind.plant(acts, day, days[day.index + 1]!, r);
      if (!planted || planted.anomaly.from < window.start || planted.anomaly.until > window.end)
        continue;
      acts = planted.acts;
      anomalies.push(planted.anomaly);
      used.add(day.index);
      break;
    }
  }
  return { acts, anomalies: anomalies.sort((a, b) => a.from - b.from) };
}

/** The garage door opened by hand a while before the end and never closed: still unusual now. */
export function plantAtEnd(
  acts: Act[],
  end: number,
  r: Random,
): { acts: Act[]; anomaly: PlantedAnomaly } {
  const opened = end - between(r, 60, 150) * MINUTE;
  const from = opened + MINUTE;
  return {
    acts: [
      ...untouched(acts, D.garageDoor, opened, end),
      act(opened, command(D.garageDoor, 'open'), manual),
    ],
    anomaly: {
      entityId: D.garageDoor,
      from,
      until: end,
      usual: 'closed',
      actual: 'open',
      description: 'The garage door was opened by hand and has not been closed since.',
    },
  };
}
