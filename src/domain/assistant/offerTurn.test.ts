// Offers in the conversation, through takeTurn with the real interpreter: a hunch spoken after
// "good night" and answered by voice (yes, no, don't ask again), a follow-up offered after a
// request and answered, words that are no answer dropping the offer, one offer per turn at most,
// and none while another dialogue waits for an answer.
import { describe, expect, it } from 'vitest';
import { blueprintById } from '../blueprints/registry.ts';
import type { Skill } from '../blueprints/model.ts';
import { seeded } from '../blueprints/testing.ts';
import {
  EMPTY_MEMORY,
  type AwarenessMemory,
  type Hunch,
  type MomentKind,
} from '../awareness/types.ts';
import type { Home } from '../home/model.ts';
import { routineSchema, type Routine } from '../routines/model.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { demo, inputFor } from './testing.ts';
import { readAnswer } from './offerAnswer.ts';
import { offerStateSchema } from './offerState.ts';
import { takeTurn } from './turn.ts';
import type { DialogueState, TurnInput, TurnResult } from './types.ts';

/** 3 March 2025 at "HH:MM" UTC, the home's time zone in these tests. */
const at = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return Date.UTC(2025, 2, 3, h, m);
};

function routine(id: string, name: string, phrases: string[], actions: unknown[]): Routine {
  return routineSchema.parse({
    id,
    name,
    enabled: true,
    triggers: [{ type: 'phrase', phrases }],
    conditionMode: 'all',
    conditions: [],
    actions,
    createdAt: 0,
    updatedAt: 0,
  });
}
const control = (entityId: string, command: string) => ({
  type: 'control',
  target: { kind: 'entity', entityId },
  command,
});
const goodNight = routine(
  'routine.good_night',
  'Good night',
  ['good night'],
  [control('light.living_room_lamp', 'turn_off'), { type: 'say', text: 'Sleep well.' }],
);
const leaving = routine(
  'routine.leaving',
  'Leaving home',
  ["I'm leaving"],
  [control('light.living_room_ceiling', 'turn_off')],
);

const GARAGE = 'cover.garage_door';
const garageHunch: Hunch = {
  id: `${GARAGE}|open`,
  entityId: GARAGE,
  entityName: 'Garage door',
  domain: 'cover',
  area: 'garage',
  actual: 'open',
  kind: 'cover.garage:open',
  evidence: {
    population: { kind: 'moment', moment: 'bedtime' },
    usual: 'closed',
    agreeing: 9,
    sampled: 10,
    samples: [],
    byNow: true,
  },
  fix: { entityId: GARAGE, type: 'close' },
  text: 'The garage door is usually closed after good night — it was closed after 9 of the last 10 good nights.',
  question: 'Close it?',
  spoken: 'By the way, the garage door is open. Want me to close it?',
  confidence: 0.9,
};

/** The demo home with its garage door left open. */
function garageOpen(): Home {
  const home = demo();
  return {
    ...home,
    entities: home.entities.map((e) =>
      e.id === GARAGE && e.domain === 'cover'
        ? { ...e, state: 'open', attributes: { ...e.attributes, position: 100 } }
        : e,
    ),
  };
}

interface Options {
  home?: Home;
  time?: string;
  routines?: Routine[];
  hunches?: Hunch[];
  memory?: AwarenessMemory;
  extra?: Partial<TurnInput>;
}

interface Talk {
  results: TurnResult[];
  replies: string[];
  home: Home;
  memory: AwarenessMemory;
  state: DialogueState;
  /** Every question the hunch finder was asked: the moment, and the home it was asked about. */
  asked: { moment: MomentKind | undefined; home: Home }[];
  state_of(id: string): string | undefined;
}

/** A conversation: the home, the dialogue state and the memory carried from turn to turn. */
function talk(lines: string[], options: Options = {}): Talk {
  let home = options.home ?? demo();
  let state: DialogueState = {};
  let memory = options.memory ?? EMPTY_MEMORY;
  const asked: Talk['asked'] = [];
  let run = 0;
  const results = lines.map((text) => {
    const result = takeTurn(
      inputFor(home, {
        text,
        state,
        now: at(options.time ?? '23:10'),
        area: 'living_room',
        timeZone: 'UTC',
        routines: {
          list: options.routines ?? [goodNight, leaving],
          settings: DEFAULT_SETTINGS,
          newRunId: () => `run-${++run}`,
        },
        awareness: {
          memory,
          hunches: (h, moment) => {
            asked.push({ moment, home: h });
            return options.hunches ?? [garageHunch];
          },
        },
        ...options.extra,
      }),
    );
    home = result.execution?.home ?? home;
    state = result.state;
    memory = result.awareness ?? memory;
    // What is kept between turns must survive being saved and read back.
    if (state.offer)
      expect(offerStateSchema.parse(JSON.parse(JSON.stringify(state.offer)))).toEqual(state.offer);
    return result;
  });
  return {
    results,
    replies: results.map((r) => r.reply),
    home,
    memory,
    state,
    asked,
    state_of: (id) => home.entities.find((e) => e.id === id)?.state,
  };
}

describe('a hunch spoken after good night', () => {
  it('is said after the routine, about the home as the routine left it', () => {
    const t = talk(['good night'], { home: garageOpen() });
    expect(t.replies[0]).toBe(
      'Sleep well. By the way, the garage door is open. Want me to close it?',
    );
    expect(t.asked).toHaveLength(1);
    expect(t.asked[0]!.moment).toBe('bedtime');
    expect(t.asked[0]!.home.entities.find((e) => e.id === 'light.living_room_lamp')?.state).toBe(
      'off',
    );
    expect(t.state.offer).toEqual({ kind: 'hunch', hunch: garageHunch });
    expect(t.results[0]!.explanation.offer).toEqual({
      kind: 'hunch',
      question: garageHunch.spoken,
      reason: garageHunch.text,
      text: garageHunch.text,
    });
    expect(t.results[0]!.explanation.reasons).toContain(
      'I asked because the garage door is usually closed after good night — it was closed after 9 of the last 10 good nights.',
    );
  });

  it('"yes" closes the garage door, with the hunch as the cause', () => {
    const t = talk(['good night', 'yes'], { home: garageOpen() });
    expect(t.replies[1]).toBe('Closing the Garage door.');
    expect(t.state_of(GARAGE)).toBe('closing');
    const [event] = t.results[1]!.execution!.events;
    expect(event?.cause).toEqual({
      kind: 'hunch',
      hunchId: garageHunch.id,
      text: garageHunch.text,
      parent: { kind: 'voice', utterance: 'yes', area: 'living_room' },
    });
    expect(t.results[1]!.interpretation.intent).toBe('AnswerOffer');
    expect(t.results[1]!.explanation.offer?.answer).toBe('yes');
    expect(t.state.offer).toBeUndefined();
    expect(t.memory.hunchKinds[garageHunch.kind]?.accepted).toBe(1);
  });

  it('"no" leaves it and is not asked again this evening', () => {
    const t = talk(['good night', 'not now'], { home: garageOpen() });
    expect(t.replies[1]).toBe("OK, I'll leave it.");
    expect(t.state_of(GARAGE)).toBe('open');
    expect(t.results[1]!.execution).toBeUndefined();
    expect(t.memory.snoozed[garageHunch.id]).toBeGreaterThan(at('23:10'));
    // Good night again: the finder still has the hunch, the snooze keeps it unsaid.
    const again = talk(['good night'], { home: garageOpen(), memory: t.memory });
    expect(again.replies[0]).toBe('Sleep well.');
    expect(again.state.offer).toBeUndefined();
  });

  it('"don\'t ask me about that" silences the device', () => {
    const t = talk(['good night', "don't ask me about that"], { home: garageOpen() });
    expect(t.replies[1]).toBe("OK, I won't ask about the Garage door again.");
    expect(t.memory.neverAsk).toContain(GARAGE);
    expect(t.results[1]!.explanation.offer?.answer).toBe('never');
    const again = talk(['good night'], { home: garageOpen(), memory: t.memory });
    expect(again.replies[0]).toBe('Sleep well.');
  });

  it('is asked about leaving after "I\'m leaving", and about nothing after other requests', () => {
    expect(talk(["I'm leaving"], { hunches: [] }).asked.map((a) => a.moment)).toEqual(['leaving']);
    // The words alone mark the moment, with no routine for them.
    expect(talk(['goodnight, turn off the kitchen lights'], { routines: [] }).asked).toHaveLength(
      1,
    );
    expect(talk(['turn off the kitchen lights']).asked).toHaveLength(0);
  });

  it('is not said when the device is no longer as the hunch says', () => {
    // The garage door is closed in the demo home: a stale hunch about it is not said.
    const t = talk(['good night']);
    expect(t.replies[0]).toBe('Sleep well.');
  });
});

describe('a follow-up offered after a request', () => {
  it('offers Good night after the TV goes off late, and "yes please" runs it', () => {
    const t = talk(['turn off the TV', 'yes please'], { hunches: [] });
    expect(t.replies[0]).toBe('Turned off the Living room TV. Shall I run Good night?');
    expect(t.results[0]!.explanation.offer).toEqual({
      kind: 'followUp',
      question: 'Shall I run Good night?',
      reason:
        'You turned off the Living room TV at 23:10, and “Good night” is your routine for bedtime.',
      rule: 'After the TV goes off late, offer Good night',
      acceptance: 0.5,
    });
    expect(t.results[0]!.awareness?.followUps['tv-off-late-good-night']?.offered).toBe(1);

    expect(t.replies[1]).toBe('Sleep well.');
    expect(t.state_of('light.living_room_lamp')).toBe('off');
    const [event] = t.results[1]!.execution!.events;
    expect(event?.cause).toMatchObject({
      kind: 'routine',
      routineId: goodNight.id,
      parent: {
        kind: 'offer',
        ruleId: 'tv-off-late-good-night',
        question: 'Shall I run Good night?',
        parent: { kind: 'voice', utterance: 'yes please' },
      },
    });
    expect(t.results[1]!.explanation.understood).toBe('Yes to “Shall I run Good night?”');
    expect(t.results[1]!.explanation.offer?.answer).toBe('yes');
    expect(t.memory.followUps['tv-off-late-good-night']).toMatchObject({ offered: 1, accepted: 1 });
  });

  it('does what a follow-up with commands says, with the offer as the cause', () => {
    // The leaving routine leaves the Back door unlocked; no hunch, so the follow-up is offered.
    const t = talk(["I'm leaving", 'sure'], { hunches: [], time: '08:00' });
    expect(t.replies[0]).toMatch(/ Lock the Back door too\?$/);
    expect(t.replies[1]).toBe('Locked the Back door.');
    expect(t.state_of('lock.back_door')).toBe('locked');
    expect(t.results[1]!.execution!.events[0]?.cause).toEqual({
      kind: 'offer',
      ruleId: 'leaving-lock-doors',
      question: 'Lock the Back door too?',
      parent: { kind: 'voice', utterance: 'sure', area: 'living_room' },
    });
  });

  it('"no" counts a decline; "never" switches the rule off for good', () => {
    const declined = talk(['turn off the TV', 'no thanks'], { hunches: [] });
    expect(declined.replies[1]).toBe("OK, I'll leave it.");
    expect(declined.memory.followUps['tv-off-late-good-night']).toMatchObject({
      offered: 1,
      declined: 1,
      declinedInARow: 1,
    });

    const never = talk(
      ['turn off the TV', "don't ask again", 'turn on the TV', 'turn off the TV'],
      {
        hunches: [],
      },
    );
    expect(never.replies[1]).toBe("OK, I won't offer that again.");
    expect(never.memory.followUpsOff).toContain('tv-off-late-good-night');
    expect(never.replies[3]).toBe('Turned off the Living room TV.');
  });

  it('goes quiet after three declines in a row', () => {
    const lines = ['turn off the TV', 'no', 'turn on the TV'];
    const t = talk([...lines, ...lines, ...lines, 'turn off the TV'], { hunches: [] });
    expect(t.replies.filter((r) => r.endsWith('Shall I run Good night?'))).toHaveLength(3);
    expect(t.replies.at(-1)).toBe('Turned off the Living room TV.');
  });

  it('is dropped, uncounted, by words that are no answer, which are a request of their own', () => {
    const t = talk(['turn off the TV', 'turn on the garage light', 'yes'], { hunches: [] });
    expect(t.replies[1]).toBe('Turned on the Garage light.');
    expect(t.memory.followUps['tv-off-late-good-night']).toMatchObject({
      offered: 1,
      accepted: 0,
      declined: 0,
    });
    // The offer is gone: "yes" now is just a yes, and Good night does not run.
    expect(t.results[2]!.interpretation.intent).not.toBe('AnswerOffer');
    expect(t.state_of('light.living_room_lamp')).toBe('on');
  });
});

describe('one offer at most, and only when nothing else waits for an answer', () => {
  it('speaks the hunch, not the follow-up as well, after leaving', () => {
    const t = talk(["I'm leaving"], { home: garageOpen(), time: '08:00' });
    expect(t.replies[0]).toBe(
      'OK, I ran “Leaving home”. By the way, the garage door is open. Want me to close it?',
    );
    expect(t.results[0]!.awareness).toBeUndefined();
  });

  it('offers nothing without awareness', () => {
    const t = talk(['good night'], { home: garageOpen(), extra: { awareness: undefined } });
    expect(t.replies[0]).toBe('Sleep well.');
    expect(t.state.offer).toBeUndefined();
  });

  it('offers nothing in a skill session, even when its name sounds like bedtime', () => {
    const stories: Skill = {
      id: 's-stories',
      blueprint: 'jokes',
      name: 'Goodnight jokes',
      phrases: [],
      status: 'enabled',
      config: blueprintById('jokes').example,
      createdAt: 0,
      updatedAt: 0,
    };
    const t = talk(['open goodnight jokes'], {
      home: garageOpen(),
      extra: { skills: { list: [stories], random: seeded(3) } },
    });
    expect(t.state.skill).toBeDefined();
    expect(t.state.offer).toBeUndefined();
    expect(t.replies[0]).not.toContain('By the way');
  });

  it('offers nothing while the teach dialogue asks what new words mean', () => {
    const t = talk(['goodnight sweetheart'], {
      home: garageOpen(),
      routines: [],
      extra: { taught: { commands: [], concepts: [], names: [] } },
    });
    expect(t.state.teach).toBeDefined();
    expect(t.state.offer).toBeUndefined();
  });

  it('does not offer on a turn that answered an offer', () => {
    // "yes" runs Good night, a bedtime routine: the garage hunch would otherwise be spoken.
    const t = talk(['turn off the TV', 'yes'], { home: garageOpen() });
    expect(t.replies[1]).toBe('Sleep well.');
    expect(t.state.offer).toBeUndefined();
  });
});

describe('readAnswer', () => {
  it.each([
    ['yes', 'yes'],
    ['Sure!', 'yes'],
    ['ok', 'yes'],
    ['please do', 'yes'],
    ['Go ahead.', 'yes'],
    ['yes please', 'yes'],
    ['no', 'no'],
    ['No thanks', 'no'],
    ['not now', 'no'],
    ["don't ask again", 'never'],
    ['Never', 'never'],
    ["don't ask me about that", 'never'],
    ['do not ask me about that again', 'never'],
    ['stop asking', 'never'],
    ['never mind', 'no'],
    ['turn on the kitchen lights', undefined],
    ['what time is it', undefined],
  ] as const)('%s → %s', (text, answer) => {
    expect(readAnswer(text)).toBe(answer);
  });
});
