// A scripted simulated person in the demo home, for the learning tests and the bench. Each day
// they make each of their misphrased requests; when it fails they rephrase it half a minute
// later in words the assistant knows. They also do things learning must not learn from: a failed
// request followed by an unrelated one, or by a request for another device. The real interpreter
// runs with the learned rewrites applied in front of it, exactly as the app will use them.
import { demoHome } from '../home/scenarios/demo.ts';
import type { Home } from '../home/model.ts';
import type { Interpretation } from '../language/types.ts';
import { interpret } from '../language/interpret.ts';
import { understood } from '../language/taughtCommands.ts';
import { confirm, reportOutcome } from './learn.ts';
import { observe } from './observe.ts';
import { phraseKey } from './phrase.ts';
import { rephraseIn } from './signals.ts';
import {
  EMPTY_LEARNING,
  type LearnedRewrite,
  type LearningState,
  type ObservedTurn,
} from './types.ts';

export interface Script {
  /** What the person says first, which the assistant does not understand as meant. */
  said: string;
  /** What they say next, which it does. */
  rephrase: string;
}

/** Misphrasings for the demo home and how the person puts them right. */
export const MISPHRASINGS: readonly Script[] = [
  { said: 'kill the big lamp', rephrase: 'turn off the living room lamp' },
  { said: 'crank up the tunes in the kitchen', rephrase: 'turn up the kitchen speaker' },
  { said: 'get the coffee going', rephrase: 'turn on the coffee machine' },
  { said: 'blow some air in the office', rephrase: 'turn on the desk fan' },
  { said: 'nuke the porch light', rephrase: 'switch off the porch light' },
  { said: 'hit the lights in the garage', rephrase: 'turn on the garage light' },
  { said: 'shut the telly up', rephrase: 'mute the tv' },
  { said: 'crack the office shade', rephrase: 'open the office shade' },
  { said: 'give the kids some light', rephrase: "turn on the kids' room light" },
  { said: 'air the bathroom', rephrase: 'turn on the bathroom fan' },
  { said: 'toasty living room', rephrase: 'warm up the living room' },
  // Sensitive: these must wait for the person's yes.
  { said: 'pop the garage', rephrase: 'open the garage door' },
  { said: 'let me in the front', rephrase: 'unlock the front door' },
];

/** A failed request followed by something else: never a rewrite. */
export const DISTRACTORS: readonly Script[] = [
  // Nothing in common: the person gave up on "cozy" and did something else.
  { said: 'make it cozy', rephrase: 'turn on the kitchen light' },
  // Another device of the same room.
  { said: 'juice the printer', rephrase: 'turn on the desk fan' },
  // Another device of the same kind.
  { said: 'zap the porch light', rephrase: 'turn on the garden lights' },
];

export interface DayFigures {
  day: number;
  /** Misphrasings said that day, and how many of them failed. */
  said: number;
  failed: number;
}

export interface SimulationFigures {
  days: DayFigures[];
  /** Failure rate of the misphrasings on the first and on the last day (0–1). */
  before: number;
  after: number;
  /** Rewrites promoted at the end, and those whose words are not a script's own pair. */
  promoted: LearnedRewrite[];
  wrongPromoted: LearnedRewrite[];
  /** Sensitive rewrites still waiting for a yes at the end. */
  waitingForYes: LearnedRewrite[];
  state: LearningState;
}

export interface SimulationOptions {
  days?: number;
  /** Day (1-based) on which the person answers yes to every sensitive rewrite waiting for one. */
  saysYesOnDay?: number;
  /** Epoch ms of the first day's morning. */
  start?: number;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** What a request does: its intent and devices, for telling "worked as meant" from a failure. */
const effectOf = (i: Interpretation) =>
  understood(i) ? `${i.intent}:${[...i.targets].sort().join(',')}` : undefined;
const effect = (text: string, home: Home) => effectOf(interpret(text, { home }));

/** Replays the person over several days and counts how often the misphrasings failed. */
export function simulatePerson(options: SimulationOptions = {}): SimulationFigures {
  const days = options.days ?? 5;
  const start = options.start ?? Date.UTC(2025, 2, 3, 8, 0);
  const home = demoHome(start);
  const context = { home };
  const meant = new Map(MISPHRASINGS.map((s) => [s.said, effect(s.rephrase, home)]));
  let state: LearningState = EMPTY_LEARNING;
  const figures: DayFigures[] = [];

  const sayAndRephrase = (script: Script, at: number, misphrasing: boolean) => {
    // As the app reads a request: with what was learned (interpret applies the rewrites).
    const reading = interpret(script.said, { ...context, learned: state.rewrites });
    const rewrite = reading.rewrite;
    const did = effectOf(reading);
    const worked = did !== undefined && (!misphrasing || did === meant.get(script.said));
    if (rewrite) state = reportOutcome(state, rewrite.id, worked ? 'worked' : 'failed', at).state;
    if (worked) return true;
    const first: ObservedTurn = { text: script.said, at, outcome: did ? 'acted' : 'failed' };
    // Something was done, but not what was meant: the person says "no" first.
    const turns: ObservedTurn[] = did
      ? [first, { text: 'no', at: at + 10_000, outcome: 'said' }]
      : [first];
    const rephraseAt = at + 30_000;
    const rephrased = interpret(script.rephrase, context);
    turns.push({
      text: script.rephrase,
      at: rephraseAt,
      outcome: 'acted',
      targets: rephrased.targets,
    });
    const pair = rephraseIn(turns, context);
    if (pair) state = observe(state, pair, context, rephraseAt).state;
    return false;
  };

  for (let day = 1; day <= days; day++) {
    let at = start + (day - 1) * DAY;
    let failed = 0;
    for (const script of MISPHRASINGS) {
      if (!sayAndRephrase(script, at, true)) failed++;
      at += 10 * MINUTE;
    }
    for (const script of DISTRACTORS) {
      sayAndRephrase(script, at, false);
      at += 10 * MINUTE;
    }
    if (day === options.saysYesOnDay)
      for (const r of state.rewrites)
        if (r.sensitive && !r.confirmed) state = confirm(state, r.id, at).state;
    figures.push({ day, said: MISPHRASINGS.length, failed });
  }

  const rate = (d: DayFigures | undefined) => (d ? d.failed / d.said : 0);
  const own = new Set(MISPHRASINGS.map((s) => `${phraseKey(s.said)}|${phraseKey(s.rephrase)}`));
  const promoted = state.rewrites.filter((r) => r.status === 'promoted');
  return {
    days: figures,
    before: rate(figures[0]),
    after: rate(figures[figures.length - 1]),
    promoted,
    wrongPromoted: promoted.filter((r) => !own.has(`${r.from}|${phraseKey(r.to)}`)),
    waitingForYes: state.rewrites.filter((r) => r.sensitive && r.status === 'candidate'),
    state,
  };
}

/** `count` promoted rewrites of made-up words, for measuring lookups (the bench). */
export function syntheticRewrites(count: number, now: number): LearningState {
  const rewrites: LearnedRewrite[] = [];
  for (let i = 0; i < count; i++) {
    const from = `zorp${i} blim`;
    rewrites.push({
      id: `rw_synthetic_${i}`,
      from,
      to: 'turn on the kitchen light',
      status: 'promoted',
      wins: 2,
      losses: 0,
      confirmed: false,
      sensitive: false,
      createdAt: now,
      promotedAt: now,
      evidence: [{ at: now, failed: from, worked: 'turn on the kitchen light' }],
    });
  }
  return { ...EMPTY_LEARNING, rewrites };
}
