// What a turn keeps for self-learning survives being saved and read back: zod's objects drop keys
// they do not know, so a field missing from the schemas would be lost without an error.
import { afterEach, describe, expect, it } from 'vitest';
import type { DialogueState } from '../domain/assistant/types.ts';
import type { TeachableHomeDb } from './db.ts';
import { T0, freshDb } from './testing.ts';
import {
  addTurn,
  getDialogueState,
  readTranscript,
  recentTurns,
  saveDialogueState,
  type NewTurn,
} from './transcript.ts';

const rewrite = {
  id: 'rw_lamp',
  from: 'kill big lamp',
  to: 'turn off the living room lamp',
  learnedAt: T0,
  all: ['rw_lamp'],
};

const learningState: DialogueState = {
  pending: {
    kind: 'which',
    options: ['media_player.kitchen', 'media_player.living_room'],
    interpretation: {
      text: 'play wow',
      intent: 'HassMediaSearchAndPlay',
      slots: { name: 'wow' },
      targets: [],
      media: ['song.wow_kate_bush', 'song.wow_post_malone'],
      rewrite,
    },
  },
  offer: {
    kind: 'rewrite',
    rewrite: {
      id: 'rw_lamp',
      from: 'kill the big lamp',
      to: 'turn off the living room lamp',
      question:
        'From now on, shall I take “kill the big lamp” to mean “turn off the living room lamp”?',
    },
  },
  media: {
    entityId: 'media_player.kitchen',
    key: 'wow',
    chosen: 'song.wow_post_malone',
    alternatives: ['song.wow_kate_bush', 'song.wow_post_malone'],
    at: T0,
  },
  undo: {
    text: 'turn off the living room lamp',
    at: T0,
    commands: [
      { type: 'turn_on', entityId: 'light.living_room_lamp' },
      { type: 'set_brightness', entityId: 'light.living_room_lamp', brightness: 40 },
    ],
    rewriteId: 'rw_lamp',
  },
};

const rewriteTurn: NewTurn = {
  id: 'turn-1',
  at: T0,
  text: 'kill the big lamp',
  reply: 'Turned off Living room lamp.',
  outcome: 'acted',
  explanation: {
    understood: 'Turn off the Living room lamp',
    intent: 'HassTurnOff',
    slots: { name: 'Living room lamp' },
    targets: [{ id: 'light.living_room_lamp', name: 'Living room lamp' }],
    changes: ['Living room lamp: turned off'],
    reasons: [],
    offer: {
      kind: 'rewrite',
      question:
        'From now on, shall I take “kill the big lamp” to mean “turn off the living room lamp”?',
      reason: 'You said it another way right after.',
    },
    rewrite: {
      from: 'kill big lamp',
      to: 'turn off the living room lamp',
      learnedAt: T0,
      line: 'I understood “kill the big lamp” as “turn off the living room lamp” (learned on 6 January).',
    },
  },
  interpretation: {
    intent: 'HassTurnOff',
    slots: {},
    targets: ['light.living_room_lamp'],
    rewrite: 'rw_lamp',
  },
};

let db: TeachableHomeDb | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('what a turn keeps for learning', () => {
  it('keeps the dialogue state’s rewrite offer, media choice, undo and interpretation fields', async () => {
    db = freshDb();
    await saveDialogueState(db, learningState);
    expect(await getDialogueState(db)).toEqual(learningState);
  });

  it('keeps a turn’s rewrite line and rewrite offer in “Why?”', async () => {
    db = freshDb();
    await addTurn(db, rewriteTurn);
    const [stored] = await readTranscript(db);
    expect(stored).toEqual({ ...rewriteTurn, seq: stored!.seq });
  });

  it('gives learning the last turns of the window, oldest first, with the rewrite each used', async () => {
    db = freshDb();
    await addTurn(db, { ...rewriteTurn, id: 'old', at: T0 - 10 * 60_000, text: 'too old' });
    await addTurn(db, { ...rewriteTurn, id: 'said-by-routine', text: '' });
    await addTurn(db, rewriteTurn);
    await addTurn(db, {
      ...rewriteTurn,
      id: 'turn-2',
      at: T0 + 1000,
      text: 'what',
      outcome: 'failed',
      interpretation: { intent: 'Unknown', slots: {}, targets: [] },
    });
    expect(await recentTurns(db, T0 - 2 * 60_000)).toEqual([
      {
        text: 'kill the big lamp',
        at: T0,
        outcome: 'acted',
        targets: ['light.living_room_lamp'],
        rewriteId: 'rw_lamp',
      },
      { text: 'what', at: T0 + 1000, outcome: 'failed', targets: [] },
    ]);
  });

  it('refuses an undo whose commands are not commands', async () => {
    db = freshDb();
    const broken = { ...learningState, undo: { ...learningState.undo!, commands: [{ type: 1 }] } };
    await expect(saveDialogueState(db, broken as unknown as DialogueState)).rejects.toThrow(
      /dialogue/,
    );
  });
});
