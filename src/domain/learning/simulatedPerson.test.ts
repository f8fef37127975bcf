import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { interpret } from '../language/interpret.ts';
import { understood } from '../language/taughtCommands.ts';
import { applyRewrites } from './apply.ts';
import { phraseKey } from './phrase.ts';
import { DISTRACTORS, MISPHRASINGS, simulatePerson } from './simulatedPerson.ts';

const home = demoHome(Date.UTC(2025, 2, 3, 8, 0));

describe('the scripted person', () => {
  it('says things the assistant fails on today, and rephrases them in words it knows', () => {
    expect(MISPHRASINGS.length).toBeGreaterThanOrEqual(10);
    for (const { said, rephrase } of [...MISPHRASINGS, ...DISTRACTORS]) {
      expect(understood(interpret(said, { home })), said).toBe(false);
      expect(understood(interpret(rephrase, { home })), rephrase).toBe(true);
    }
  });

  const figures = simulatePerson({ days: 5 });

  it('fails at least half as often on the last day as on the first', () => {
    expect(figures.before).toBe(1);
    expect(figures.after).toBeLessThanOrEqual(figures.before / 2);
    console.info(
      `simulated person: misphrasings failed ${(figures.before * 100).toFixed(0)} % on day 1, ` +
        `${(figures.after * 100).toFixed(0)} % on day ${figures.days.length}`,
    );
  });

  it('never promotes a wrong rewrite, nor learns from the distractors', () => {
    expect(figures.wrongPromoted).toEqual([]);
    const distractors = new Set(DISTRACTORS.map((d) => phraseKey(d.said)));
    expect(figures.state.rewrites.filter((r) => distractors.has(r.from))).toEqual([]);
    // Every promoted rewrite does what its own rephrase does.
    for (const r of figures.promoted) {
      const script = MISPHRASINGS.find((s) => phraseKey(s.said) === r.from)!;
      const applied = interpret(applyRewrites(script.said, figures.state).text, { home });
      expect(applied.targets, r.from).toEqual(interpret(script.rephrase, { home }).targets);
    }
  });

  it('keeps the safety-relevant rewrites waiting for a yes', () => {
    const waiting = figures.waitingForYes.map((r) => r.to).sort();
    expect(waiting).toEqual(['open the garage door', 'unlock the front door']);
    expect(figures.waitingForYes.every((r) => r.wins >= 5 && r.status === 'candidate')).toBe(true);
    expect(applyRewrites('let me in the front', figures.state).rewrites).toEqual([]);
  });

  it('with a yes, those work too', () => {
    const yes = simulatePerson({ days: 5, saysYesOnDay: 2 });
    expect(yes.after).toBe(0);
    expect(yes.waitingForYes).toEqual([]);
    expect(yes.wrongPromoted).toEqual([]);
    expect(applyRewrites('let me in the front', yes.state).text).toBe('unlock the front door');
  });
});
