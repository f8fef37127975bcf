// The middle of the day and a few weekly chores: Emma's Friday in the home office, afternoons in
// the garden at weekends (the back door open meanwhile), Wednesday's bins, the ceiling fan on a
// warm evening, and the heating back on when someone is home again on a workday.
import { act, command, type Act } from './act.ts';
import { hm, isAwayDay, isDark, isWeekend } from './calendar.ts';
import { byHandOrVoice, manual, world } from './causes.ts';
import { D, PEOPLE } from './devices.ts';
import { between, chance, jitter } from './random.ts';
import { later, MINUTE, SECOND, type Scene } from './scene.ts';

export function daytimeActs(s: Scene): Act[] {
  return [...homeOffice(s), ...garden(s), ...bins(s), ...warmEvening(s), ...heatingBack(s)];
}

function homeOffice(s: Scene): Act[] {
  const { day, moves } = s;
  const r = day.random;
  if (day.weekday !== 5) return [];
  const alone = (kind: 'arrive' | 'leave') =>
    moves.find((m) => m.kind === kind && m.who.length === 1 && m.who[0] === PEOPLE.emma);
  const arrive = alone('arrive');
  const leave = alone('leave');
  if (!arrive || !leave) return [];
  const start = later(r, arrive.at, 5, 12);
  const acts: Act[] = [];
  if (isDark(day, start)) acts.push(act(start, command(D.officeLight, 'turn_on'), manual));
  acts.push(
    act(start + 40 * SECOND, command(D.deskLamp, 'turn_on'), manual),
    act(
      later(r, start, 1, 3),
      command(D.officeShade, 'open'),
      byHandOrVoice(r, 0.5, ['open the office shade'], 'office'),
    ),
  );
  if (chance(r, 0.5)) {
    const print = day.at(hm(11) + jitter(r, 30));
    acts.push(
      act(
        print,
        command(D.printer, 'turn_on'),
        byHandOrVoice(r, 0.4, ['turn on the printer'], 'office'),
      ),
      act(later(r, print, 10, 25), command(D.printer, 'turn_off'), manual),
    );
  }
  const done = leave.at - between(r, 3, 6) * MINUTE;
  acts.push(
    act(done, command(D.deskLamp, 'turn_off'), manual),
    act(done + 10 * SECOND, command(D.officeLight, 'turn_off'), manual),
  );
  return acts;
}

/** Out of the back door and in again: the door sensor sees it open and shut. */
function throughBackDoor(at: number): Act[] {
  return [
    act(at, command(D.backDoorSensor, 'trigger'), world),
    act(at + 15 * SECOND, command(D.backDoorSensor, 'clear'), world),
  ];
}

function garden(s: Scene): Act[] {
  const { day, presence } = s;
  const r = day.random;
  if (!isWeekend(day) || !chance(r, s.warmest >= 12 ? 0.7 : 0.25)) return [];
  const out = day.at(hm(14, 30) + jitter(r, 30));
  const back = later(r, out, 60, 150);
  if (!presence.someoneHome(out) || !presence.someoneHome(back)) return [];
  return [
    act(out, command(D.backDoor, 'unlock'), manual),
    ...throughBackDoor(out + 10 * SECOND),
    act(out + MINUTE, command(D.gardenMotion, 'trigger'), world),
    act(later(r, out, 10, 30), command(D.gardenMotion, 'trigger'), world),
    act(later(r, out, 40, 55), command(D.gardenMotion, 'trigger'), world),
    ...throughBackDoor(back - 30 * SECOND),
    act(back, command(D.backDoor, 'lock'), manual),
  ];
}

function bins(s: Scene): Act[] {
  const { day } = s;
  const r = day.random;
  if (day.weekday !== 3) return [];
  const out = day.at(hm(20, 50) + jitter(r, 10));
  return [
    act(out, command(D.backDoor, 'unlock'), manual),
    ...throughBackDoor(out + 10 * SECOND),
    act(out + 40 * SECOND, command(D.gardenMotion, 'trigger'), world),
    ...throughBackDoor(out + 150 * SECOND),
    act(later(r, out, 3, 6), command(D.backDoor, 'lock'), manual),
  ];
}

function warmEvening(s: Scene): Act[] {
  const { day } = s;
  const r = day.random;
  if (s.warmest < 22) return [];
  const on = day.at(hm(19) + jitter(r, 30));
  return [
    act(
      on,
      command(D.ceilingFan, 'turn_on'),
      byHandOrVoice(r, 0.5, ['turn on the ceiling fan'], 'living_room'),
    ),
    act(day.at(hm(22, 15) + jitter(r, 10)), command(D.ceilingFan, 'turn_off'), manual),
  ];
}

/**
 * On workdays the heating goes off with the last one out. "Home from school" puts it back on;
 * on a day that habit is not kept, someone does it later, on their own.
 */
function heatingBack(s: Scene): Act[] {
  const { day, presence } = s;
  const r = day.random;
  if (!isAwayDay(day) || s.starts.has('homeFromSchool')) return [];
  const span = presence.empty.find((e) => Number.isFinite(e.to));
  if (!span) return [];
  return [
    act(
      later(r, span.to, 20, 60),
      command(D.thermostat, 'turn_on'),
      byHandOrVoice(r, 0.5, ['turn on the heating', 'turn on the thermostat'], 'kitchen'),
    ),
  ];
}
