// Our own test set, by theme: requests people make that Home Assistant's corpus lacks, against
// the built-in demo home. Each theme is a file of plain data (types.ts says the shape).
import { ANSWERS } from './answers.ts';
import { CLIMATE } from './climate.ts';
import { COLOURS } from './colours.ts';
import { COMPOUND } from './compound.ts';
import { COVERS } from './covers.ts';
import { DIALOGUE } from './dialogue.ts';
import { FILLERS } from './fillers.ts';
import { FOLLOWUPS } from './followups.ts';
import { HERE } from './here.ts';
import { LOCK_CASES } from './locks.ts';
import { MEDIA } from './media.ts';
import { NONSENSE } from './nonsense.ts';
import { NUMBERS } from './numbers.ts';
import { QUESTIONS } from './questions.ts';
import { RELATIVE } from './relative.ts';
import { EVERYDAY } from './everyday.ts';
import { SWITCHES } from './switches.ts';
import { TYPOS } from './typos.ts';
import type { TestCase } from './types.ts';

export const THEMES: Readonly<Record<string, readonly TestCase[]>> = {
  'relative changes': RELATIVE,
  'everyday phrasings': EVERYDAY,
  'volume, mute and playback': MEDIA,
  colours: COLOURS,
  'plugs, switches and fans': SWITCHES,
  covers: COVERS,
  locks: LOCK_CASES,
  'setting a temperature': CLIMATE,
  'compound requests': COMPOUND,
  'follow-ups': FOLLOWUPS,
  'answers to "which one?"': ANSWERS,
  'numbers as words': NUMBERS,
  'fillers and wake words': FILLERS,
  'typos in names': TYPOS,
  questions: QUESTIONS,
  "the speaker's room": HERE,
  'not commands, or nothing to act on': NONSENSE,
  'help, cancel, teach, feedback': DIALOGUE,
};

export const ALL_CASES: readonly TestCase[] = Object.values(THEMES).flat();
