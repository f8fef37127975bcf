import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import type { Action, Routine } from './model.ts';
import { routineSchema } from './model.ts';
import { advanceRun, interruptRun, MAX_DEPTH, startRun } from './run.ts';
import { commandsForControl } from './controls.ts';
import type { TaughtCommand } from '../teaching/model.ts';

const NOW = Date.parse('2026-03-03T22:30:00Z');
const home = demoHome(Date.parse('2026-03-03T19:30:00Z'));
const state = (h: typeof home, id: string) => h.entities.find((e) => e.id === id)?.state;

function routine(actions: Action[], extra: Partial<Routine> = {}): Routine {
  const r: Routine = {
    id: 'good_night',
    name: 'Good night',
    enabled: true,
    triggers: [{ type: 'phrase', phrases: ['good night'] }],
    conditionMode: 'all',
    conditions: [],
    actions,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
  expect(routineSchema.safeParse(r).success).toBe(true);
  return r;
}

const lightsOff: Action = {
  type: 'control',
  target: { kind: 'area', areaId: 'living_room', domain: 'light' },
  command: 'turn_off',
};
const lockBack: Action = {
  type: 'control',
  target: { kind: 'entity', entityId: 'lock.back_door' },
  command: 'lock',
};

describe('commandsForControl', () => {
  it('turns "all lights in a room" into one command per light there', () => {
    const planned = commandsForControl(lightsOff as Extract<Action, { type: 'control' }>, home);
    expect(planned.ok && planned.commands.map((c) => c.entityId)).toEqual([
      'light.living_room_ceiling',
      'light.living_room_lamp',
      'light.tv_backlight',
    ]);
  });

  it('puts the value in the field its command takes', () => {
    const planned = commandsForControl(
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'climate.living_room' },
        command: 'set_temperature',
        value: 18,
      },
      home,
    );
    expect(planned.ok && planned.commands).toEqual([
      { entityId: 'climate.living_room', type: 'set_temperature', temperature: 18 },
    ]);
  });

  it('says why when a device is gone, a value is missing or nothing there can do it', () => {
    const gone = commandsForControl(
      { type: 'control', target: { kind: 'entity', entityId: 'light.attic' }, command: 'turn_on' },
      home,
    );
    expect(gone).toEqual({ ok: false, why: 'the device no longer exists' });
    const noValue = commandsForControl(
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'light.hallway' },
        command: 'set_brightness',
      },
      home,
    );
    expect(noValue.ok).toBe(false);
    const unable = commandsForControl(
      {
        type: 'control',
        target: { kind: 'area', areaId: 'hallway', domain: 'lock' },
        command: 'turn_on',
      },
      home,
    );
    expect(unable).toEqual({ ok: false, why: 'those devices cannot turn on' });
  });
});

describe('a run', () => {
  it('does its actions in order, with the routine as the cause of every event', () => {
    const r = routine([lightsOff, lockBack, { type: 'say', text: 'Sleep well' }]);
    const run = startRun(r, "you said 'good night'", NOW, 'run1');
    const out = advanceRun(run, r, home, NOW);
    expect(out.run.status).toBe('done');
    expect(state(out.home, 'light.living_room_lamp')).toBe('off');
    expect(state(out.home, 'lock.back_door')).toBe('locked');
    expect(out.effects.said.map((s) => s.text)).toEqual(['Sleep well']);
    expect(out.events.every((e) => e.cause.kind === 'routine')).toBe(true);
    expect(out.events[0]?.cause).toMatchObject({
      routineName: 'Good night',
      trigger: "you said 'good night'",
    });
    expect(out.run.steps.map((s) => [s.index, s.status, s.eventIds.length])).toEqual([
      [0, 'done', 3],
      [1, 'done', 1],
      [2, 'done', 0],
    ]);
  });

  it('waits on the simulated clock and carries on from where it stopped', () => {
    const r = routine([lightsOff, { type: 'wait', seconds: 600 }, lockBack]);
    const first = advanceRun(startRun(r, 'at 22:30', NOW, 'run2'), r, home, NOW);
    expect(first.run).toMatchObject({ status: 'waiting', next: 2, resumeAt: NOW + 600_000 });
    expect(state(first.home, 'lock.back_door')).toBe('unlocked');
    // Not yet due: nothing happens.
    const early = advanceRun(first.run, r, first.home, NOW + 60_000);
    expect(early.events).toEqual([]);
    // Due long ago (the clock jumped): the action happens at its due time.
    const later = advanceRun(first.run, r, first.home, NOW + 3_600_000);
    expect(later.run.status).toBe('done');
    expect(later.events[0]?.at).toBe(NOW + 600_000);
    expect(state(later.home, 'lock.back_door')).toBe('locked');
  });

  it('skips disabled actions, and fails a step with a reason without stopping the rest', () => {
    const r = routine([
      { ...lockBack, disabled: true },
      { type: 'control', target: { kind: 'entity', entityId: 'light.attic' }, command: 'turn_on' },
      lightsOff,
    ]);
    const out = advanceRun(startRun(r, 'now', NOW, 'run3'), r, home, NOW);
    expect(out.run.status).toBe('failed');
    expect(out.run.steps.map((s) => [s.status, s.detail])).toEqual([
      ['skipped', 'turned off in the routine'],
      ['failed', 'the device no longer exists'],
      ['done', undefined],
    ]);
    expect(state(out.home, 'lock.back_door')).toBe('unlocked');
    expect(state(out.home, 'light.living_room_ceiling')).toBe('off');
  });

  it('is skipped, and says so, when its conditions are not met', () => {
    const r = routine([lightsOff], {
      conditions: [{ type: 'presence', is: 'home' }],
    });
    const run = startRun(r, 'at 22:30', NOW, 'run4', {
      conditions: [{ ok: false, why: 'nobody is home' }],
    });
    expect(run.status).toBe('skipped');
    expect(advanceRun(run, r, home, NOW).events).toEqual([]);
  });

  it('asks for routines it runs to be started, and is stopped when routines nest too deep', () => {
    const r = routine([{ type: 'run_routine', routineId: 'lights_out' }]);
    expect(advanceRun(startRun(r, 'now', NOW, 'run5'), r, home, NOW).effects.start).toEqual([
      { routineId: 'lights_out', at: NOW },
    ]);
    const deep = startRun(r, 'now', NOW, 'run6', { depth: MAX_DEPTH + 1 });
    const stopped = advanceRun(deep, r, home, NOW);
    expect(stopped.run.status).toBe('stopped');
    expect(stopped.effects.start).toEqual([]);
  });

  it('is marked interrupted, not replayed, when the app was closed during a wait', () => {
    const r = routine([{ type: 'wait', seconds: 60 }, lockBack]);
    const waiting = advanceRun(startRun(r, 'now', NOW, 'run7'), r, home, NOW).run;
    const interrupted = interruptRun(waiting, NOW + 3_600_000);
    expect(interrupted.status).toBe('interrupted');
    expect(advanceRun(interrupted, r, home, NOW + 3_600_000).events).toEqual([]);
  });
});

describe('a step that does a taught command', () => {
  const movieMode: TaughtCommand = {
    id: 'taught-movie',
    kind: 'command',
    source: 'conversation',
    taughtAt: NOW - 86_400_000,
    updatedAt: NOW - 86_400_000,
    phrases: ['movie mode'],
    steps: [
      {
        type: 'control',
        target: { kind: 'entity', entityId: 'light.living_room_lamp' },
        command: 'set_brightness',
        value: 20,
      },
      { type: 'say', text: 'Enjoy the film.' },
    ],
  };

  it('does its steps, caused by the taught command within the routine', () => {
    const r = routine([{ type: 'run_taught', commandId: 'taught-movie' }]);
    const out = advanceRun(startRun(r, 'now', NOW, 'run-t'), r, home, NOW, [movieMode]);
    expect(out.run.status).toBe('done');
    const lamp = out.home.entities.find((e) => e.id === 'light.living_room_lamp');
    expect(lamp?.attributes).toMatchObject({ brightness: 20 });
    expect(out.events[0]?.cause).toMatchObject({
      kind: 'taught',
      phrase: 'movie mode',
      parent: { kind: 'routine', routineId: r.id, runId: 'run-t' },
    });
    expect(out.effects.said).toEqual([{ text: 'Enjoy the film.', at: NOW }]);
  });

  it('fails the step, saying so, when the taught command is gone', () => {
    const r = routine([{ type: 'run_taught', commandId: 'taught-gone' }]);
    const out = advanceRun(startRun(r, 'now', NOW, 'run-g'), r, home, NOW, [movieMode]);
    expect(out.run.status).toBe('failed');
    expect(out.run.steps[0]).toMatchObject({
      status: 'failed',
      detail: 'the taught command no longer exists',
    });
  });
});
