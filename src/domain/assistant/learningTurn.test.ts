// Learning in the conversation, through takeTurn with the real interpreter: a failed request and
// its rephrase offered as a rewrite, "yes" making it work the next time with "Why?" saying so, a
// sensitive rewrite that waits for a yes however often it is seen, a used rewrite losing standing
// when it is taken back, and nothing learned while learning is paused.
import { describe, expect, it } from 'vitest';
import type { Home } from '../home/model.ts';
import { EMPTY_LEARNING, type LearningState, type ObservedTurn } from '../learning/types.ts';
import { demo, inputFor } from './testing.ts';
import { takeTurn } from './turn.ts';
import { EMPTY_VOCABULARY } from '../teaching/model.ts';
import type { DialogueState, TurnInput, TurnResult } from './types.ts';

/** 3 March 2025 at 18:00 UTC. */
const START = Date.UTC(2025, 2, 3, 18, 0);

/** A person talking in the living room, one turn every 20 seconds; the app's part played here. */
function conversation(
  learning: LearningState = EMPTY_LEARNING,
  home: Home = demo(),
  extra: Partial<TurnInput> = {},
) {
  let state: DialogueState = {};
  let now = START;
  let recent: ObservedTurn[] = [];
  const self = {
    home,
    learning,
    say(text: string, after = 20_000): TurnResult {
      now += after;
      const result = takeTurn(
        inputFor(self.home, {
          text,
          now,
          area: 'living_room',
          state,
          timeZone: 'UTC',
          learning: { state: self.learning, recent },
          ...extra,
        }),
      );
      state = result.state;
      self.home = result.execution?.home ?? self.home;
      self.learning = result.learning ?? self.learning;
      const rewriteId = result.interpretation.rewrite?.id;
      recent = [
        ...recent,
        {
          text,
          at: now,
          outcome: result.outcome,
          targets: result.interpretation.targets,
          ...(rewriteId !== undefined ? { rewriteId } : {}),
        },
      ];
      return result;
    },
    state: (id: string) => self.home.entities.find((e) => e.id === id)?.state,
    /** The app saw the last turn's change set back by hand (undoneByHand.ts). */
    undoneByHand: () => {
      recent = recent.map((t, i) => (i === recent.length - 1 ? { ...t, undone: true } : t));
    },
  };
  return self;
}

const LAMP = 'light.living_room_lamp';

describe('learning from a rephrase in conversation', () => {
  it('offers to remember a rephrase, and after a yes the first words work', () => {
    const talk = conversation();
    talk.say('turn on the living room lamp');
    expect(talk.state(LAMP)).toBe('on');
    expect(talk.say('kill the big lamp').outcome).toBe('failed');
    const rephrased = talk.say('turn off the living room lamp');
    expect(rephrased.outcome).toBe('acted');
    expect(rephrased.reply).toMatch(
      /From now on, shall I take “kill the big lamp” to mean “turn off the living room lamp”\?$/,
    );
    expect(rephrased.state.offer?.kind).toBe('rewrite');
    expect(rephrased.explanation.offer?.kind).toBe('rewrite');
    expect(talk.learning.rewrites).toHaveLength(1);
    expect(talk.learning.rewrites[0]?.status).toBe('candidate');

    const yes = talk.say('yes');
    expect(yes.reply).toBe(
      'OK. From now on, “kill the big lamp” means “turn off the living room lamp”.',
    );
    expect(talk.learning.rewrites[0]?.status).toBe('promoted');

    talk.say('turn on the living room lamp');
    const again = talk.say('kill the big lamp');
    expect(again.outcome).toBe('acted');
    expect(talk.state(LAMP)).toBe('off');
    expect(again.interpretation.text).toBe('kill the big lamp');
    expect(again.explanation.rewrite?.line).toBe(
      'I understood “kill the big lamp” as “turn off the living room lamp” (learned on 3 March).',
    );
    expect(again.explanation.reasons[0]).toBe(again.explanation.rewrite?.line);
    // It stood: a win for the rewrite.
    expect(talk.learning.rewrites[0]?.wins).toBe(2);
  });

  it('a rephrase instead of an answer to "Which device is it?" runs, and is offered', () => {
    const talk = conversation(EMPTY_LEARNING, demo(), { taught: EMPTY_VOCABULARY });
    const asked = talk.say('kill the big lamp');
    expect(asked.reply).toBe("I don't know “the big lamp”. Which device is it?");
    const rephrased = talk.say('turn off the living room lamp');
    expect(talk.state(LAMP)).toBe('off');
    expect(rephrased.state.teach).toBeUndefined();
    expect(rephrased.state.offer?.kind).toBe('rewrite');
  });

  it('forgets the candidate when the person says no', () => {
    const talk = conversation();
    talk.say('turn on the living room lamp');
    talk.say('kill the big lamp');
    talk.say('turn off the living room lamp');
    expect(talk.say('no').reply).toBe("OK, I won't take “kill the big lamp” that way.");
    expect(talk.learning.rewrites).toEqual([]);
  });

  it('promotes without asking after a second win, and says so', () => {
    const talk = conversation();
    for (let i = 0; i < 2; i++) {
      talk.say('turn on the living room lamp');
      talk.say('kill the big lamp');
      const last = talk.say('turn off the living room lamp');
      if (i === 1)
        expect(last.reply).toMatch(
          /I'll take “kill the big lamp” to mean “turn off the living room lamp” from now on\.$/,
        );
      // Not an answer to the offer: it is dropped, and the candidate stays.
      talk.say('is the front door locked', 200_000);
    }
    expect(talk.learning.rewrites[0]?.status).toBe('promoted');
  });

  it('never promotes a rewrite that unlocks without a yes', () => {
    const talk = conversation();
    for (let i = 0; i < 3; i++) {
      talk.say('close the garage door', 200_000);
      expect(talk.say('pop the garage').outcome).toBe('failed');
      const worked = talk.say('open the garage door');
      expect(worked.state.offer?.kind).toBe('rewrite');
      expect(worked.reply).toContain(
        "I'll only learn that one with your yes: it would open a door or the garage. From now on",
      );
    }
    const rewrite = talk.learning.rewrites[0];
    expect(rewrite?.sensitive).toBe(true);
    expect(rewrite?.why).toBe('open');
    expect(rewrite?.status).toBe('candidate');
    expect(rewrite?.wins).toBe(3);
    talk.say('yes');
    expect(talk.learning.rewrites[0]?.status).toBe('promoted');
  });

  it('learns nothing while paused, but still uses what it learned', () => {
    const talk = conversation({ ...EMPTY_LEARNING, paused: true });
    talk.say('turn on the living room lamp');
    talk.say('kill the big lamp');
    const rephrased = talk.say('turn off the living room lamp');
    expect(rephrased.state.offer).toBeUndefined();
    expect(talk.learning.rewrites).toEqual([]);
  });

  it('does not pair unrelated requests', () => {
    const talk = conversation();
    talk.say('make it cozy');
    const other = talk.say('turn on the kitchen light');
    expect(other.state.offer?.kind).not.toBe('rewrite');
    expect(talk.learning.rewrites).toEqual([]);
  });
});

describe('feedback: that is wrong, no I meant', () => {
  it('"that\'s wrong" takes the last change back and asks what was meant; the rephrase is learned', () => {
    const talk = conversation();
    talk.say('turn off the living room lamp');
    const wrong = talk.say('turn on the lamp');
    expect(wrong.outcome).toBe('acted');
    const on = wrong.interpretation.targets;
    expect(on.length).toBeGreaterThan(0);
    const back = talk.say("that's wrong");
    expect(back.reply).toMatch(
      /^Sorry — I put the .+ back as (it was|they were)\. What did you mean\?/,
    );
    for (const id of on) expect(talk.state(id)).toBe('off');
    const meant = talk.say('turn on the sideboard lamp');
    expect(talk.state('light.sideboard_lamp')).toBe('on');
    expect(meant.state.offer?.kind).toBe('rewrite');
    expect(talk.learning.rewrites[0]).toMatchObject({
      to: 'turn on the sideboard lamp',
      evidence: [{ failed: 'turn on the lamp', worked: 'turn on the sideboard lamp' }],
    });
  });

  it('"no, I meant the bedside lamp" takes it back and does what was meant', () => {
    const talk = conversation();
    talk.say('turn off the living room lamp');
    const wrong = talk.say('turn on the lamp');
    const meant = talk.say('no, I meant the bedside lamp');
    for (const id of wrong.interpretation.targets) expect(talk.state(id)).toBe('off');
    expect(talk.state('light.bedside_lamp')).toBe('on');
    expect(meant.outcome).toBe('acted');
    expect(meant.reply).toMatch(/^Sorry — I put the .+ back as (it was|they were)\. /);
    expect(meant.explanation.changes.length).toBeGreaterThanOrEqual(2);
    expect(meant.state.offer?.kind).toBe('rewrite');
    expect(talk.learning.rewrites[0]?.evidence[0]?.failed).toBe('turn on the lamp');
    expect(talk.learning.rewrites[0]?.to.toLowerCase()).toBe('turn on the bedside lamp');
  });

  it('a learned rewrite taken back loses standing, and is dropped when it keeps going wrong', () => {
    const talk = conversation();
    talk.say('turn on the living room lamp');
    talk.say('kill the big lamp');
    talk.say('turn off the living room lamp');
    talk.say('yes');
    for (let i = 0; i < 2; i++) {
      talk.say('turn on the living room lamp', 200_000);
      talk.say('kill the big lamp');
      talk.say('undo that');
      expect(talk.state(LAMP)).toBe('on');
    }
    expect(talk.learning.rewrites).toEqual([]);
  });

  it('a learned rewrite whose change was set back by hand loses standing', () => {
    const talk = conversation();
    talk.say('turn on the living room lamp');
    talk.say('kill the big lamp');
    talk.say('turn off the living room lamp');
    talk.say('yes');
    talk.say('turn on the living room lamp', 200_000);
    talk.say('kill the big lamp');
    expect(talk.learning.rewrites[0]).toMatchObject({ wins: 2, losses: 0 });
    talk.undoneByHand();
    talk.say('is the front door locked');
    expect(talk.learning.rewrites[0]).toMatchObject({ wins: 2, losses: 1 });
    // Counted once, not again on the turn after.
    talk.say('is the back door locked');
    expect(talk.learning.rewrites[0]?.losses).toBe(1);
  });

  it('"that\'s wrong" with nothing to take back changes nothing', () => {
    const talk = conversation();
    const home = talk.home;
    const said = talk.say("that's wrong");
    expect(said.outcome).toBe('said');
    expect(talk.home).toBe(home);
  });
});

describe('what the review found: safety and take-backs', () => {
  it('does not learn words that leaned on the conversation ("turn it off")', () => {
    const talk = conversation();
    for (let i = 0; i < 2; i++) {
      talk.say('turn on the living room lamp', 200_000);
      talk.say('nix the living room lamp');
      talk.say('turn it off');
    }
    expect(talk.learning.rewrites).toEqual([]);
  });

  it('reads the words as said when a rewrite never confirmed would now open an entry', () => {
    const learning: LearningState = {
      ...EMPTY_LEARNING,
      rewrites: [
        {
          id: 'rw_sesame',
          from: 'sesame',
          to: 'open the garage door',
          status: 'promoted',
          wins: 2,
          losses: 0,
          confirmed: false,
          sensitive: false,
          createdAt: START,
          promotedAt: START,
          evidence: [{ at: START, failed: 'sesame', worked: 'open the garage door' }],
        },
      ],
    };
    const talk = conversation(learning);
    const said = talk.say('sesame');
    expect(said.interpretation.rewrite).toBeUndefined();
    expect(talk.state('cover.garage_door')).toBe('closed');
    // With the person's yes it is read as learned.
    const rewrite = { ...learning.rewrites[0]!, confirmed: true };
    const yes = conversation({ ...learning, rewrites: [rewrite] });
    expect(yes.say('sesame').interpretation.rewrite?.id).toBe('rw_sesame');
    expect(yes.state('cover.garage_door')).not.toBe('closed');
  });

  it('taking a turn back never unlocks a door unasked', () => {
    const talk = conversation();
    talk.say('unlock the back door');
    talk.say('lock the back door');
    expect(talk.state('lock.back_door')).toBe('locked');
    const no = talk.say("that's wrong");
    expect(talk.state('lock.back_door')).toBe('locked');
    expect(no.reply).toMatch(/I left the Back door as it is: for safety/);
  });

  it('a take-back is not itself taken back by the next "that\'s wrong"', () => {
    const talk = conversation();
    talk.say('turn off the living room lamp');
    talk.say("that's wrong");
    expect(talk.state(LAMP)).toBe('on');
    talk.say('undo that');
    expect(talk.state(LAMP)).toBe('on');
  });

  it('"no, I meant …" after "no, I meant …" takes back only the second request', () => {
    const talk = conversation();
    talk.say('turn off the living room lamp');
    talk.say('turn on the lamp');
    talk.say('no, I meant the bedside lamp');
    talk.say("that's wrong");
    expect(talk.state('light.bedside_lamp')).toBe('off');
    expect(talk.state(LAMP)).toBe('off');
  });

  it('"that\'s wrong" while the offer to remember is open takes the turn back and forgets it', () => {
    const talk = conversation();
    talk.say('turn on the living room lamp');
    talk.say('kill the big lamp');
    talk.say('turn off the living room lamp');
    expect(talk.learning.rewrites).toHaveLength(1);
    talk.say("that's wrong");
    expect(talk.state(LAMP)).toBe('on');
    expect(talk.learning.rewrites).toEqual([]);
  });

  it('a yes long after the offer is no answer to it', () => {
    const talk = conversation();
    talk.say('turn on the living room lamp');
    talk.say('kill the big lamp');
    talk.say('turn off the living room lamp');
    talk.say('yes', 10 * 60_000);
    expect(talk.learning.rewrites[0]?.status).toBe('candidate');
  });

  it('"no, I meant …" that cannot be done takes nothing back', () => {
    const talk = conversation();
    talk.say('turn off the living room lamp');
    talk.say('turn on the lamp');
    const said = talk.say('no, I meant the flux capacitor');
    expect(talk.state(LAMP)).toBe('on');
    expect(said.reply).not.toMatch(/put the/);
  });
});
