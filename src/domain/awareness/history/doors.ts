// What a movement looks like in the home: the front door unlocked, opened and locked behind the
// last one out; the garage door opened and closed from the car; the phones telling the home who
// is in a few minutes after the door (leaving) or before it (arriving); the hall light on when it
// is dark; and "Leaving home" switching the ground floor off when the last person has gone.
import type { Act } from './act.ts';
import { act, command } from './act.ts';
import { isDark, type HistoryDay } from './calendar.ts';
import { byHandOrVoice, manual, onPresence, ROUTINES, world } from './causes.ts';
import { leavingCommands } from './routines.ts';
import { D } from './devices.ts';
import type { Movement } from './movements.ts';
import { between, type Random } from './random.ts';
import { MINUTE, SECOND } from './scene.ts';

/** The door sensor sees the door open and shut; the hall's motion sensor sees people pass. */
export function passFrontDoor(r: Random, at: number): Act[] {
  return [
    act(at, command(D.frontDoorSensor, 'trigger'), world),
    act(at + between(r, 12, 25) * SECOND, command(D.frontDoorSensor, 'clear'), world),
    act(at + 30 * SECOND, command(D.hallMotion, 'trigger'), world),
  ];
}

function leavingHome(at: number): Act[] {
  const commands = leavingCommands();
  return [act(at, commands, onPresence(ROUTINES.leaving, 'the last person leaves'))];
}

/**
 * The acts of the day's movements. `emptyAfter(move)` says whether the house is empty after it;
 * on workdays (`heatingOff`) the last one out also turns the heating off.
 */
export function movementActs(
  day: HistoryDay,
  moves: readonly Movement[],
  emptyAfter: (move: Movement) => boolean,
  heatingOff: boolean,
): Act[] {
  const r = day.random;
  const acts: Act[] = [];
  for (const move of moves) {
    const t = move.at;
    const empty = move.kind === 'leave' && emptyAfter(move);
    // Phones notice a departure a few minutes after the door, an arrival a little before it.
    const phoneAt = (i: number) =>
      move.kind === 'leave'
        ? t + (between(r, 2, 5) * 60 + i * 17) * SECOND
        : t - (between(r, 1, 3) * 60 + i * 13) * SECOND;
    const phones = move.who.map((person, i) =>
      act(phoneAt(i), command(person, move.kind === 'leave' ? 'leave' : 'arrive'), world),
    );
    acts.push(...phones);
    if (empty) {
      const lastPhone = Math.max(...phones.map((p) => p.at));
      acts.push(...leavingHome(lastPhone + SECOND));
    }

    if (move.door === 'front') {
      if (move.kind === 'leave') {
        if (empty && heatingOff) {
          acts.push(
            act(
              t - between(r, 60, 120) * SECOND,
              command(D.thermostat, 'turn_off'),
              byHandOrVoice(r, 0.6, ['turn off the heating', 'turn off the thermostat'], 'hallway'),
            ),
          );
        }
        acts.push(act(t - 20 * SECOND, command(D.frontDoor, 'unlock'), manual));
        acts.push(...passFrontDoor(r, t));
        if (empty) acts.push(act(t + 40 * SECOND, command(D.frontDoor, 'lock'), manual));
      } else {
        acts.push(act(t, command(D.frontDoor, 'unlock'), manual));
        acts.push(...passFrontDoor(r, t + 5 * SECOND));
        if (isDark(day, t)) {
          acts.push(act(t + 45 * SECOND, command(D.hallLight, 'turn_on'), manual));
          const off = t + between(r, 5, 20) * MINUTE;
          acts.push(act(off, command(D.hallLight, 'turn_off'), manual));
        }
      }
    } else {
      const dark = isDark(day, t);
      const closeAt = t + between(r, 50, 80) * SECOND;
      if (dark) acts.push(act(t - 40 * SECOND, command(D.garageLight, 'turn_on'), manual));
      acts.push(act(t, command(D.garageDoor, 'open'), manual));
      acts.push(act(closeAt, command(D.garageDoor, 'close'), manual));
      if (dark)
        acts.push(
          act(closeAt + between(r, 60, 150) * SECOND, command(D.garageLight, 'turn_off'), manual),
        );
      if (move.kind === 'arrive')
        acts.push(act(closeAt + 2 * MINUTE, command(D.hallMotion, 'trigger'), world));
    }
  }
  return acts;
}
