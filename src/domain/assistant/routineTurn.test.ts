import { describe, expect, it } from 'vitest';
import type { Command } from '../home/commands.ts';
import { execute } from '../home/execute.ts';
import type { Home } from '../home/model.ts';
import { NOW } from '../home/testing.ts';
import { interpret } from '../language/interpret.ts';
import { routineSchema, type Routine } from '../routines/model.ts';
import { routinePhrases } from '../routines/phrases.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { demo, inputFor } from './testing.ts';
import { takeTurn } from './turn.ts';
import type { TurnResult } from './types.ts';

function routine(id: string, fields: Record<string, unknown>): Routine {
  return routineSchema.parse({
    id,
    name: id,
    enabled: true,
    triggers: [{ type: 'phrase', phrases: [id] }],
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'notify', title: id }],
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  });
}

const control = (entityId: string, command: string) => ({
  type: 'control',
  target: { kind: 'entity', entityId },
  command,
});

const goodNight = routine('good_night', {
  name: 'Good night',
  triggers: [{ type: 'phrase', phrases: ['good night', 'bed time'] }],
  conditions: [{ type: 'presence', is: 'home' }],
  actions: [
    control('light.living_room_lamp', 'turn_off'),
    control('lock.back_door', 'lock'),
    { type: 'say', text: 'Sleep well.' },
  ],
});

/** Says `text` in the living room with these routines saved. */
function sayWith(text: string, routines: Routine[], home: Home = demo()): TurnResult {
  let n = 0;
  return takeTurn(
    inputFor(home, {
      text,
      area: 'living_room',
      routines: { list: routines, settings: DEFAULT_SETTINGS, newRunId: () => `run-${++n}` },
    }),
  );
}

const stateIn = (result: TurnResult, id: string) =>
  result.execution?.home.entities.find((e) => e.id === id)?.state;

describe('interpret with routines', () => {
  it('reads a routine phrase as RunRoutine, before the built-in grammar', () => {
    const home = demo();
    const dark = routine('dark', {
      name: 'Dark',
      triggers: [{ type: 'phrase', phrases: ['turn off the lights'] }],
    });
    const routines = routinePhrases([goodNight, dark]);
    expect(interpret('Alexa, good nigth please', { home, routines })).toMatchObject({
      intent: 'RunRoutine',
      slots: { name: 'Good night' },
      targets: [],
      routine: { id: 'good_night', phrase: 'good night' },
    });
    expect(interpret('turn off the lights', { home, routines })).toMatchObject({
      intent: 'RunRoutine',
      routine: { id: 'dark', phrase: 'turn off the lights' },
    });
    // Without the routines, the same words are a command.
    expect(interpret('turn off the lights', { home }).intent).toBe('HassTurnOff');
    // A switched-off routine's phrase is not offered.
    const off = routinePhrases([{ ...goodNight, enabled: false }]);
    expect(interpret('good night', { home, routines: off }).intent).not.toBe('RunRoutine');
  });
});

describe('a turn that says a routine phrase', () => {
  it('runs the routine: the reply is its own words, the voice request its cause', () => {
    const result = sayWith('good night', [goodNight]);
    expect(result.reply).toBe('Sleep well.');
    expect(result.outcome).toBe('acted');
    expect(result.commands).toEqual([]);
    expect(stateIn(result, 'light.living_room_lamp')).toBe('off');
    expect(stateIn(result, 'lock.back_door')).toBe('locked');

    const run = result.routineRun!.runs[0]!;
    expect(run).toMatchObject({
      routineId: 'good_night',
      trigger: 'you said “good night”',
      startedAt: NOW,
      status: 'done',
      parent: { kind: 'voice', utterance: 'good night', area: 'living_room' },
    });
    const events = result.execution!.events;
    expect(events.map((e) => e.entityId)).toEqual(['light.living_room_lamp', 'lock.back_door']);
    for (const event of events)
      expect(event.cause).toMatchObject({
        kind: 'routine',
        routineId: 'good_night',
        runId: run.id,
        parent: { kind: 'voice', utterance: 'good night' },
      });

    expect(result.explanation).toMatchObject({
      understood: 'Run your routine “Good night”',
      intent: 'RunRoutine',
      slots: { name: 'Good night' },
      targets: [
        { id: 'light.living_room_lamp', name: 'Living room lamp' },
        { id: 'lock.back_door', name: 'Back door' },
      ],
      reasons: [
        '“good night” is a phrase of your routine “Good night”.',
        'It could run: Emma, Maya and Leo are home.',
      ],
    });
    expect(result.explanation.changes).toHaveLength(2);
  });

  it('is matched with fillers and small typos, naming the phrase that was meant', () => {
    const result = sayWith('hey, good nihgt please', [goodNight]);
    expect(result.routineRun?.runs[0]?.trigger).toBe('you said “good night”');
    expect(sayWith('Bed time!', [goodNight]).routineRun?.runs[0]?.trigger).toBe(
      'you said “bed time”',
    );
    expect(result.reply).toBe('Sleep well.');
  });

  it('wins over the built-in command with the same words', () => {
    const dark = routine('dark', {
      name: 'Dark',
      triggers: [{ type: 'phrase', phrases: ['turn off the lights'] }],
      actions: [control('light.garage', 'turn_on')],
    });
    const result = sayWith('turn off the lights', [dark]);
    expect(result.reply).toBe('OK, I ran “Dark”.');
    // Only the routine's action happened: the living room lights stay on.
    expect(stateIn(result, 'light.garage')).toBe('on');
    expect(stateIn(result, 'light.living_room_lamp')).toBe('on');
  });

  it('says so when it ran but nothing needed changing', () => {
    const already = routine('already', {
      name: 'Already',
      triggers: [{ type: 'phrase', phrases: ['check the lamp'] }],
      actions: [control('light.living_room_lamp', 'turn_on')],
    });
    expect(sayWith('check the lamp', [already]).reply).toBe(
      'OK, I ran “Already”. Everything was already as it says.',
    );
  });

  it('says why it did not run when a condition said no, and changes nothing', () => {
    const away = execute(
      demo(),
      ['person.emma', 'person.maya', 'person.leo'].map(
        (entityId) => ({ entityId, type: 'leave' }) as Command,
      ),
      { kind: 'manual' },
      NOW,
    ).home;
    const result = sayWith('good night', [goodNight], away);
    expect(result.reply).toBe("I didn't run “Good night”: nobody is home.");
    expect(result.outcome).toBe('failed');
    expect(result.execution?.events).toEqual([]);
    expect(result.routineRun?.runs.map((r) => r.status)).toEqual(['skipped']);
    expect(result.explanation.reasons).toContain('It could not run: nobody is home.');
  });

  it('says it has started when the routine waits', () => {
    const slow = routine('slow', {
      name: 'Slow',
      triggers: [{ type: 'phrase', phrases: ['slowly'] }],
      actions: [control('light.garage', 'turn_on'), { type: 'wait', seconds: 60 }],
    });
    const result = sayWith('slowly', [slow]);
    expect(result.reply).toBe('OK, “Slow” has started.');
    expect(result.routineRun?.runs[0]).toMatchObject({ status: 'waiting', resumeAt: NOW + 60_000 });
  });

  it('says which step did not work', () => {
    const taught = routine('taught', {
      name: 'Taught',
      triggers: [{ type: 'phrase', phrases: ['do the thing'] }],
      actions: [
        { type: 'run_taught', commandId: 'thing' },
        { type: 'say', text: 'Tried.' },
      ],
    });
    const result = sayWith('do the thing', [taught]);
    expect(result.outcome).toBe('failed');
    expect(result.reply).toBe(
      "Tried. “Taught” ran, but a step didn't work: the taught command no longer exists.",
    );
  });

  it("answers with the routine's own words only; its children's are kept apart", () => {
    const parent = routine('parent', {
      name: 'Parent',
      triggers: [{ type: 'phrase', phrases: ['family time'] }],
      actions: [
        { type: 'say', text: 'Parent here.' },
        { type: 'run_routine', routineId: 'child' },
      ],
    });
    const child = routine('child', {
      name: 'Child',
      actions: [{ type: 'say', text: 'Child here.' }],
    });
    const result = sayWith('family time', [parent, child]);
    expect(result.reply).toBe('Parent here.');
    expect(result.routineRun?.said.map((s) => s.text)).toEqual(['Parent here.', 'Child here.']);
    expect(result.routineRun?.runs.map((r) => [r.routineId, r.depth])).toEqual([
      ['parent', 0],
      ['child', 1],
    ]);
  });

  it('is an ordinary request when no routine has the phrase', () => {
    const result = sayWith('turn off the living room lamp', [goodNight]);
    expect(result.routineRun).toBeUndefined();
    expect(result.interpretation.intent).toBe('HassTurnOff');
    expect(stateIn(result, 'light.living_room_lamp')).toBe('off');
  });
});
