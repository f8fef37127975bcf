// Mornings. Weekdays: "Good morning" warms the living room at 06:30, the parents are up between
// 06:45 and 07:15, the children a little after; lights only where it is still dark; a shower,
// the kettle, the blinds and curtains opened, the kitchen put to rights before the school run.
// Weekends: everyone up later and less regularly, the heating turned up by hand, a slow breakfast.
import { act, command, type Act } from './act.ts';
import { hm, isDark, isWeekend } from './calendar.ts';
import { byHandOrVoice, manual, ROUTINES, scheduled, world } from './causes.ts';
import { D } from './devices.ts';
import { passFrontDoor } from './doors.ts';
import { between, chance, jitter } from './random.ts';
import { later, MINUTE, SECOND, type Scene } from './scene.ts';

export function morningActs(s: Scene): Act[] {
  const { day } = s;
  const r = day.random;
  const weekend = isWeekend(day);
  const acts: Act[] = [];
  const add = (at: number, c: Parameters<typeof act>[1], cause: Parameters<typeof act>[2]) =>
    acts.push(act(at, c, cause));

  const wake = day.at(weekend ? hm(8, 30) + jitter(r, 15, 40) : hm(7) + jitter(r, 6, 14));
  if (weekend) {
    add(
      later(r, wake, 3, 15),
      command(D.thermostat, 'set_temperature', { temperature: 21 }),
      byHandOrVoice(
        r,
        0.6,
        ['set the thermostat to 21', 'set the living room to 21 degrees'],
        'kitchen',
      ),
    );
  } else {
    const at = day.at(hm(6, 30));
    add(
      at,
      [
        command(D.thermostat, 'set_temperature', { temperature: 21 }),
        command(D.bedroomThermostat, 'set_temperature', { temperature: 18 }),
      ],
      scheduled(ROUTINES.goodMorning, at, s.timeZone),
    );
  }

  // The parents' room and the landing.
  if (isDark(day, wake)) {
    add(wake, command(D.bedsideLamp, 'turn_on'), manual);
    add(later(r, wake, 12, 25), command(D.bedsideLamp, 'turn_off'), manual);
    add(wake + MINUTE, command(D.landingLight, 'turn_on'), manual);
    add(later(r, wake, 25, 45), command(D.landingLight, 'turn_off'), manual);
  }
  add(wake + MINUTE + 5 * SECOND, command(D.landingMotion, 'trigger'), world);
  add(
    later(r, wake, 8, 20),
    command(D.curtains, 'open'),
    byHandOrVoice(r, 0.3, ['open the bedroom curtains', 'open the curtains'], 'main_bedroom'),
  );

  // A shower: the light, the extractor fan, the humidity rising and falling.
  const shower = weekend ? later(r, wake, 5, 40) : later(r, wake, 3, 10);
  add(shower, command(D.bathroomLight, 'turn_on'), manual);
  add(shower + 10 * SECOND, command(D.bathroomFan, 'turn_on'), manual);
  add(
    shower + 6 * MINUTE,
    command(D.bathroomHumidity, 'set_value', { value: between(r, 80, 88) }),
    world,
  );
  add(later(r, shower, 15, 22), command(D.bathroomLight, 'turn_off'), manual);
  const fanOff = later(r, shower, 25, 40);
  add(
    fanOff,
    command(D.bathroomFan, 'turn_off'),
    byHandOrVoice(r, 0.3, ['turn off the bathroom fan', 'turn off the fan'], 'bathroom'),
  );
  add(
    fanOff + 3 * MINUTE,
    command(D.bathroomHumidity, 'set_value', { value: between(r, 55, 62) }),
    world,
  );

  // The children.
  const kids = day.at(weekend ? hm(8) + jitter(r, 20, 45) : hm(7, 5) + jitter(r, 4));
  add(kids, command(D.nightLight, 'turn_off'), manual);
  add(kids + 20 * SECOND, command(D.landingMotion, 'trigger'), world);
  if (isDark(day, kids)) {
    add(kids + 40 * SECOND, command(D.kidsLight, 'turn_on'), manual);
    add(later(r, kids, 25, 40), command(D.kidsLight, 'turn_off'), manual);
  }

  acts.push(...(weekend ? weekendKitchen(s, wake, kids) : weekdayKitchen(s, wake)));

  add(
    weekend ? later(r, wake, 15, 60) : day.at(hm(7, 25) + jitter(r, 8)),
    command(D.livingBlinds, 'open'),
    byHandOrVoice(r, 0.4, ['open the living room blinds', 'open the blinds'], 'living_room'),
  );
  return acts;
}

function weekdayKitchen(s: Scene, wake: number): Act[] {
  const { day } = s;
  const r = day.random;
  const acts: Act[] = [];
  const breakfast = s.starts.get('breakfast');
  if (breakfast !== undefined) {
    acts.push(act(later(r, breakfast, 20, 40), command(D.coffee, 'turn_off'), manual));
  }
  const downstairs = later(r, wake, 8, 15);
  if (isDark(day, downstairs))
    acts.push(act(downstairs, command(D.kitchenCeiling, 'turn_on'), manual));
  if (chance(r, 0.6)) acts.push(...kettle(s, later(r, wake, 10, 25)));
  if (chance(r, 0.4)) {
    acts.push(
      act(
        later(r, wake, 10, 20),
        command(D.kitchenSpeaker, 'play_media', { mediaId: 'radio.morning_news' }),
        manual,
      ),
    );
  }
  // Before the school run the kitchen is left tidy: radio and lights off.
  const tidy = day.at(hm(8, 15) + jitter(r, 3));
  acts.push(
    act(tidy, command(D.kitchenSpeaker, 'turn_off'), manual),
    act(
      tidy + 30 * SECOND,
      [command(D.kitchenCeiling, 'turn_off'), command(D.kitchenCounter, 'turn_off')],
      byHandOrVoice(r, 0.4, ['turn off the kitchen lights'], 'kitchen'),
    ),
  );
  return acts;
}

function weekendKitchen(s: Scene, wake: number, kids: number): Act[] {
  const { day } = s;
  const r = day.random;
  const acts: Act[] = [];
  const breakfast = later(r, wake, 10, 35);
  acts.push(act(breakfast, command(D.kitchenCounter, 'turn_on'), manual));
  if (isDark(day, breakfast)) {
    acts.push(act(breakfast + 30 * SECOND, command(D.kitchenCeiling, 'turn_on'), manual));
  }
  if (chance(r, 0.5)) {
    const coffee = later(r, breakfast, 1, 5);
    acts.push(act(coffee, command(D.coffee, 'turn_on'), manual));
    acts.push(act(later(r, coffee, 20, 40), command(D.coffee, 'turn_off'), manual));
  } else {
    acts.push(...kettle(s, later(r, breakfast, 1, 5)));
  }
  if (chance(r, 0.3)) {
    const radio = later(r, breakfast, 2, 10);
    acts.push(
      act(radio, command(D.kitchenSpeaker, 'play_media', { mediaId: 'radio.jazz_fm' }), manual),
      act(later(r, radio, 60, 120), command(D.kitchenSpeaker, 'turn_off'), manual),
    );
  }
  acts.push(
    act(
      later(r, breakfast, 50, 90),
      [command(D.kitchenCeiling, 'turn_off'), command(D.kitchenCounter, 'turn_off')],
      byHandOrVoice(r, 0.4, ['turn off the kitchen lights'], 'kitchen'),
    ),
  );
  // Someone fetches the post or the paper.
  const post = later(r, wake, 20, 90);
  acts.push(
    act(post, command(D.frontDoor, 'unlock'), manual),
    ...passFrontDoor(r, post + 10 * SECOND),
  );
  // Cartoons on some weekend mornings.
  if (chance(r, 0.5)) {
    const cartoons = later(r, kids, 10, 40);
    acts.push(
      act(cartoons, command(D.tv, 'play_media', { mediaId: 'episode.cartoon_1' }), manual),
      act(later(r, cartoons, 45, 90), command(D.tv, 'turn_off'), manual),
    );
  }
  return acts;
}

/** The kettle boils: its plug on, the power meter reading, off again. */
function kettle(s: Scene, at: number): Act[] {
  const r = s.day.random;
  const off = later(r, at, 3, 4);
  return [
    act(at, command(D.kettle, 'turn_on'), manual),
    act(
      at + 5 * SECOND,
      command(D.kettlePower, 'set_value', { value: between(r, 2850, 3000) }),
      world,
    ),
    act(off, command(D.kettle, 'turn_off'), manual),
    act(off + 2 * SECOND, command(D.kettlePower, 'set_value', { value: 0 }), world),
  ];
}
