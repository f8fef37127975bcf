// Bedtime. On school nights the parents put the downstairs to bed at about half past ten (the
// planted "Lights out downstairs" habit) and someone turns the porch light off; on nights the
// habit is not kept, and always on Fridays and Saturdays, they say "good night" and the routine
// of that name does it all, later. Then the landing, the bathroom, the bedroom and its curtains.
import { act, command, type Act } from './act.ts';
import { hm, isSchoolNight } from './calendar.ts';
import { byHandOrVoice, byPhrase, manual, ROUTINES, world } from './causes.ts';
import { D } from './devices.ts';
import { goodNightCommands } from './routines.ts';
import { between, chance, jitter } from './random.ts';
import { later, MINUTE, SECOND, type Scene } from './scene.ts';

function goodNight(at: number): Act {
  const commands = goodNightCommands();
  const said = { kind: 'voice' as const, utterance: 'good night', area: 'living_room' };
  return act(at, commands, byPhrase(ROUTINES.goodNight, said));
}

export function nightActs(s: Scene): Act[] {
  const { day } = s;
  const r = day.random;
  const acts: Act[] = [];
  const lightsOut = s.starts.get('lightsOut');
  let downstairsDone: number;
  if (isSchoolNight(day) && lightsOut !== undefined) {
    downstairsDone = later(r, lightsOut, 4, 8);
    // Whatever else was left on downstairs goes off on the way up (usually nothing is).
    for (const id of [D.livingCeiling, D.hallLight, D.tvBacklight]) {
      acts.push(act(downstairsDone - 30 * SECOND, command(id, 'turn_off'), manual));
    }
    acts.push(
      act(
        later(r, lightsOut, 3, 25),
        command(D.porch, 'turn_off'),
        byHandOrVoice(r, 0.4, ['turn off the porch light'], 'hallway'),
      ),
    );
  } else {
    const at = day.at((isSchoolNight(day) ? hm(22, 45) : hm(23, 20)) + jitter(r, 10));
    acts.push(goodNight(at));
    downstairsDone = at;
  }

  // Upstairs to bed.
  const up = later(r, downstairsDone, 2, 10);
  acts.push(
    act(up, command(D.landingLight, 'turn_on'), manual),
    act(up + 5 * SECOND, command(D.landingMotion, 'trigger'), world),
    act(up + MINUTE, command(D.bedroomCeiling, 'turn_on'), manual),
    act(
      up + 2 * MINUTE,
      command(D.curtains, 'close'),
      byHandOrVoice(r, 0.3, ['close the curtains', 'close the bedroom curtains'], 'main_bedroom'),
    ),
    act(up + 3 * MINUTE, command(D.landingLight, 'turn_off'), manual),
    act(up + 4 * MINUTE, command(D.bathroomLight, 'turn_on'), manual),
    act(later(r, up, 10, 14), command(D.bathroomLight, 'turn_off'), manual),
  );
  const reading = later(r, up, 14, 16);
  acts.push(
    act(reading, command(D.bedsideLamp, 'turn_on'), manual),
    act(reading + 30 * SECOND, command(D.bedroomCeiling, 'turn_off'), manual),
    act(
      later(r, reading, 10, 40),
      command(D.bedsideLamp, 'turn_off'),
      byHandOrVoice(r, 0.3, ['turn off the bedside lamp'], 'main_bedroom'),
    ),
  );
  // A cold night: the bedroom a degree warmer (Good morning puts it back on workdays).
  if (s.warmest < 8 && chance(r, 0.25)) {
    acts.push(
      act(
        reading + between(r, 1, 5) * MINUTE,
        command(D.bedroomThermostat, 'set_temperature', { temperature: 19 }),
        byHandOrVoice(r, 0.7, ['set the bedroom thermostat to 19'], 'main_bedroom'),
      ),
    );
  }
  return acts;
}
