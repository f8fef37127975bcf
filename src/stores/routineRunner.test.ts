import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cause } from '../domain/activity/cause.ts';
import { startClock } from '../domain/clock/simClock.ts';
import type { Command } from '../domain/home/commands.ts';
import { execute } from '../domain/home/execute.ts';
import { demoHome } from '../domain/home/scenarios/demo.ts';
import type { HomeChange } from '../domain/routines/engine.ts';
import { routineSchema, type Routine } from '../domain/routines/model.ts';
import type { Run } from '../domain/routines/run.ts';
import type { TeachableHomeDb } from '../persistence/db.ts';
import { readHome, updateHome } from '../persistence/home.ts';
import { setDbForTests } from '../persistence/instance.ts';
import { getRunnerState } from '../persistence/routineRunner.ts';
import { listRuns, saveRoutine, saveRun } from '../persistence/routines.ts';
import { resetDatabase } from '../persistence/scenario.ts';
import { T0, freshDb } from '../persistence/testing.ts';
import { readTranscript } from '../persistence/transcript.ts';
import { useClock } from './clock.ts';
import { useNotices } from './notifications.ts';
import { say } from './assistant.ts';
import { announceSaid } from './routineSaid.ts';
import { advanceWorldTo, reactTo, startRoutineNow, startRunner } from './routineRunner.ts';

// T0 is Monday 6 January 2025, 07:00 in London (GMT).
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const manual: Cause = { kind: 'manual' };

function routine(id: string, fields: Record<string, unknown>): Routine {
  return routineSchema.parse({
    id,
    name: id,
    enabled: true,
    triggers: [{ type: 'phrase', phrases: [id] }],
    conditionMode: 'all',
    conditions: [],
    actions: [{ type: 'notify', title: id }],
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  });
}

const control = (entityId: string, command: string) => ({
  type: 'control',
  target: { kind: 'entity', entityId },
  command,
});
const weekdays = [1, 2, 3, 4, 5];
const everyDay = [1, 2, 3, 4, 5, 6, 7];

const morning = routine('morning', {
  name: 'Morning',
  triggers: [{ type: 'time', at: '08:00', days: weekdays }],
  actions: [control('switch.kettle', 'turn_on'), { type: 'notify', title: 'Good morning' }],
});
const night = routine('night', {
  name: 'Night',
  triggers: [{ type: 'time', at: '22:30', days: everyDay }],
  actions: [
    control('light.kitchen_ceiling', 'turn_off'),
    { type: 'wait', seconds: 600 },
    control('switch.kettle', 'turn_off'),
  ],
});

/** Sets the simulated clock (paused) to `at`, as the app's clock store holds it. */
function setClock(at: number) {
  useClock.getState().adopt(startClock(at, Date.now(), 1, true));
}

const dbs: TeachableHomeDb[] = [];
/** A fresh database holding the demo home at T0, used by the stores from now on. */
async function demoDb(...routines: Routine[]): Promise<TeachableHomeDb> {
  const db = freshDb();
  dbs.push(db);
  await resetDatabase(db, { scenario: 'test', home: demoHome(T0), events: [], now: T0 });
  for (const r of routines) await saveRoutine(db, r, T0);
  setDbForTests(db);
  return db;
}

async function allRuns(db: TeachableHomeDb): Promise<Run[]> {
  const runs = await db.routineRuns.toArray();
  return runs.sort((a, b) => a.startedAt - b.startedAt || a.routineId.localeCompare(b.routineId));
}

/** Runs in a form two databases can be compared by (ids are random). */
const shape = (runs: Run[]) =>
  runs.map((r) => ({
    routine: r.routineId,
    startedAt: new Date(r.startedAt).toISOString(),
    status: r.status,
    steps: r.steps.map((s) => [s.status, s.at]),
  }));

const stateOf = async (db: TeachableHomeDb, id: string) =>
  (await readHome(db)).entities.find((e) => e.id === id)?.state;

/** Changes the stored home by hand, as a tile does, and returns the change. */
async function byHand(db: TeachableHomeDb, commands: Command[], at: number): Promise<HomeChange> {
  let before = await readHome(db);
  const update = await updateHome(db, (home) => {
    before = home;
    return execute(home, commands, manual, at);
  });
  return { before, after: update.home, events: update.events };
}

const notices = () => useNotices.getState().notices.map((n) => n.title);

beforeEach(() => {
  useNotices.setState({ notices: [] });
  setClock(T0);
});

afterEach(async () => {
  setDbForTests(undefined);
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('startRunner', () => {
  it('the first time only notes where schedules start from', async () => {
    const db = await demoDb(morning);
    await startRunner(T0);
    expect(await getRunnerState(db)).toEqual({ until: T0, held: [] });
    expect(await allRuns(db)).toEqual([]);
    expect(notices()).toEqual([]);
  });

  it('later records the schedules due meanwhile as missed, once, with a notice', async () => {
    const db = await demoDb(morning);
    await startRunner(T0);
    // Closed from Monday 07:00 to Thursday 07:00: three mornings missed.
    await startRunner(T0 + 3 * DAY);
    const runs = await allRuns(db);
    expect(shape(runs)).toEqual(
      ['06', '07', '08'].map((d) => ({
        routine: 'morning',
        startedAt: `2025-01-${d}T08:00:00.000Z`,
        status: 'missed',
        steps: [],
      })),
    );
    expect(runs[0]!.trigger).toBe('at 08:00');
    expect(useNotices.getState().notices).toMatchObject([
      {
        tone: 'info',
        title: '3 routine runs were due while the app was closed',
        body: '“Morning” did not run. Their runs show as missed.',
      },
    ]);
    // Nothing missed was run, and nothing is missed twice.
    expect(await stateOf(db, 'switch.kettle')).toBe('off');
    expect((await getRunnerState(db))?.until).toBe(T0 + 3 * DAY);
    await startRunner(T0 + 3 * DAY);
    expect(await allRuns(db)).toHaveLength(3);

    // From then on schedules run again.
    await advanceWorldTo(T0 + 3 * DAY + 2 * HOUR);
    expect((await allRuns(db)).map((r) => r.status)).toEqual([
      'missed',
      'missed',
      'missed',
      'done',
    ]);
    expect(await stateOf(db, 'switch.kettle')).toBe('on');
  });

  it('later marks runs left waiting as interrupted, never to carry on', async () => {
    const slow = routine('slow', {
      name: 'Slow',
      actions: [control('light.garage', 'turn_on'), { type: 'wait', seconds: 600 }],
    });
    const db = await demoDb(slow);
    await startRunner(T0);
    expect((await startRoutineNow('slow'))?.status).toBe('waiting');

    await startRunner(T0 + MINUTE);
    const [run] = await allRuns(db);
    expect(run).toMatchObject({ status: 'interrupted' });
    expect(run!.resumeAt).toBeUndefined();
    expect(run!.steps.at(-1)).toMatchObject({
      status: 'skipped',
      detail: 'interrupted: the app was closed',
    });
    expect(notices()).toEqual(['A routine was interrupted']);

    await advanceWorldTo(T0 + HOUR);
    expect((await allRuns(db)).map((r) => r.status)).toEqual(['interrupted']);
  });
});

describe('advanceWorldTo', () => {
  const WEEK = 7 * DAY;

  it('makes every run due in a week exactly once, in order, however the week is stepped', async () => {
    const whole = await demoDb(morning, night);
    await startRunner(T0);
    await advanceWorldTo(T0 + WEEK);
    // Asked again for the same time: nothing new.
    await advanceWorldTo(T0 + WEEK);
    const once = shape(await allRuns(whole));

    expect(once.filter((r) => r.routine === 'morning')).toHaveLength(5);
    expect(once.filter((r) => r.routine === 'night')).toHaveLength(7);
    expect(once.map((r) => r.status)).toEqual(once.map(() => 'done'));
    expect(once.filter((r) => r.routine === 'morning').map((r) => r.startedAt)).toEqual(
      ['06', '07', '08', '09', '10'].map((d) => `2025-01-${d}T08:00:00.000Z`),
    );
    // Each night waits ten minutes on the simulated clock before its last step.
    const firstNight = once.find((r) => r.routine === 'night')!;
    const at = Date.parse('2025-01-06T22:30:00Z');
    expect(firstNight.steps).toEqual([
      ['done', at],
      ['waited', at],
      ['done', at + 10 * MINUTE],
    ]);

    const stepped = await demoDb(morning, night);
    await startRunner(T0);
    for (let t = T0 + 5 * HOUR + 7 * MINUTE; t < T0 + WEEK; t += 5 * HOUR + 7 * MINUTE)
      await advanceWorldTo(t);
    await advanceWorldTo(T0 + WEEK);
    expect(shape(await allRuns(stepped))).toEqual(once);
  });

  it('makes each run once when steps overlap', async () => {
    const db = await demoDb(morning, night);
    await startRunner(T0);
    await Promise.all([
      advanceWorldTo(T0 + 2 * DAY),
      advanceWorldTo(T0 + 3 * DAY),
      advanceWorldTo(T0 + 2 * DAY),
    ]);
    const runs = shape(await allRuns(db));
    expect(runs.map((r) => `${r.routine} ${r.startedAt}`)).toEqual([
      'morning 2025-01-06T08:00:00.000Z',
      'night 2025-01-06T22:30:00.000Z',
      'morning 2025-01-07T08:00:00.000Z',
      'night 2025-01-07T22:30:00.000Z',
      'morning 2025-01-08T08:00:00.000Z',
      'night 2025-01-08T22:30:00.000Z',
    ]);
  });

  it('carries a waiting run on once its wait is over on the simulated clock', async () => {
    const db = await demoDb(night);
    await startRunner(T0);
    const at = Date.parse('2025-01-06T22:30:00Z');
    await advanceWorldTo(at + 5 * MINUTE);
    expect((await allRuns(db)).map((r) => [r.status, r.resumeAt])).toEqual([
      ['waiting', at + 10 * MINUTE],
    ]);
    expect(await stateOf(db, 'light.kitchen_ceiling')).toBe('off');
    await byHand(db, [{ entityId: 'switch.kettle', type: 'turn_on' }], at + 6 * MINUTE);

    await advanceWorldTo(at + 11 * MINUTE);
    const [run] = await allRuns(db);
    expect(run!.status).toBe('done');
    expect(await stateOf(db, 'switch.kettle')).toBe('off');
    const kettleOff = (await db.events.toArray()).filter(
      (e) => e.entityId === 'switch.kettle' && e.cause.kind === 'routine',
    );
    expect(kettleOff.map((e) => e.at)).toEqual([at + 10 * MINUTE]);
  });

  it('does not run a routine that is switched off', async () => {
    const db = await demoDb({ ...morning, enabled: false });
    await startRunner(T0);
    await advanceWorldTo(T0 + 2 * HOUR);
    expect(await allRuns(db)).toEqual([]);
  });
});

describe('held triggers', () => {
  const leftOpen = routine('left_open', {
    name: 'Back door left open',
    triggers: [{ type: 'state', entityId: 'binary_sensor.back_door', to: 'on', forSeconds: 300 }],
    actions: [control('lock.back_door', 'lock')],
  });
  const open: Command = { entityId: 'binary_sensor.back_door', type: 'trigger' };
  const close: Command = { entityId: 'binary_sensor.back_door', type: 'clear' };

  it('are kept as runner state and start the run later if it still holds', async () => {
    const db = await demoDb(leftOpen);
    await startRunner(T0);
    setClock(T0 + MINUTE);
    await reactTo(await byHand(db, [open], T0 + MINUTE));
    expect(await allRuns(db)).toEqual([]);
    const state = await getRunnerState(db);
    expect(state?.held).toMatchObject([
      { routineId: 'left_open', at: T0 + 6 * MINUTE, parent: manual },
    ]);

    await advanceWorldTo(T0 + 4 * MINUTE);
    expect(await allRuns(db)).toEqual([]);
    await advanceWorldTo(T0 + 10 * MINUTE);
    const runs = await allRuns(db);
    expect(runs.map((r) => [r.status, r.startedAt])).toEqual([['done', T0 + 6 * MINUTE]]);
    expect(await stateOf(db, 'lock.back_door')).toBe('locked');
    expect((await getRunnerState(db))?.held).toEqual([]);
  });

  it('start nothing when what they waited for changed back', async () => {
    const db = await demoDb(leftOpen);
    await startRunner(T0);
    setClock(T0 + MINUTE);
    await reactTo(await byHand(db, [open], T0 + MINUTE));
    setClock(T0 + 2 * MINUTE);
    await reactTo(await byHand(db, [close], T0 + 2 * MINUTE));
    await advanceWorldTo(T0 + 10 * MINUTE);
    expect(await allRuns(db)).toEqual([]);
    expect(await stateOf(db, 'lock.back_door')).toBe('unlocked');
    expect((await getRunnerState(db))?.held).toEqual([]);
  });

  it('set off by "Run now" are kept too', async () => {
    const unlock = routine('unlock', {
      name: 'Unlock',
      actions: [control('lock.front_door', 'unlock')],
    });
    const relock = routine('relock', {
      name: 'Relock',
      triggers: [{ type: 'state', entityId: 'lock.front_door', to: 'unlocked', forSeconds: 120 }],
      actions: [control('lock.front_door', 'lock')],
    });
    const db = await demoDb(unlock, relock);
    await startRunner(T0);
    await startRoutineNow('unlock');
    expect((await getRunnerState(db))?.held).toMatchObject([{ routineId: 'relock', depth: 1 }]);
    await advanceWorldTo(T0 + 5 * MINUTE);
    expect(await stateOf(db, 'lock.front_door')).toBe('locked');
  });
});

describe('reactTo', () => {
  it('starts the routines a change sets off, and saves their runs and changes', async () => {
    const doorOpens = routine('door_opens', {
      name: 'Door opens',
      triggers: [{ type: 'state', entityId: 'binary_sensor.front_door', to: 'on' }],
      actions: [control('light.garage', 'turn_on')],
    });
    const db = await demoDb(doorOpens);
    await startRunner(T0);
    setClock(T0 + MINUTE);
    await reactTo(
      await byHand(db, [{ entityId: 'binary_sensor.front_door', type: 'trigger' }], T0 + MINUTE),
    );
    const runs = await listRuns(db, 'door_opens', 10);
    expect(runs).toMatchObject([
      { status: 'done', trigger: 'the Front door sensor opens', parent: manual },
    ]);
    expect(await stateOf(db, 'light.garage')).toBe('on');
    const [event] = await db.events.where('entityId').equals('light.garage').toArray();
    expect(event!.cause).toMatchObject({ kind: 'routine', runId: runs[0]!.id, parent: manual });
  });
});

describe('startRoutineNow', () => {
  it('runs a routine at once, even one that is switched off, and keeps the run', async () => {
    const off = routine('off', {
      name: 'Switched off',
      enabled: false,
      actions: [control('light.garage', 'turn_on'), { type: 'notify', title: 'Ran' }],
    });
    const db = await demoDb(off);
    setClock(T0 + MINUTE);
    const run = await startRoutineNow('off');
    expect(run).toMatchObject({
      routineId: 'off',
      trigger: 'you pressed “Run now”',
      startedAt: T0 + MINUTE,
      status: 'done',
      parent: manual,
    });
    expect(await listRuns(db, 'off', 10)).toEqual([run]);
    expect(await stateOf(db, 'light.garage')).toBe('on');
    expect(notices()).toEqual(['Ran']);
  });

  it('traces a skipped run when its conditions say no', async () => {
    const locked = routine('locked', {
      conditions: [{ type: 'state', entityId: 'lock.back_door', states: ['locked'] }],
      actions: [control('light.garage', 'turn_on')],
    });
    const db = await demoDb(locked);
    const run = await startRoutineNow('locked');
    expect(run).toMatchObject({
      status: 'skipped',
      conditions: [{ ok: false, why: 'the Back door is unlocked, not locked' }],
    });
    expect(await stateOf(db, 'light.garage')).toBe('off');
    expect(await listRuns(db, 'locked', 10)).toHaveLength(1);
  });

  it('gives nothing for a routine that does not exist', async () => {
    const db = await demoDb();
    expect(await startRoutineNow('nope')).toBeUndefined();
    expect(await allRuns(db)).toEqual([]);
  });
});

describe('a routine phrase said in the console', () => {
  const goodNight = routine('good_night', {
    name: 'Good night',
    triggers: [{ type: 'phrase', phrases: ['good night'] }],
    actions: [
      control('light.living_room_lamp', 'turn_off'),
      { type: 'say', text: 'Sleep well.' },
      { type: 'notify', title: 'Good night ran' },
    ],
  });

  it('runs the routine, saving the change, the run and the turn together', async () => {
    const db = await demoDb(goodNight);
    setClock(T0 + MINUTE);
    const turn = await say('Alexa, good night');
    expect(turn).toMatchObject({
      text: 'Alexa, good night',
      reply: 'Sleep well.',
      outcome: 'acted',
    });
    expect(await stateOf(db, 'light.living_room_lamp')).toBe('off');
    const runs = await listRuns(db, 'good_night', 10);
    expect(runs).toMatchObject([
      {
        status: 'done',
        trigger: 'you said “good night”',
        parent: { kind: 'voice', utterance: 'Alexa, good night' },
      },
    ]);
    const [event] = await db.events.where('entityId').equals('light.living_room_lamp').toArray();
    expect(event!.cause).toMatchObject({ kind: 'routine', runId: runs[0]!.id });
    // Its words are the reply, said once; its notice is shown.
    expect((await readTranscript(db)).map((t) => t.reply)).toEqual(['Sleep well.']);
    expect(notices()).toEqual(['Good night ran']);
  });

  it('keeps the held triggers its changes set off', async () => {
    const unlock = routine('unlock', {
      name: 'Unlock',
      triggers: [{ type: 'phrase', phrases: ['let me in'] }],
      actions: [control('lock.front_door', 'unlock')],
    });
    const relock = routine('relock', {
      name: 'Relock',
      triggers: [{ type: 'state', entityId: 'lock.front_door', to: 'unlocked', forSeconds: 120 }],
      actions: [control('lock.front_door', 'lock')],
    });
    const db = await demoDb(unlock, relock);
    await startRunner(T0);
    await say('let me in');
    expect(await stateOf(db, 'lock.front_door')).toBe('unlocked');
    expect((await getRunnerState(db))?.held).toMatchObject([{ routineId: 'relock', depth: 1 }]);
    await advanceWorldTo(T0 + 5 * MINUTE);
    expect(await stateOf(db, 'lock.front_door')).toBe('locked');
  });

  it('keeps a waiting run, which the runner carries on', async () => {
    const slow = routine('slow', {
      name: 'Slow',
      triggers: [{ type: 'phrase', phrases: ['slowly'] }],
      actions: [{ type: 'wait', seconds: 60 }, control('light.garage', 'turn_on')],
    });
    const db = await demoDb(slow);
    await startRunner(T0);
    expect((await say('slowly')).reply).toBe('OK, “Slow” has started.');
    expect((await listRuns(db, 'slow', 10)).map((r) => r.status)).toEqual(['waiting']);
    await advanceWorldTo(T0 + 2 * MINUTE);
    expect((await listRuns(db, 'slow', 10)).map((r) => r.status)).toEqual(['done']);
    expect(await stateOf(db, 'light.garage')).toBe('on');
  });
});

describe('announceSaid', () => {
  it("adds a routine's words to the conversation as the routine's", async () => {
    const db = await demoDb();
    await saveRun(db, {
      id: 'run-1',
      routineId: 'r',
      routineName: 'Evening',
      trigger: 'at 19:00',
      startedAt: T0,
      status: 'done',
      conditions: [],
      steps: [],
      next: 1,
      depth: 0,
    });
    await announceSaid([{ at: T0, runId: 'run-1', routineName: 'Evening', text: 'Dinner time!' }]);
    expect(await readTranscript(db)).toMatchObject([
      {
        at: T0,
        text: '',
        reply: 'Dinner time!',
        outcome: 'said',
        routine: { name: 'Evening', runId: 'run-1' },
      },
    ]);
  });
});
