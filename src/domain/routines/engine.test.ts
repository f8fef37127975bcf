import { describe, expect, it } from 'vitest';
import { causeSchema, type Cause } from '../activity/cause.ts';
import type { Command } from '../home/commands.ts';
import { execute } from '../home/execute.ts';
import type { Home } from '../home/model.ts';
import { demoHome } from '../home/scenarios/demo.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { runRoutines, triggerWords, type HomeChange, type RoutineWorld } from './engine.ts';
import { routineSchema, type Routine } from './model.ts';
import { MAX_DEPTH, runCause } from './run.ts';

// Tuesday 3 March 2026, 19:30 in London (GMT): the demo home's evening.
const AT = Date.parse('2026-03-03T19:30:00Z');
const home = demoHome(AT);
const manual: Cause = { kind: 'manual' };
const voice: Cause = { kind: 'voice', utterance: 'go' };

/** A routine as the editor would save it: checked by the schema. */
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

function world(...routines: Routine[]): RoutineWorld {
  let n = 0;
  return { routines, settings: DEFAULT_SETTINGS, newId: () => `run-${++n}` };
}

/** Commands run on a home by hand, as a change the runner reacts to. */
function change(before: Home, commands: Command[], at = AT + 1000): HomeChange {
  const result = execute(before, commands, manual, at);
  return { before, after: result.home, events: result.events };
}

const stateOf = (h: Home, id: string) => h.entities.find((e) => e.id === id)?.state;
const turnOn = (entityId: string) => ({
  type: 'control',
  target: { kind: 'entity', entityId },
  command: 'turn_on',
});
const turnOff = (entityId: string) => ({ ...turnOn(entityId), command: 'turn_off' });

describe('device triggers set off by a change', () => {
  const doorOpens = routine('door_opens', {
    name: 'Door opens',
    triggers: [{ type: 'state', entityId: 'binary_sensor.front_door', to: 'on' }],
    actions: [turnOn('light.garage')],
  });

  it('start a run when a device changes to the state, caused by the change', () => {
    const opened = change(home, [{ entityId: 'binary_sensor.front_door', type: 'trigger' }]);
    const out = runRoutines(opened.after, world(doorOpens), { change: opened }, AT + 1000);
    expect(out.runs).toHaveLength(1);
    expect(out.runs[0]).toMatchObject({
      routineId: 'door_opens',
      routineName: 'Door opens',
      trigger: 'the Front door sensor opens',
      startedAt: AT + 1000,
      status: 'done',
      depth: 0,
      parent: manual,
    });
    expect(stateOf(out.home, 'light.garage')).toBe('on');
    expect(out.events).toHaveLength(1);
    expect(out.events[0]!.cause).toEqual(runCause(out.runs[0]!));
    expect(out.events[0]!.cause.parent).toEqual(manual);
    expect(out.runs[0]!.steps[0]!.eventIds).toEqual([out.events[0]!.id]);
  });

  it('start nothing for another device, or when the routine is switched off', () => {
    const other = change(home, [{ entityId: 'light.hallway', type: 'turn_off' }]);
    expect(runRoutines(other.after, world(doorOpens), { change: other }, AT).runs).toEqual([]);
    const opened = change(home, [{ entityId: 'binary_sensor.front_door', type: 'trigger' }]);
    const off = { ...doorOpens, enabled: false };
    expect(runRoutines(opened.after, world(off), { change: opened }, AT).runs).toEqual([]);
  });

  it('respect "from": locking starts the locked routine, not the unlocked one', () => {
    const locked = routine('locked', {
      triggers: [{ type: 'state', entityId: 'lock.back_door', from: 'unlocked', to: 'locked' }],
    });
    const unlocked = routine('unlocked', {
      triggers: [{ type: 'state', entityId: 'lock.back_door', from: 'locked', to: 'unlocked' }],
    });
    const lock = change(home, [{ entityId: 'lock.back_door', type: 'lock' }]);
    const out = runRoutines(lock.after, world(locked, unlocked), { change: lock }, AT + 1000);
    expect(out.runs.map((r) => r.routineId)).toEqual(['locked']);
    expect(out.runs[0]!.trigger).toBe('the Back door goes from unlocked to locked');
    expect(out.notices).toEqual([
      { at: AT + 1000, runId: out.runs[0]!.id, routineName: 'locked', title: 'locked' },
    ]);
  });

  it('fire when a number crosses into the range, not again while it stays inside', () => {
    const hot = routine('hot', {
      triggers: [{ type: 'numeric', entityId: 'sensor.kitchen_temperature', above: 26 }],
    });
    const set = (h: Home, value: number, at: number) =>
      change(h, [{ entityId: 'sensor.kitchen_temperature', type: 'set_value', value }], at);
    const ran = (c: HomeChange, at: number) =>
      runRoutines(c.after, world(hot), { change: c }, at).runs.length;

    const up = set(home, 27, AT + 1000);
    expect(ran(up, AT + 1000)).toBe(1);
    const higher = set(up.after, 28, AT + 2000);
    expect(ran(higher, AT + 2000)).toBe(0);
    const down = set(higher.after, 20, AT + 3000);
    expect(ran(down, AT + 3000)).toBe(0);
    const upAgain = set(down.after, 27, AT + 4000);
    expect(ran(upAgain, AT + 4000)).toBe(1);
  });

  it('know a person arriving, the first one home and the last one out', () => {
    const tomHome = routine('tom_home', {
      triggers: [{ type: 'presence', personId: 'person.tom', event: 'arrives' }],
    });
    const firstHome = routine('first_home', {
      triggers: [{ type: 'presence', event: 'arrives' }],
    });
    const lastOut = routine('last_out', { triggers: [{ type: 'presence', event: 'leaves' }] });
    const all = world(tomHome, firstHome, lastOut);
    const react = (c: HomeChange) =>
      runRoutines(c.after, all, { change: c }, AT + 1000).runs.map((r) => r.routineId);

    // Emma, Maya and Leo are home: Tom is not the first one.
    const tom = change(home, [{ entityId: 'person.tom', type: 'arrive' }]);
    expect(react(tom)).toEqual(['tom_home']);

    const emmaLeaves = change(home, [{ entityId: 'person.emma', type: 'leave' }]);
    expect(react(emmaLeaves)).toEqual([]);

    const everyoneLeaves = change(
      home,
      ['person.emma', 'person.maya', 'person.leo'].map(
        (entityId) => ({ entityId, type: 'leave' }) as Command,
      ),
    );
    expect(react(everyoneLeaves)).toEqual(['last_out']);

    const maya = change(everyoneLeaves.after, [{ entityId: 'person.maya', type: 'arrive' }]);
    expect(react(maya)).toEqual(['first_home']);
    const tomToo = change(maya.after, [{ entityId: 'person.tom', type: 'arrive' }]);
    expect(react(tomToo)).toEqual(['tom_home']);
  });

  it('start one run of a routine per change, however many of its triggers fired', () => {
    const either = routine('either', {
      triggers: [
        { type: 'state', entityId: 'binary_sensor.front_door', to: 'on' },
        { type: 'state', entityId: 'light.hallway', to: 'off' },
      ],
    });
    const both = change(home, [
      { entityId: 'binary_sensor.front_door', type: 'trigger' },
      { entityId: 'light.hallway', type: 'turn_off' },
    ]);
    expect(runRoutines(both.after, world(either), { change: both }, AT + 1000).runs).toHaveLength(
      1,
    );
  });
});

describe('held triggers', () => {
  const leftOpen = routine('left_open', {
    name: 'Back door left open',
    triggers: [{ type: 'state', entityId: 'binary_sensor.back_door', to: 'on', forSeconds: 300 }],
    actions: [{ type: 'notify', title: 'The back door is open' }],
  });
  const opened = change(home, [{ entityId: 'binary_sensor.back_door', type: 'trigger' }]);
  const due = AT + 1000 + 300_000;

  it('are kept for later instead of starting a run at once', () => {
    const out = runRoutines(opened.after, world(leftOpen), { change: opened }, AT + 1000);
    expect(out.runs).toEqual([]);
    expect(out.held).toEqual([
      {
        routineId: 'left_open',
        trigger: leftOpen.triggers[0],
        at: due,
        words: 'the Back door sensor has been open for 5 minutes',
        depth: 0,
        parent: manual,
      },
    ]);
    // Not yet due: handed back untouched.
    const early = runRoutines(opened.after, world(leftOpen), { held: out.held }, due - 1);
    expect(early.runs).toEqual([]);
    expect(early.held).toEqual(out.held);
  });

  it('start a run at the end of the hold if it still holds', () => {
    const { held } = runRoutines(opened.after, world(leftOpen), { change: opened }, AT + 1000);
    const out = runRoutines(opened.after, world(leftOpen), { held }, due + 60_000);
    expect(out.held).toEqual([]);
    expect(out.runs).toHaveLength(1);
    expect(out.runs[0]).toMatchObject({
      trigger: 'the Back door sensor has been open for 5 minutes',
      startedAt: due,
      status: 'done',
      parent: manual,
    });
    expect(out.notices.map((n) => [n.title, n.at])).toEqual([['The back door is open', due]]);
  });

  it('start nothing when it changed back, or the routine was switched off meanwhile', () => {
    const { held } = runRoutines(opened.after, world(leftOpen), { change: opened }, AT + 1000);
    const closed = execute(
      opened.after,
      [{ entityId: 'binary_sensor.back_door', type: 'clear' }],
      manual,
      AT + 2000,
    ).home;
    expect(stateOf(closed, 'binary_sensor.back_door')).toBe('off');
    const out = runRoutines(closed, world(leftOpen), { held }, due);
    expect(out.runs).toEqual([]);
    expect(out.held).toEqual([]);

    const off = { ...leftOpen, enabled: false };
    expect(runRoutines(opened.after, world(off), { held }, due).runs).toEqual([]);
  });

  it('end when the device changes back, so opening again starts a new hold', () => {
    const first = runRoutines(opened.after, world(leftOpen), { change: opened }, AT + 1000);
    const closed = change(
      opened.after,
      [{ entityId: 'binary_sensor.back_door', type: 'clear' }],
      AT + 60_000,
    );
    const afterClose = runRoutines(
      closed.after,
      world(leftOpen),
      { change: closed, held: first.held },
      AT + 60_000,
    );
    expect(afterClose.held).toEqual([]);
    const reopened = change(
      closed.after,
      [{ entityId: 'binary_sensor.back_door', type: 'trigger' }],
      AT + 120_000,
    );
    const again = runRoutines(
      reopened.after,
      world(leftOpen),
      { change: reopened, held: afterClose.held },
      AT + 120_000,
    );
    expect(again.held.map((h) => h.at)).toEqual([AT + 120_000 + 300_000]);
    // Five minutes after the first opening nothing runs; five after the second, one run.
    expect(runRoutines(reopened.after, world(leftOpen), { held: again.held }, due).runs).toEqual(
      [],
    );
    const later = runRoutines(reopened.after, world(leftOpen), { held: again.held }, AT + 420_000);
    expect(later.runs.map((r) => r.startedAt)).toEqual([AT + 420_000]);
  });
});

describe('conditions', () => {
  // In the demo home people are home and the back door is unlocked.
  const guarded = (conditionMode: 'all' | 'any') =>
    routine('guarded', {
      conditionMode,
      conditions: [
        { type: 'presence', is: 'home' },
        { type: 'state', entityId: 'lock.back_door', states: ['locked'] },
      ],
      actions: [turnOn('light.garage')],
    });
  const start = { routineId: 'guarded', trigger: 'you said “guarded”', at: AT };

  it('"all": one that fails makes a skipped run that says why, and changes nothing', () => {
    const out = runRoutines(home, world(guarded('all')), { starts: [start] }, AT);
    expect(out.runs).toHaveLength(1);
    expect(out.runs[0]).toMatchObject({
      status: 'skipped',
      steps: [],
      conditions: [
        { ok: true, why: 'Emma, Maya and Leo are home' },
        { ok: false, why: 'the Back door is unlocked, not locked' },
      ],
    });
    expect(out.events).toEqual([]);
    expect(out.home).toBe(home);
  });

  it('"any": one that holds is enough; none holding skips', () => {
    const ran = runRoutines(home, world(guarded('any')), { starts: [start] }, AT);
    expect(ran.runs[0]!.status).toBe('done');
    expect(stateOf(ran.home, 'light.garage')).toBe('on');

    const nobody = change(
      home,
      ['person.emma', 'person.maya', 'person.leo'].map(
        (entityId) => ({ entityId, type: 'leave' }) as Command,
      ),
    ).after;
    const skipped = runRoutines(nobody, world(guarded('any')), { starts: [start] }, AT);
    expect(skipped.runs[0]!.status).toBe('skipped');
    expect(skipped.runs[0]!.conditions.map((c) => c.ok)).toEqual([false, false]);
    expect(skipped.runs[0]!.conditions[0]!.why).toBe('nobody is home');
  });
});

describe('actions', () => {
  it('said, notified and started after waits keep the time each step came, caught up late', () => {
    const child = routine('child', { actions: [turnOn('light.garage')] });
    const r = routine('slow', {
      actions: [
        { type: 'wait', seconds: 60 },
        { type: 'say', text: 'one' },
        { type: 'wait', seconds: 60 },
        { type: 'say', text: 'two' },
        { type: 'notify', title: 'done' },
        { type: 'run_routine', routineId: 'child' },
      ],
    });
    const hourLater = AT + 3_600_000;
    const out = runRoutines(
      home,
      world(r, child),
      { starts: [{ routineId: 'slow', trigger: 'x', at: AT }] },
      hourLater,
    );
    expect(out.said.map((s) => [s.text, s.at])).toEqual([
      ['one', AT + 60_000],
      ['two', AT + 120_000],
    ]);
    expect(out.notices.map((n) => n.at)).toEqual([AT + 120_000]);
    const childRun = out.runs.find((run) => run.routineId === 'child');
    expect(childRun?.startedAt).toBe(AT + 120_000);
    expect(out.events.map((e) => e.at)).toEqual([AT + 120_000]);
  });

  it('switched off are kept in the trace as skipped, and do nothing', () => {
    const r = routine('partly', {
      actions: [
        { ...turnOn('light.garage'), disabled: true },
        { type: 'say', text: 'Hello' },
      ],
    });
    const out = runRoutines(
      home,
      world(r),
      { starts: [{ routineId: 'partly', trigger: 'x', at: AT }] },
      AT,
    );
    expect(stateOf(out.home, 'light.garage')).toBe('off');
    expect(out.events).toEqual([]);
    expect(out.runs[0]!.steps.map((s) => [s.status, s.detail])).toEqual([
      ['skipped', 'turned off in the routine'],
      ['done', undefined],
    ]);
    expect(out.said).toEqual([
      { at: AT, runId: out.runs[0]!.id, routineName: 'partly', text: 'Hello' },
    ]);
  });

  it('wait on the simulated clock: the run waits, then carries on at the due time', () => {
    const r = routine('garage_for_a_while', {
      actions: [
        turnOn('light.garage'),
        { type: 'wait', seconds: 600 },
        turnOff('light.garage'),
        { type: 'say', text: 'Garage light off' },
      ],
    });
    const w = world(r);
    const first = runRoutines(home, w, { starts: [{ routineId: r.id, trigger: 'x', at: AT }] }, AT);
    const waiting = first.runs[0]!;
    expect(waiting).toMatchObject({ status: 'waiting', resumeAt: AT + 600_000, next: 2 });
    expect(stateOf(first.home, 'light.garage')).toBe('on');
    expect(first.said).toEqual([]);

    // A step before the wait ends leaves it be.
    const early = runRoutines(first.home, w, { waiting: [waiting] }, AT + 300_000);
    expect(early.runs).toEqual([]);
    expect(early.home).toBe(first.home);

    // A later step (the clock jumped) carries it on, with events at the due time.
    const later = runRoutines(first.home, w, { waiting: [waiting] }, AT + 3_600_000);
    expect(later.runs).toHaveLength(1);
    expect(later.runs[0]).toMatchObject({ id: waiting.id, status: 'done', next: 4 });
    expect(later.runs[0]!.resumeAt).toBeUndefined();
    expect(stateOf(later.home, 'light.garage')).toBe('off');
    expect(later.events.map((e) => e.at)).toEqual([AT + 600_000]);
    expect(later.said.map((s) => [s.text, s.at])).toEqual([['Garage light off', AT + 600_000]]);

    // Only waiting runs carry on.
    const done = runRoutines(first.home, w, { waiting: [later.runs[0]!] }, AT + 7_200_000);
    expect(done.runs).toEqual([]);
  });

  it('run in time order, whatever order the work came in', () => {
    const a = routine('a', { actions: [{ type: 'say', text: 'a' }] });
    const b = routine('b', { actions: [{ type: 'say', text: 'b' }] });
    const out = runRoutines(
      home,
      world(a, b),
      {
        starts: [
          { routineId: 'b', trigger: 'x', at: AT + 2000 },
          { routineId: 'a', trigger: 'x', at: AT + 1000 },
          { routineId: 'a', trigger: 'x', at: AT + 3000 },
        ],
      },
      AT + 5000,
    );
    expect(out.said.map((s) => `${s.text}@${s.at - AT}`)).toEqual(['a@1000', 'b@2000', 'a@3000']);
  });
});

describe('routines started by routines', () => {
  it('run as children: one deeper, with the parent run as their cause', () => {
    const parent = routine('evening', {
      name: 'Evening',
      actions: [
        { type: 'say', text: 'Evening' },
        { type: 'run_routine', routineId: 'lights' },
      ],
    });
    const child = routine('lights', { name: 'Lights', actions: [turnOn('light.garage')] });
    const out = runRoutines(
      home,
      world(parent, child),
      { starts: [{ routineId: 'evening', trigger: 'you said “evening”', at: AT, parent: voice }] },
      AT,
    );
    const [main, sub] = out.runs;
    expect(main).toMatchObject({ routineId: 'evening', depth: 0, parent: voice, status: 'done' });
    expect(sub).toMatchObject({
      routineId: 'lights',
      trigger: 'started by “Evening”',
      depth: 1,
      startedAt: AT,
      status: 'done',
      parent: runCause(main!),
    });
    expect(sub!.parent).toMatchObject({ kind: 'routine', runId: main!.id, parent: voice });
    // The child's change is explained back to what was said.
    const cause = out.events[0]!.cause;
    expect(cause).toMatchObject({
      kind: 'routine',
      routineId: 'lights',
      runId: sub!.id,
      parent: { kind: 'routine', routineId: 'evening', parent: voice },
    });
  });

  it('run even when switched off: they were asked for by name', () => {
    const parent = routine('p', { actions: [{ type: 'run_routine', routineId: 'c' }] });
    const child = routine('c', { enabled: false, actions: [{ type: 'say', text: 'child' }] });
    const out = runRoutines(
      home,
      world(parent, child),
      { starts: [{ routineId: 'p', trigger: 'x', at: AT }] },
      AT,
    );
    expect(out.said.map((s) => s.text)).toEqual(['child']);
  });

  it('stop a loop that slipped past saving, with a trace, at the depth limit', () => {
    // A runs B runs A: refused when saving, built directly here.
    const a = routine('a', { name: 'A', actions: [{ type: 'run_routine', routineId: 'b' }] });
    const b = routine('b', { name: 'B', actions: [{ type: 'run_routine', routineId: 'a' }] });
    const out = runRoutines(
      home,
      world(a, b),
      { starts: [{ routineId: 'a', trigger: 'x', at: AT, parent: voice }] },
      AT,
    );
    expect(out.runs.map((r) => `${r.routineId}${r.depth}:${r.status}`)).toEqual([
      'a0:done',
      'b1:done',
      'a2:done',
      'b3:done',
      'a4:done',
      'b5:done',
      'a6:stopped',
    ]);
    const stopped = out.runs.at(-1)!;
    expect(stopped.depth).toBe(MAX_DEPTH + 1);
    expect(stopped.steps).toEqual([
      {
        index: 0,
        status: 'skipped',
        detail: 'stopped: routines started each other 6 deep, which looks like a loop',
        eventIds: [],
        at: AT,
      },
    ]);
    // The whole chain back to what was said can still be kept with the run.
    expect(causeSchema.safeParse(stopped.parent).success).toBe(true);
  });

  it('are bounded per step even when each run starts many', () => {
    // Thirty children each, five deep, would be billions of runs.
    const many = routine('many', {
      actions: Array.from({ length: 30 }, () => ({ type: 'run_routine', routineId: 'many' })),
    });
    const out = runRoutines(
      home,
      world(many),
      { starts: [{ routineId: 'many', trigger: 'x', at: AT }] },
      AT,
    );
    expect(out.runs.length).toBeGreaterThan(30);
    expect(out.runs.length).toBeLessThanOrEqual(500);
  });
});

describe('chains', () => {
  it("a routine's change sets off another routine's device trigger", () => {
    const garage = routine('garage', { name: 'Garage', actions: [turnOn('light.garage')] });
    const garden = routine('garden', {
      name: 'Garden',
      triggers: [{ type: 'state', entityId: 'light.garage', to: 'on' }],
      actions: [turnOn('light.garden_lights')],
    });
    const out = runRoutines(
      home,
      world(garage, garden),
      { starts: [{ routineId: 'garage', trigger: 'x', at: AT, parent: voice }] },
      AT,
    );
    expect(out.runs.map((r) => r.routineId)).toEqual(['garage', 'garden']);
    const [first, second] = out.runs;
    expect(second).toMatchObject({
      trigger: 'the Garage light turns on',
      depth: 1,
      parent: runCause(first!),
    });
    expect(stateOf(out.home, 'light.garden_lights')).toBe('on');
    expect(out.events.map((e) => e.entityId)).toEqual(['light.garage', 'light.garden_lights']);
    expect(out.events[1]!.cause).toMatchObject({
      routineId: 'garden',
      parent: { routineId: 'garage', parent: voice },
    });
  });

  it('a held trigger set off by a routine is handed back with its depth and cause', () => {
    const stillOpen = routine('still_open', {
      triggers: [{ type: 'state', entityId: 'lock.back_door', to: 'locked', forSeconds: 60 }],
    });
    const locks = routine('locks', {
      actions: [
        {
          type: 'control',
          target: { kind: 'entity', entityId: 'lock.back_door' },
          command: 'lock',
        },
      ],
    });
    const out = runRoutines(
      home,
      world(stillOpen, locks),
      { starts: [{ routineId: 'locks', trigger: 'x', at: AT, parent: voice }] },
      AT,
    );
    expect(out.held).toHaveLength(1);
    expect(out.held[0]).toMatchObject({
      routineId: 'still_open',
      at: AT + 60_000,
      depth: 1,
      parent: runCause(out.runs[0]!),
    });
  });
});

describe('triggerWords', () => {
  const w = world();
  it('says what started a run, with the time for schedules', () => {
    const at = Date.parse('2026-03-03T22:30:00Z');
    expect(triggerWords({ type: 'time', at: '22:30', days: [2] }, at, home, w)).toBe('at 22:30');
    expect(
      triggerWords({ type: 'sun', event: 'sunset', offsetMinutes: -30, days: [2] }, at, home, w),
    ).toBe('30 minutes before sunset (22:30)');
    expect(
      triggerWords({ type: 'sun', event: 'sunrise', offsetMinutes: 0, days: [2] }, at, home, w),
    ).toBe('at sunrise (22:30)');
    expect(triggerWords({ type: 'phrase', phrases: ['hi there'] }, at, home, w)).toBe(
      'a phrase was said',
    );
    expect(triggerWords({ type: 'presence', event: 'leaves' }, at, home, w)).toBe(
      'the last person leaves',
    );
  });
});
