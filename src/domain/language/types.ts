// The interpretation contract (DESIGN §4): what `interpret` returns and what it is given. Intent
// and slot names are Home Assistant's, so that its test sentences score us directly; the
// relative-change intents and the person's own vocabulary are our extensions.
import type { Home } from '../home/model.ts';
import type { PhraseOwner } from './ownPhrases.ts';
import type { SkillOwner } from './skillPhrases.ts';
import type { TaughtVocabulary } from '../teaching/model.ts';

/** Home Assistant's intents that this assistant understands. */
export const HA_INTENTS = [
  'HassTurnOn',
  'HassTurnOff',
  'HassLightSet',
  'HassGetState',
  'HassClimateSetTemperature',
  'HassClimateGetTemperature',
  'HassSetPosition',
  'HassSetVolume',
  'HassFanSetSpeed',
  'HassMediaPause',
  'HassMediaUnpause',
  'HassMediaNext',
  'HassMediaPrevious',
  'HassMediaMute',
  'HassMediaUnmute',
  /** "play Wow on the kitchen speaker": a title of the built-in catalogue (slots.search_query). */
  'HassMediaSearchAndPlay',
] as const;

/** Our extensions: relative changes, the person's own vocabulary, and dialogue control. */
export const OWN_INTENTS = [
  'LightAdjustBrightness',
  'ClimateAdjustTemperature',
  'MediaAdjustVolume',
  'RunRoutine',
  'RunTaughtCommand',
  /** A taught concept applied to devices: "set the bedroom lamp to study mode" (slots.concept). */
  'ApplyConcept',
  'StartSkill',
  'SkillTurn',
  'Teach',
  'Feedback',
  'Cancel',
  'Help',
  /** An answer to what the assistant offered at the end of its last reply ("yes", "not now"). */
  'AnswerOffer',
  'Unknown',
] as const;

export type HaIntent = (typeof HA_INTENTS)[number];
export type IntentName = HaIntent | (typeof OWN_INTENTS)[number];

/**
 * Slots as Home Assistant names them. `name`, `area` and `floor` hold the names as the home
 * writes them ("Living room"), or what was said when nothing matched; numbers are numbers in
 * the unit said (temperatures are not converted: `temperature_unit` says when a unit was said).
 */
export interface Slots {
  name?: string;
  area?: string;
  floor?: string;
  domain?: string;
  device_class?: string;
  brightness?: number;
  /** A colour as said: "red", "warm white". */
  color?: string;
  temperature?: number;
  temperature_unit?: 'C' | 'F';
  position?: number;
  /** Fan speed in percent (HassFanSetSpeed). */
  percentage?: number;
  volume_level?: number;
  /** For questions: the state asked about ("on", "locked", "open"). */
  state?: string;
  /** Relative changes. */
  direction?: 'up' | 'down';
  /** Relative changes: percent (brightness, volume) or degrees (temperature). */
  amount?: number;
  /** Questions: "are all …" / "are any …" / "which …" / "how many …". */
  query?: 'one' | 'all' | 'any' | 'which' | 'count';
  /** ApplyConcept: the taught word as the person wrote it ("study mode"). */
  concept?: string;
  /** HassMediaSearchAndPlay: the title as said ("wow"). */
  search_query?: string;
}

export type SlotName = keyof Slots;

/** A word the interpreter read as another (a typo in a name): for the explanation. */
export interface Correction {
  said: string;
  meant: string;
}

export interface Interpretation {
  /** The text as given. */
  text: string;
  intent: IntentName;
  slots: Slots;
  /** Entity ids the request acts on or asks about, in the home's order. Empty when none matched. */
  targets: string[];
  /**
   * When the words fit several entities and acting on all would be a guess: the candidates to
   * ask about ("Which one: Kitchen ceiling or Kitchen countertop?").
   */
  ambiguous?: string[];
  /**
   * What was said that matched nothing in the home ("porch" in "turn on the porch light"), so the
   * reply can say what does exist instead.
   */
  unresolved?: {
    name?: string;
    area?: string;
    floor?: string;
    /** A word used as a setting that nobody taught yet ("set the lamp to study mode"). */
    concept?: string;
  };
  /** Where parts of the meaning came from, for "Why?". */
  fromContext?: ('area' | 'targets' | 'intent' | 'answer')[];
  corrections?: Correction[];
  /** A compound request ("turn off the lights and lock the front door"): each part in order. */
  parts?: Interpretation[];
  /** Which sentence template matched (grammar id), for "Why?" and for debugging. */
  template?: string;
  /** RunRoutine: the routine whose phrase was said (slots.name holds its name). */
  routine?: { id: string; phrase: string };
  /**
   * RunTaughtCommand: the taught command whose phrase was said. ApplyConcept: the concept used.
   * A taught name used in any request is listed in `names` (for "Why?": "you taught me …").
   */
  taught?: { id: string; phrase: string };
  /** Taught names this request used ("the big light"), by taught item id. */
  names?: string[];
  /**
   * StartSkill: the skill named (slots.name holds its name) and, for a one-shot request ("ask
   * house guide where the towels are"), what was asked.
   */
  skill?: { id: string; phrase: string; ask?: string };
  /**
   * HassMediaSearchAndPlay: the catalogue items whose title was said, in catalogue order (several
   * when the title exists in several versions: the assistant chooses, preferences first).
   */
  media?: string[];
  /** A learned rewrite read the words as others (`text` still holds what was said). */
  rewrite?: RewriteUsed;
}

/** For "Why?": "I understood “kill the big lamp” as “turn off the living room lamp” (learned on …)". */
export interface RewriteUsed {
  /** The learned rewrite's id (learning/types `LearnedRewrite.id`). */
  id: string;
  /** The words as learned (normalized). */
  from: string;
  /** The words they were read as. */
  to: string;
  /** Simulated epoch ms when it was promoted (or learned). */
  learnedAt: number;
  /** Ids of every rewrite used, when parts of a compound request were rewritten. */
  all: string[];
}

/**
 * A learned rewrite as interpret needs it: the shape of learning/types `LearnedRewrite`, named
 * here so that the language layer does not depend on the learning layer's types (which depend on
 * these). Only promoted ones are applied.
 */
export interface LearnedWords {
  id: string;
  from: string;
  to: string;
  status: 'candidate' | 'promoted';
  createdAt: number;
  promotedAt?: number;
}

/** The previous turn, for follow-ups ("turn it off", "and the kitchen too", "a bit more"). */
export interface PreviousTurn {
  intent: IntentName;
  slots: Slots;
  targets: string[];
}

/** A question the assistant asked and is waiting for an answer to. */
export interface PendingQuestion {
  kind: 'which';
  /** Entity ids offered. */
  options: string[];
  /** The request the answer completes. */
  interpretation: Interpretation;
}

export interface InterpretContext {
  /** The home whose names, areas and floors are understood, and whose state answers questions. */
  home: Home;
  /** Area id of the speaking device: "turn off the lights" means this room. */
  area?: string;
  previous?: PreviousTurn;
  pending?: PendingQuestion;
  /** The person's routines that start by a phrase: their phrases come before the grammar. */
  routines?: readonly PhraseOwner[];
  /** What the person taught: command phrases, concepts (setting words) and names. */
  taught?: TaughtVocabulary;
  /** The person's enabled skills: "open <name>", "ask <name> …" and their start phrases. */
  skills?: readonly SkillOwner[];
  /**
   * Rewrites learned from rephrasing (learning/apply.ts): a promoted one whose words are the whole
   * request (or a whole part of a compound one) is read as the words that worked. The person's
   * routine phrases, skills and overriding taught commands still come first.
   */
  learned?: readonly LearnedWords[];
}
