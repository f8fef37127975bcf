// Which moment words are about: "good night" and "I'm going to bed" are bedtime, "I'm leaving" and
// "goodbye" are leaving. Read from what a person said and from a routine's name and phrases, so a
// routine called "Lights out" with the phrase "night night" still counts as the bedtime routine.
import { words } from '../../language/normalize.ts';
import type { Routine } from '../../routines/model.ts';
import type { MomentKind } from '../types.ts';

// Whole words, after normalize.ts has spelled out contractions ("I'm" → "i am").
const BEDTIME = [
  /\bgood ?night\b/,
  /\bnight night\b/,
  /\bnighty night\b/,
  /\bbed ?time\b/,
  /\b(going|go|off|heading) to bed\b/,
  /\btime for bed\b/,
  /\bsleep well\b/,
  /\blights out\b/,
];
const LEAVING = [
  /\bleaving\b/,
  /\bgood ?bye\b/,
  /^bye\b/,
  /\b(heading|going|off) out\b/,
  /\bout the door\b/,
  /\bsee you later\b/,
  /\baway mode\b/,
  /\boff to work\b/,
];

/** The moment the words are about, if any: "good night" → bedtime, "I'm off out" → leaving. */
export function momentOfText(text: string): MomentKind | undefined {
  const said = words(text).join(' ');
  if (said === '') return undefined;
  if (BEDTIME.some((p) => p.test(said))) return 'bedtime';
  if (LEAVING.some((p) => p.test(said))) return 'leaving';
  return undefined;
}

/** The moment a routine is for, read from its name and its phrases. */
export function routineMoment(routine: Routine): MomentKind | undefined {
  const phrases = routine.triggers.flatMap((t) => (t.type === 'phrase' ? t.phrases : []));
  for (const text of [routine.name, ...phrases]) {
    const moment = momentOfText(text);
    if (moment) return moment;
  }
  return undefined;
}
