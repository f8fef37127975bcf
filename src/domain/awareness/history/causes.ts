// Why things happen in the Bennetts' history, in the shapes the app itself writes: by hand in the
// panel, by voice (with the words said and the room the speaker is in), by one of their routines
// (with the trigger in the runner's words), by a taught command, and by the world (sensors and
// people's phones), which the app records as the home changing by itself.
import type { Cause } from '../../activity/cause.ts';
import { formatTime } from '../../clock/format.ts';
import { pick, type Random } from './random.ts';

export const manual: Cause = { kind: 'manual' };

/** Sensors, weather and people's phones reporting where they are. */
export const world: Cause = { kind: 'simulation', process: 'sensor' };

/** One of several ways of saying the same request, said in `area` (an area id). */
export function voice(random: Random, utterances: readonly string[], area: string): Cause {
  return { kind: 'voice', utterance: pick(random, utterances), area };
}

/** By hand most of the time, by voice the rest: how people really mix the two. */
export function byHandOrVoice(
  random: Random,
  voiceShare: number,
  utterances: readonly string[],
  area: string,
): Cause {
  return random() < voiceShare ? voice(random, utterances, area) : manual;
}

interface RoutineRef {
  routineId: string;
  routineName: string;
}

export const ROUTINES = {
  goodMorning: { routineId: 'routine.good_morning', routineName: 'Good morning' },
  goodNight: { routineId: 'routine.good_night', routineName: 'Good night' },
  leaving: { routineId: 'routine.leaving_home', routineName: 'Leaving home' },
  sunset: { routineId: 'routine.sunset_lights', routineName: 'Sunset lights' },
  // Used when the planted habits are kept by automation instead of by hand.
  bedtime: { routineId: 'routine.bedtime', routineName: 'Bedtime' },
  breakfast: { routineId: 'routine.breakfast', routineName: 'Breakfast' },
  afterSchool: { routineId: 'routine.after_school', routineName: 'After school' },
} as const satisfies Record<string, RoutineRef>;

/** A routine run on a schedule: "at 06:30", as the runner words it. */
export function scheduled(routine: RoutineRef, at: number, timeZone: string): Cause {
  return { kind: 'routine', ...routine, trigger: `at ${formatTime(at, timeZone)}` };
}

/** A routine run at sunset: "at sunset (16:12)". */
export function atSunset(routine: RoutineRef, at: number, timeZone: string): Cause {
  return { kind: 'routine', ...routine, trigger: `at sunset (${formatTime(at, timeZone)})` };
}

/** A routine started by people coming and going: "the last person leaves". */
export function onPresence(routine: RoutineRef, trigger: string): Cause {
  return { kind: 'routine', ...routine, trigger };
}

/** A routine started by its phrase: the voice request is what set it off. */
export function byPhrase(routine: RoutineRef, said: Cause): Cause {
  return { kind: 'routine', ...routine, trigger: 'a phrase was said', parent: said };
}

/** A command the family taught, said aloud. */
export function taught(commandId: string, phrase: string, area: string): Cause {
  return { kind: 'taught', commandId, phrase, parent: { kind: 'voice', utterance: phrase, area } };
}
