import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TurnInput, TurnResult } from '../domain/assistant/types.ts';
import type { Command } from '../domain/home/commands.ts';
import { execute } from '../domain/home/execute.ts';
import type { Home } from '../domain/home/model.ts';
import type { TeachableHomeDb } from '../persistence/db.ts';
import { countEvents } from '../persistence/events.ts';
import { readHome } from '../persistence/home.ts';
import { setDbForTests } from '../persistence/instance.ts';
import { saveHomeSettings } from '../persistence/settings.ts';
import { DEFAULT_SETTINGS } from '../domain/settings/settings.ts';
import { T0, dump, sampleHome, seededDb } from '../persistence/testing.ts';
import {
  getDialogueState,
  readTranscript,
  saveDialogueState,
  updateConsoleSettings,
} from '../persistence/transcript.ts';

// The real takeTurn is another module's business (and tested there); here a small stand-in acts
// the way the contract says, so that what is tested is how a turn is read and saved.
const fakeTurn = vi.hoisted(() => ({ take: undefined as unknown }));
vi.mock('../domain/assistant/turn.ts', () => ({
  takeTurn: (input: TurnInput) => (fakeTurn.take as (input: TurnInput) => TurnResult)(input),
}));

const { defaultSpeakingArea, findArea, runTurn, say, useAssistantSession } =
  await import('./assistant.ts');

const explanation = {
  understood: 'Turn off the Kitchen ceiling',
  intent: 'HassTurnOff',
  slots: { area: 'Kitchen' },
  targets: [{ id: 'light.kitchen_ceiling', name: 'Kitchen ceiling' }],
  changes: ['Kitchen ceiling: turned off'],
  reasons: ['You are in the Kitchen.'],
};

/** Acts like takeTurn on "turn off/on the <entity id>"; answers anything else from the home. */
function take(input: TurnInput): TurnResult {
  const [, verb, entityId] = /^turn (on|off) (\S+)$/.exec(input.text) ?? [];
  const interpretation = {
    text: input.text,
    intent: verb === 'on' ? ('HassTurnOn' as const) : ('HassTurnOff' as const),
    slots: {},
    targets: entityId ? [entityId] : [],
  };
  const state = {
    previous: { intent: interpretation.intent, slots: {}, targets: interpretation.targets },
  };
  if (!entityId) {
    return {
      reply: `${input.home.entities.length} devices.`,
      outcome: 'answered',
      interpretation: { ...interpretation, intent: 'HassGetState' },
      commands: [],
      explanation: { ...explanation, changes: [] },
      state,
    };
  }
  const commands: Command[] = [{ entityId, type: verb === 'on' ? 'turn_on' : 'turn_off' }];
  const execution = execute(
    input.home,
    commands,
    { kind: 'voice', utterance: input.text, ...(input.area && { area: input.area }) },
    input.now,
  );
  return {
    reply: 'Done.',
    outcome: 'acted',
    interpretation,
    commands,
    execution,
    explanation,
    state,
  };
}

const stateOf = async (db: TeachableHomeDb, id: string) =>
  (await readHome(db)).entities.find((e) => e.id === id)?.state;

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  setDbForTests(undefined);
  await db?.delete();
  db = undefined;
});

describe('a turn', () => {
  it('acts on the home as stored, and saves the change, its events, the turn and the dialogue state together', async () => {
    db = await seededDb();
    await saveHomeSettings(db, { ...DEFAULT_SETTINGS, temperatureUnit: 'F' });
    const remembered = {
      previous: { intent: 'HassTurnOn' as const, slots: {}, targets: ['switch.kettle'] },
    };
    await saveDialogueState(db, remembered);
    const seen: TurnInput[] = [];

    const { turn } = await runTurn(
      db,
      (input) => (seen.push(input), take(input)),
      'turn on light.kitchen_ceiling',
      T0 + 60_000,
    );

    expect(seen[0]).toMatchObject({
      text: 'turn on light.kitchen_ceiling',
      now: T0 + 60_000,
      unit: 'F',
      state: remembered,
      // Nobody chose a room: the one with the most devices.
      area: 'kitchen',
    });
    expect(await stateOf(db, 'light.kitchen_ceiling')).toBe('on');
    expect(await countEvents(db, { causeKind: 'voice' })).toBe(1);
    expect(await readTranscript(db)).toEqual([turn]);
    expect(turn).toMatchObject({
      at: T0 + 60_000,
      area: 'kitchen',
      text: 'turn on light.kitchen_ceiling',
      reply: 'Done.',
      outcome: 'acted',
      explanation,
      interpretation: { intent: 'HassTurnOn', targets: ['light.kitchen_ceiling'] },
    });
    expect(await getDialogueState(db)).toEqual({
      previous: { intent: 'HassTurnOn', slots: {}, targets: ['light.kitchen_ceiling'] },
    });
  });

  it('that only answers writes no home and no events, but joins the conversation', async () => {
    db = await seededDb();
    const before = await readHome(db);
    const { turn } = await runTurn(db, take, 'how many devices?', T0);
    expect(turn.reply).toBe(`${sampleHome.entities.length} devices.`);
    expect(await readHome(db)).toEqual(before);
    expect(await countEvents(db)).toBe(0);
    expect((await readTranscript(db)).map((t) => t.text)).toEqual(['how many devices?']);
  });

  it('is spoken from the room chosen in the console, or the one given for this turn', async () => {
    db = await seededDb();
    const areas: (string | undefined)[] = [];
    const record = (input: TurnInput) => (areas.push(input.area), take(input));
    await updateConsoleSettings(db, { area: 'bedroom' });
    await runTurn(db, record, 'hello', T0);
    await runTurn(db, record, 'hello', T0, { area: 'Living room' });
    await runTurn(db, record, 'hello', T0, { area: 'living_room' });
    // A chosen room that no longer exists falls back to the default.
    await updateConsoleSettings(db, { area: 'attic' });
    await runTurn(db, record, 'hello', T0);
    expect(areas).toEqual(['bedroom', 'living_room', 'living_room', 'kitchen']);
    expect((await readTranscript(db)).map((t) => t.area)).toEqual(areas);
  });

  it('in a room that does not exist is refused, naming the rooms, and saves nothing', async () => {
    db = await seededDb();
    const before = await dump(db);
    await expect(runTurn(db, take, 'turn on switch.kettle', T0, { area: 'Attic' })).rejects.toThrow(
      'There is no room called “Attic”. Rooms: Bedroom, Kitchen, Living room.',
    );
    expect(await dump(db)).toBe(before);
  });

  it('saves nothing at all when deciding it fails', async () => {
    db = await seededDb();
    const before = await dump(db);
    const broken = (input: TurnInput): TurnResult => {
      take(input);
      throw new Error('no idea');
    };
    await expect(runTurn(db, broken, 'turn on switch.kettle', T0)).rejects.toThrow('no idea');
    expect(await dump(db)).toBe(before);
  });

  it('taken in two tabs at once runs one after the other: the second sees the first', async () => {
    db = await seededDb();
    const homes: Home[] = [];
    const record = (input: TurnInput) => (homes.push(input.home), take(input));
    await Promise.all([
      runTurn(db, record, 'turn on switch.kettle', T0),
      runTurn(db, record, 'turn on light.kitchen_ceiling', T0),
    ]);
    expect(homes[1]?.entities.find((e) => e.id === 'switch.kettle')?.state).toBe('on');
    expect((await readTranscript(db)).map((t) => t.text)).toEqual([
      'turn on switch.kettle',
      'turn on light.kitchen_ceiling',
    ]);
  });
});

describe('say', () => {
  it('runs takeTurn on the app database and tells the console what was said last', async () => {
    db = await seededDb();
    setDbForTests(db);
    fakeTurn.take = take;
    const turn = await say('turn on switch.kettle', { area: 'Kitchen' });
    expect(turn.reply).toBe('Done.');
    expect(await stateOf(db, 'switch.kettle')).toBe('on');
    expect(useAssistantSession.getState().lastSaid).toEqual(turn);
  });
});

describe('rooms', () => {
  it('default to the one with the most devices, the first in the panel on a tie', () => {
    expect(defaultSpeakingArea(sampleHome)).toBe('kitchen');
    const tie: Home = { ...sampleHome, entities: [] };
    expect(defaultSpeakingArea(tie)).toBe('bedroom');
    const ordered: Home = { ...tie, areas: tie.areas.map((a, i) => ({ ...a, order: 5 - i })) };
    expect(defaultSpeakingArea(ordered)).toBe(ordered.areas.at(-1)?.id);
    expect(defaultSpeakingArea({ floors: [], areas: [], entities: [] })).toBeUndefined();
  });

  it('are found by id or by name, whatever the case', () => {
    expect(findArea(sampleHome, 'living_room')).toBe('living_room');
    expect(findArea(sampleHome, ' living ROOM ')).toBe('living_room');
    expect(() => findArea({ floors: [], areas: [], entities: [] }, 'Hall')).toThrow(
      'This home has no rooms.',
    );
  });
});
