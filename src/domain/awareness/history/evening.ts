// Evenings, which follow the sun: "Sunset lights" puts the porch light on at sunset; the living
// room lamp goes on and the blinds close at dusk (or when the first person gets home after it),
// so in winter that is before four and in summer after nine. Then cooking, dinner, the children's
// bedtime, the evening TV (a film on Saturdays) and, on school nights, the TV off after ten.
import { act, command, type Act } from './act.ts';
import { hm, isDark, isSchoolNight, isWeekend } from './calendar.ts';
import { atSunset, byHandOrVoice, manual, ROUTINES, world } from './causes.ts';
import { D, PEOPLE } from './devices.ts';
import { chance, jitter, pick } from './random.ts';
import { later, MINUTE, SECOND, type Scene } from './scene.ts';

export function eveningActs(s: Scene): Act[] {
  const { day } = s;
  return [
    act(day.sunset, command(D.porch, 'turn_on'), atSunset(ROUTINES.sunset, day.sunset, s.timeZone)),
    ...dusk(s),
    ...dinner(s),
    ...childrensBedtime(s),
    ...television(s),
  ];
}

function dusk(s: Scene): Act[] {
  const { day, presence } = s;
  const r = day.random;
  const dark = day.sunset - 20 * MINUTE + jitter(r, 8) * MINUTE;
  const home = presence.nextHome(dark);
  // Nobody home at dusk: the first one back sees to it, coat still on.
  const at = home === dark ? dark : later(r, home, 1, 3);
  const acts = [
    act(
      at,
      command(D.livingLamp, 'turn_on'),
      byHandOrVoice(
        r,
        0.4,
        ['turn on the living room lamp', 'turn on the reading lamp'],
        'living_room',
      ),
    ),
    act(
      later(r, at, 0, 10),
      command(D.livingBlinds, 'close'),
      byHandOrVoice(r, 0.4, ['close the living room blinds', 'close the blinds'], 'living_room'),
    ),
  ];
  if (chance(r, 0.5))
    acts.push(act(later(r, at, 1, 30), command(D.livingCeiling, 'turn_on'), manual));
  return acts;
}

function dinner(s: Scene): Act[] {
  const { day, presence, moves } = s;
  const r = day.random;
  const weekend = isWeekend(day);
  const acts: Act[] = [];
  // Cooking starts once someone is home to cook.
  const planned = day.at((weekend ? hm(17, 30) : hm(17, 40)) + jitter(r, 10));
  const home = presence.nextHome(planned);
  const cook = home === planned ? planned : later(r, home, 10, 20);
  if (isDark(day, cook)) {
    acts.push(
      act(
        cook,
        [command(D.kitchenCeiling, 'turn_on'), command(D.kitchenCounter, 'turn_on')],
        byHandOrVoice(r, 0.4, ['turn on the kitchen lights'], 'kitchen'),
      ),
    );
  } else if (chance(r, 0.5)) {
    acts.push(act(cook, command(D.kitchenCounter, 'turn_on'), manual));
  }
  if (!s.starts.has('homeFromSchool') && chance(r, 0.4)) {
    acts.push(
      act(
        later(r, cook, 1, 5),
        command(D.kitchenSpeaker, 'play_media', { mediaId: 'radio.jazz_fm' }),
        manual,
      ),
    );
  }

  // Dinner waits for Tom on workdays.
  const tom = moves.find((m) => m.kind === 'arrive' && m.who.includes(PEOPLE.tom));
  let eat = day.at((weekend ? hm(18, 15) : hm(18, 50)) + jitter(r, 8));
  if (tom && !weekend) eat = Math.max(eat, later(r, tom.at, 8, 15));
  eat = Math.max(eat, later(r, cook, 35, 45));
  const withLight = isDark(day, eat) || chance(r, 0.3);
  if (withLight) {
    acts.push(
      act(
        eat - MINUTE,
        command(D.diningPendant, 'turn_on'),
        byHandOrVoice(r, 0.3, ['turn on the dining table light'], 'dining_room'),
      ),
    );
  }
  const sideboard = weekend && chance(r, 0.5);
  if (sideboard) acts.push(act(eat - 50 * SECOND, command(D.sideboardLamp, 'turn_on'), manual));
  acts.push(
    act(
      eat,
      command(D.kitchenSpeaker, 'turn_off'),
      byHandOrVoice(r, 0.5, ['turn off the kitchen speaker'], 'dining_room'),
    ),
  );
  const cleared = later(r, eat, 35, 55);
  acts.push(act(cleared, command(D.diningPendant, 'turn_off'), manual));
  if (sideboard)
    acts.push(act(cleared + 10 * SECOND, command(D.sideboardLamp, 'turn_off'), manual));
  acts.push(
    act(
      later(r, cleared, 5, 25),
      [command(D.kitchenCeiling, 'turn_off'), command(D.kitchenCounter, 'turn_off')],
      byHandOrVoice(r, 0.4, ['turn off the kitchen lights'], 'kitchen'),
    ),
  );
  return acts;
}

function childrensBedtime(s: Scene): Act[] {
  const { day } = s;
  const r = day.random;
  const bed = day.at((isSchoolNight(day) ? hm(19, 40) : hm(20, 20)) + jitter(r, 8));
  const story = bed - 20 * MINUTE;
  const acts = [
    act(bed - 30 * MINUTE, command(D.bathroomLight, 'turn_on'), manual),
    act(later(r, bed - 30 * MINUTE, 6, 10), command(D.bathroomLight, 'turn_off'), manual),
    act(story - 30 * SECOND, command(D.landingMotion, 'trigger'), world),
    act(story, command(D.kidsLight, 'turn_on'), manual),
    act(bed, command(D.nightLight, 'turn_on'), manual),
    act(
      later(r, bed, 0.5, 5),
      command(D.kidsLight, 'turn_off'),
      byHandOrVoice(r, 0.3, ['turn off the kids room light'], 'kids_room'),
    ),
  ];
  if (isDark(day, story)) {
    acts.push(
      act(story - 20 * SECOND, command(D.landingLight, 'turn_on'), manual),
      act(later(r, bed, 5, 15), command(D.landingLight, 'turn_off'), manual),
    );
  }
  return acts;
}

function television(s: Scene): Act[] {
  const { day } = s;
  const r = day.random;
  const acts: Act[] = [];
  const tv = s.starts.get('tvEvening');
  // The big light goes off for the TV.
  if (tv !== undefined)
    acts.push(act(later(r, tv, 2, 5), command(D.livingCeiling, 'turn_off'), manual));
  if (day.weekday === 6) {
    const film = day.at(hm(19, 50) + jitter(r, 10));
    acts.push(
      act(
        film,
        command(D.tv, 'play_media', {
          mediaId: pick(r, ['movie.star_harbour', 'movie.the_quiet_lighthouse']),
        }),
        manual,
      ),
      act(film + 30 * SECOND, command(D.tvBacklight, 'turn_on'), manual),
      act(film + MINUTE, command(D.livingCeiling, 'turn_off'), manual),
    );
  }
  if (isSchoolNight(day)) {
    const off = day.at(hm(22, 10) + jitter(r, 6));
    acts.push(
      act(
        off,
        command(D.tv, 'turn_off'),
        byHandOrVoice(r, 0.5, ['turn off the TV'], 'living_room'),
      ),
      act(off + 20 * SECOND, command(D.tvBacklight, 'turn_off'), manual),
    );
  }
  return acts;
}
