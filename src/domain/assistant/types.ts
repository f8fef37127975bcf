// The contract of one conversational turn: an utterance in, a reply, the commands it ran, what
// changed and why out. Pure: the caller saves `execution` (home and events) in one transaction.
import type { AwarenessMemory, FollowUpOffer, Hunch, MomentKind } from '../awareness/types.ts';
import type { Command } from '../home/commands.ts';
import type { ExecuteResult } from '../home/execute.ts';
import type { Home } from '../home/model.ts';
import type { HomeSettings, TemperatureUnit } from '../settings/settings.ts';
import type { EngineResult, HeldTrigger } from '../routines/engine.ts';
import type { Routine } from '../routines/model.ts';
import type { TaughtItem, TaughtVocabulary } from '../teaching/model.ts';
import type { TeachState } from '../teaching/dialogueState.ts';
import type { Skill } from '../blueprints/model.ts';
import type { SkillSession } from '../blueprints/session.ts';
import type { Interpretation, PendingQuestion, PreviousTurn } from '../language/types.ts';
import type { LearningState, ObservedTurn } from '../learning/types.ts';
import type { MediaChoice } from '../learning/preferences/types.ts';

/** What the assistant remembers between turns; plain data, saved with the transcript. */
export interface DialogueState {
  previous?: PreviousTurn;
  pending?: PendingQuestion;
  /** A teach dialogue under way ("What should “movie mode” do?"). */
  teach?: TeachState;
  /** A skill session under way ("Question 2 of 5: …"): the next words are its answer. */
  skill?: SkillSession;
  /** What the last reply offered ("Want me to close it?"): the next words may answer it. */
  offer?: OfferState;
  /** A title with several versions was just played: "no, the Kate Bush one" may correct it. */
  media?: MediaChoice;
  /** How to take back what the last turn changed, for "that's wrong" / "no, I meant …". */
  undo?: TurnUndo;
}

/** What the last turn changed, as the commands that set it back (see feedbackTurn.ts). */
export interface TurnUndo {
  /** The words of the turn it would take back. */
  text: string;
  /** Simulated epoch ms of that turn. */
  at: number;
  /** Commands that restore what the turn changed, in order. */
  commands: Command[];
  /** A learned rewrite the turn used: taken back, it loses standing. */
  rewriteId?: string;
}

/** An offer at the end of a reply: a hunch spoken after good night, or a follow-up. */
export type OfferState =
  | { kind: 'hunch'; hunch: Hunch }
  | { kind: 'followUp'; offer: FollowUpOffer }
  /** "From now on, shall I take “kill the big lamp” to mean “turn off the living room lamp”?" */
  | { kind: 'rewrite'; rewrite: RewriteOffer };

export interface RewriteOffer {
  /** The learned rewrite's id in the learning state. */
  id: string;
  /** The words that failed, as said, and the words that worked. */
  from: string;
  to: string;
  question: string;
  /** Simulated epoch ms of the offer: a yes long after it is not an answer to it. */
  at?: number;
}

/** What learning needs for this turn: what was learned, and the turns just before this one. */
export interface TurnLearning {
  state: LearningState;
  /** The person's recent turns, oldest first (those within the rephrase window will do). */
  recent: readonly ObservedTurn[];
}

/** What the assistant knows of itself for this turn: its memory of answers, and its hunches. */
export interface TurnAwareness {
  memory: AwarenessMemory;
  /**
   * Hunches about `home` (the home after the turn), strongest first, already without the ones
   * the person silenced; with a moment, about the state usual after it ("after good night").
   */
  hunches?: (home: Home, moment?: MomentKind) => readonly Hunch[];
}

export interface TurnInput {
  home: Home;
  text: string;
  /** Area id of the room the person speaks from. */
  area?: string;
  state: DialogueState;
  /** Simulated epoch ms. */
  now: number;
  unit: TemperatureUnit;
  /** The person's routines: a phrase of one runs it (the runner needs the settings for times). */
  routines?: TurnRoutines;
  /** What the person taught: their commands, setting words and names. */
  taught?: TaughtVocabulary;
  /** The home's time zone, for dates said in replies ("you taught me … on 3 March"). */
  timeZone?: string;
  /** The person's skills: the enabled ones are started by voice; a session talks to one. */
  skills?: TurnSkills;
  /** Hunches and follow-up offers; without it the assistant offers nothing. */
  awareness?: TurnAwareness;
  /** Learned rewrites and preferences; without it nothing is learned or applied. */
  learning?: TurnLearning;
}

export interface TurnSkills {
  list: readonly Skill[];
  /** 0 ≤ r < 1: the order of quiz questions, which joke comes next. */
  random: () => number;
}

export interface TurnRoutines {
  list: readonly Routine[];
  settings: HomeSettings;
  newRunId: () => string;
  /** Device triggers being held: the run's changes may end a hold or start one. */
  held?: readonly HeldTrigger[];
}

export type TurnOutcome =
  /** Changed the home (or tried to: see execution.errors). */
  | 'acted'
  /** Answered a question from the home's state. */
  | 'answered'
  /** Asked back (which one?) and waits for the answer. */
  | 'asked'
  /** Understood but could not do it (no such device, unsupported), or did not understand. */
  | 'failed'
  /** Nothing to do: cancel, help, an empty line. */
  | 'said';

/** "Why?" for a turn, in plain words. */
export interface TurnExplanation {
  /** What was understood: "Turn off the lights in the kitchen". */
  understood: string;
  /** The intent and the slots, for people who like the detail. */
  intent: string;
  slots: Record<string, string | number>;
  /** The devices it was about, by name. */
  targets: { id: string; name: string }[];
  /** What changed, one line per change: "Kitchen ceiling: turned off". */
  changes: string[];
  /** Why these devices and values: "You said 'the lights' in the Kitchen, where you are". */
  reasons: string[];
  /** A turn a skill answered: which skill, its session in words, how the words were matched. */
  skill?: SkillExplanation;
  /** A turn that ended with an offer, or that answered one: what was offered and why. */
  offer?: OfferExplanation;
  /** A learned rewrite read the words: "I understood “X” as “Y” (learned on 3 March)". */
  rewrite?: { from: string; to: string; learnedAt: number; line: string };
}

export interface OfferExplanation {
  kind: 'hunch' | 'followUp' | 'rewrite';
  /** What I asked: "By the way, the garage door is open. Want me to close it?" */
  question: string;
  /** Why I asked: a follow-up's reason, a hunch's evidence. */
  reason: string;
  /** A hunch's evidence in words ("… it was off at this time on 12 of the last 14 days."). */
  text?: string;
  /** A follow-up's rule in plain words ("After the TV goes off late, offer Good night"). */
  rule?: string;
  /** A follow-up: how often you said yes to its rule, 0–1 (a new rule starts at 0.5). */
  acceptance?: number;
  /** On the turn that answered it: what you said. */
  answer?: 'yes' | 'no' | 'never';
}

export interface SkillExplanation {
  id: string;
  name: string;
  /** The template it was made from: "Trivia quiz". */
  template: string;
  /** The session after this turn ("Question 3 of 5", "Score: 2"); empty when it ended. */
  session: string[];
  /** How what was said was matched ("the closest question is …"). */
  matched?: string;
}

export interface TurnResult {
  reply: string;
  outcome: TurnOutcome;
  interpretation: Interpretation;
  commands: Command[];
  /** Present when commands ran: the home afterwards, its events, and per-command errors. */
  execution?: ExecuteResult;
  explanation: TurnExplanation;
  /** The dialogue state for the next turn. */
  state: DialogueState;
  /** A routine the turn ran: its runs to keep, what it said and notified (`execution` holds the home). */
  routineRun?: EngineResult;
  /** Something the person just taught, to save with the turn. */
  learned?: TaughtItem;
  /** What a skill now remembers between sessions, to save with the turn. */
  skillMemory?: { skillId: string; memory: unknown };
  /** The assistant's memory of answers after this turn (an offer counted, an answer), to save. */
  awareness?: AwarenessMemory;
  /** What is learned after this turn (a rewrite counted or confirmed, a preference), to save. */
  learning?: LearningState;
}
