// The shape of our own test set: what a person says to the demo home, from where, after what,
// and what a good assistant should understand. Written as data so that anyone can add a case
// without reading the code.
import type { IntentName, PreviousTurn, Slots } from '../types.ts';

/** Slots that must match; `null` says the slot must be absent ("warmer" says no amount). */
export type ExpectedSlots = { [K in keyof Slots]?: Slots[K] | null };

export interface Expected {
  /** The intent; a list when either reading is as good (a sensor asked "how warm is it"). */
  intent: IntentName | readonly IntentName[];
  slots?: ExpectedSlots;
  /** Exactly these entities, in any order. */
  targets?: readonly string[];
  /** The assistant should ask "which one?" offering exactly these. */
  ambiguous?: readonly string[];
  /** What was said that names nothing in the home; `true` when only its presence matters. */
  unresolved?: true | { name?: string; area?: string; floor?: string };
  /** A compound request: each part in order. */
  parts?: readonly Expected[];
}

/** A "which one?" question the assistant asked, which the text answers. */
export interface PendingCase {
  options: readonly string[];
  intent: IntentName;
  slots?: Slots;
}

export interface TestCase {
  text: string;
  /** Area id of the speaking device. */
  area?: string;
  previous?: PreviousTurn;
  pending?: PendingCase;
  expect: Expected;
  /** Why a reader might wonder about this expectation. */
  why?: string;
}
