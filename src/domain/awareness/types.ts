// The contract of the assistant's self-awareness: what a hunch is (the present state of a device
// is unusual for this time, with the evidence), what a habit offer is (things a person does by
// hand at about the same time, offered as a routine), what a follow-up offer is (one related next
// step after a request), and what the assistant remembers of a person's answers to all three.
// Everything here is computed by pure functions from the event history, the home and `now`.
import type { HomeEvent } from '../activity/event.ts';
import type { Command } from '../home/commands.ts';
import type { Home } from '../home/model.ts';

// ---------- The history, indexed ----------

/**
 * The history made quick to ask: for each device, the times its state (and the few attributes
 * hunches and habits look at) changed, and the moments (good night, leaving) found in it.
 * Built once from the stored events (`indexHistory`), then grown as new events come
 * (`addToHistory`), never rebuilt per question.
 */
export interface HistoryIndex {
  /** Epoch ms of the oldest event: how far back the history reaches. */
  since: number;
  /** Epoch ms of the newest event seen. */
  until: number;
  /** Per entity id, oldest first: when its state became what. */
  timelines: ReadonlyMap<string, readonly StateChange[]>;
  /** Moments found in the history, oldest first. */
  moments: readonly Moment[];
  /** Changes made by a person (by hand or by voice, not by a routine or the home), oldest first. */
  personal: readonly PersonalAction[];
}

export interface StateChange {
  at: number;
  from: string;
  to: string;
}

/** "good night" (bedtime) and "I'm leaving" (the last person out, or a leaving routine). */
export type MomentKind = 'bedtime' | 'leaving';

export interface Moment {
  kind: MomentKind;
  at: number;
  /** What marked it, in words: "Good night ran", "everyone left". */
  marker: string;
}

/** One thing a person did to a device, as a habit step: the command that would do it again. */
export interface PersonalAction {
  at: number;
  eventId: string;
  entityId: string;
  /** What it did, as a command to repeat it ("turn_off", "set_temperature" 17). */
  command: Command;
  /** "manual" or the words said. */
  via: 'manual' | 'voice';
  utterance?: string;
}

// ---------- Hunches ----------

/**
 * Which past days the usual state was read from. `nobodyHome`: only those on which nobody was
 * home at that time, as nobody is now ("the last 9 weekdays when nobody was home").
 */
export type Population =
  | { kind: 'days'; nobodyHome?: boolean }
  | { kind: 'dayType'; dayType: 'weekday' | 'weekend'; nobodyHome?: boolean }
  /** 1 = Monday … 7 = Sunday, as the routines count. */
  | { kind: 'weekday'; weekday: number; nobodyHome?: boolean }
  | { kind: 'moment'; moment: MomentKind };

export interface Evidence {
  population: Population;
  /** The state the device was in at this time on most of the sampled days ("off"). */
  usual: string;
  /** How many sampled days it was in `usual` ("12" of "the last 14 days"). */
  agreeing: number;
  sampled: number;
  /** Each sampled day (or moment), newest first: when, and the state then — shown by "Why?". */
  samples: { at: number; state: string }[];
  /** Since when the device has been in its present state, if the history says. */
  since?: number;
  /** Whether the device usually changes to `usual` before this time ("by now") or just is. */
  byNow: boolean;
}

/**
 * A kind of hunch, for learning from answers: a device class and the unusual state
 * ("light:on", "lock:unlocked", "cover.garage:open", "climate:heat"). Declined kinds need stronger
 * evidence next time.
 */
export type HunchKind = string;

export interface Hunch {
  /**
   * Stable for the same situation: `${entityId}|${actual}`. "Not now" snoozes this id; the
   * Activity cause of an accepted hunch carries it.
   */
  id: string;
  entityId: string;
  entityName: string;
  domain: string;
  area?: string;
  /** The present state ("on"). */
  actual: string;
  kind: HunchKind;
  evidence: Evidence;
  /** What puts it back to usual. */
  fix: Command;
  /** "The porch light is usually off by now — it was off at this time on 12 of the last 14 days." */
  text: string;
  /** "Turn it off?" */
  question: string;
  /** Said after good night or leaving: "By the way, the garage door is open. Want me to close it?" */
  spoken: string;
  /** 0–1: how strong the evidence is; hunches come strongest first. */
  confidence: number;
}

// ---------- Habit offers ----------

export interface HabitOfferStep {
  entityId: string;
  entityName: string;
  command: Command;
  /** "turn off the Living room lamp". */
  words: string;
}

export interface HabitOffer {
  /** Stable while the habit lasts: the steps and the half hour they happen in. */
  id: string;
  steps: HabitOfferStep[];
  /** The usual start, minutes after midnight on the home's clock (median of the occurrences). */
  minuteOfDay: number;
  /** "22:30". */
  time: string;
  /** Days it happened on, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Epoch ms of each time it was done (first step), oldest first. */
  occurrences: number[];
  /** A phrase to suggest for the routine ("lights out"), from words the person used, if any. */
  phrase?: string;
  /** A name for the routine ("Around 22:30"). */
  name: string;
  /** "You often do these around 22:30: … Make a routine?" */
  text: string;
}

// ---------- Follow-up offers ----------

export interface FollowUpOffer {
  ruleId: string;
  /** "Shall I run Good night?" */
  question: string;
  /** Why it is offered, for "Why?": "You turned off the TV after 22:00." */
  reason: string;
  /** What yes does. */
  commands?: Command[];
  routineId?: string;
}

// ---------- What the assistant remembers of a person's answers ----------

export interface AnswerCounts {
  offered: number;
  accepted: number;
  declined: number;
  /** Declines since the last acceptance: a rule declined repeatedly goes quiet. */
  declinedInARow: number;
}

export interface AwarenessMemory {
  /** "Not now": hunch id → epoch ms until which it is not raised again. */
  snoozed: Record<string, number>;
  /** "Don't ask about this device": entity ids. */
  neverAsk: string[];
  /** Answers per hunch kind: declined kinds need stronger evidence. */
  hunchKinds: Record<HunchKind, AnswerCounts>;
  /** Devices the assistant may put right on its own (opt-in per device in Settings). */
  automatic: string[];
  /** Habit offers dismissed ("not now": id → until) and never to be offered again. */
  habitSnoozed: Record<string, number>;
  habitNever: string[];
  /** Answers per follow-up rule. */
  followUps: Record<string, AnswerCounts>;
  /** Follow-up rules the person switched off. */
  followUpsOff: string[];
}

export const EMPTY_MEMORY: AwarenessMemory = {
  snoozed: {},
  neverAsk: [],
  hunchKinds: {},
  automatic: [],
  habitSnoozed: {},
  habitNever: [],
  followUps: {},
  followUpsOff: [],
};

/** What every awareness question is asked about. */
export interface AwarenessInput {
  index: HistoryIndex;
  home: Home;
  now: number;
  timeZone: string;
  memory: AwarenessMemory;
}

export type { HomeEvent };
