// Playing a title and correcting the version: "play wow" plays one version (the preferred one
// first) and keeps the choice; "no, the Kate Bush one" plays the other and remembers it, unless
// learning is paused; words that correct nothing leave the turn to the rest of the assistant.
import { describe, expect, it } from 'vitest';
import { EMPTY_LEARNING, type LearningState } from '../learning/types.ts';
import { remember } from '../learning/preferences/prefer.ts';
import { interpret } from '../language/interpret.ts';
import { correctMediaTurn, withMedia } from './mediaTurn.ts';
import { respond } from './respond.ts';
import { demo, inputFor } from './testing.ts';
import { takeTurn } from './turn.ts';
import type { TurnInput, TurnResult } from './types.ts';

const SPEAKER = 'media_player.kitchen_speaker';
const KATE = 'song.wow_kate_bush';
const POST = 'song.wow_post_malone';
const T0 = Date.UTC(2025, 2, 3, 18, 0);

const withLearning = (state: LearningState = EMPTY_LEARNING) => ({ state, recent: [] });

/** "play …" said in the kitchen, through the interpreter and respond. */
function play(text: string, options: Partial<TurnInput> = {}): TurnResult {
  const input = inputFor(demo(), { text, area: 'kitchen', now: T0, ...options });
  return respond(input, interpret(text, { home: input.home, area: 'kitchen' }));
}

const mediaOf = (result: TurnResult, id = SPEAKER) => {
  const e = result.execution?.home.entities.find((x) => x.id === id);
  return e?.domain === 'media_player' ? e.attributes.media_id : undefined;
};

describe('play a title', () => {
  it('plays the first version on the player, says which, and keeps the choice', () => {
    const r = play('play wow');
    expect(r.commands).toEqual([{ entityId: SPEAKER, type: 'play_media', mediaId: KATE }]);
    expect(r.reply).toBe('Playing Wow by Kate Bush on the Kitchen speaker.');
    expect(mediaOf(r)).toBe(KATE);
    expect(r.state.media).toMatchObject({ entityId: SPEAKER, chosen: KATE, key: 'wow' });
    expect(r.learning).toBeUndefined();
    expect(r.explanation.reasons.join(' ')).toContain('“Wow” has 2 versions');
    expect(r.explanation.understood).toBe('Play “wow” on the Kitchen speaker');
  });

  it('a preference decides, the reply says so, and the preference is marked used', () => {
    const prefs = remember([], 'wow', POST, 'no, the Post Malone one', T0 - 86_400_000);
    const r = play('play wow', {
      learning: withLearning({ ...EMPTY_LEARNING, preferences: prefs }),
    });
    expect(r.commands).toEqual([{ entityId: SPEAKER, type: 'play_media', mediaId: POST }]);
    expect(r.reply).toBe(
      'Playing Wow by Post Malone on the Kitchen speaker — you preferred that one last time.',
    );
    expect(r.learning?.preferences[0]?.lastUsedAt).toBe(T0);
    expect(r.explanation.reasons.join(' ')).toContain('because you preferred it');
    expect(r.state.media?.chosen).toBe(POST);
  });

  it('with learning paused the preference still plays, and nothing is saved', () => {
    const prefs = remember([], 'wow', POST, 'the Post Malone one', T0);
    const state = { ...EMPTY_LEARNING, preferences: prefs, paused: true };
    const r = play('play wow', { learning: withLearning(state) });
    expect(mediaOf(r)).toBe(POST);
    expect(r.learning).toBeUndefined();
  });

  it('naming the artist plays that version, without a preference saying so', () => {
    const prefs = remember([], 'wow', KATE, 'the Kate Bush one', T0);
    const r = play('play wow by post malone', {
      learning: withLearning({ ...EMPTY_LEARNING, preferences: prefs }),
    });
    expect(mediaOf(r)).toBe(POST);
    expect(r.reply).toBe('Playing Wow by Post Malone on the Kitchen speaker.');
    expect(r.learning).toBeUndefined();
    expect(r.state.media?.alternatives).toEqual([KATE, POST]);
  });

  it('a title with one version keeps no choice to correct', () => {
    const r = play('put on clair de lune');
    expect(mediaOf(r)).toBe('song.clair_de_lune');
    expect(r.state.media).toBeUndefined();
  });

  it('a title the catalogue lacks says what there is instead', () => {
    const r = play('play despacito');
    expect(r.interpretation.intent).toBe('Unknown');
    expect(r.outcome).toBe('failed');
    expect(r.commands).toEqual([]);
    expect(r.reply).toMatch(
      /^I can't find “despacito” in the music and shows I have\. I have songs like “Wow”/,
    );
    expect(play('play cloudbustin').reply).toContain('Did you mean “Cloudbusting”?');
  });

  it('an unrelated turn after it drops the choice', () => {
    const first = play('play wow');
    const next = respond(
      inputFor(first.execution!.home, { text: 'turn off the lights', state: first.state }),
      interpret('turn off the lights', { home: first.execution!.home, area: 'kitchen' }),
    );
    expect(next.state.media).toBeUndefined();
    expect(withMedia(first.state, undefined).media).toBeUndefined();
  });
});

describe('correctMediaTurn', () => {
  /** The turn after "play wow" (Kate Bush played), saying `text`. */
  const after = (text: string, learning = withLearning()) => {
    const first = play('play wow');
    return correctMediaTurn(
      inputFor(first.execution!.home, {
        text,
        area: 'kitchen',
        state: first.state,
        now: T0 + 5000,
        learning,
      }),
    );
  };

  it('"no, the Post Malone one" plays it, says so and remembers it', () => {
    const r = after('no, the Post Malone one')!;
    expect(r.commands).toEqual([{ entityId: SPEAKER, type: 'play_media', mediaId: POST }]);
    expect(mediaOf(r)).toBe(POST);
    expect(r.reply).toBe("OK, Wow by Post Malone. I'll play that one next time you ask for Wow.");
    expect(r.learning?.preferences.map((p) => [p.key, p.choice])).toEqual([['wow', POST]]);
    expect(r.state.media?.chosen).toBe(POST);
    expect(r.explanation.reasons[0]).toContain('I had played Wow by Kate Bush');
  });

  it('"the other one" twice goes back and forth', () => {
    const once = after('the other one')!;
    expect(mediaOf(once)).toBe(POST);
    const twice = correctMediaTurn(
      inputFor(once.execution!.home, {
        text: 'no, the other one',
        state: once.state,
        now: T0 + 9000,
        learning: withLearning(once.learning),
      }),
    )!;
    expect(mediaOf(twice)).toBe(KATE);
    expect(twice.learning?.preferences.map((p) => p.choice)).toEqual([KATE]);
  });

  it('words that correct nothing are left to the rest of the assistant', () => {
    expect(after('turn off the lights')).toBeUndefined();
    expect(after('no, the Beatles one')).toBeUndefined();
    const none = inputFor(demo(), { text: 'the other one', state: {} });
    expect(correctMediaTurn(none)).toBeUndefined();
  });

  it('with learning paused it plays the version meant and remembers nothing', () => {
    const r = after('the Post Malone one', withLearning({ ...EMPTY_LEARNING, paused: true }))!;
    expect(mediaOf(r)).toBe(POST);
    expect(r.reply).toBe('OK, Wow by Post Malone.');
    expect(r.learning).toBeUndefined();
    expect(r.explanation.reasons.join(' ')).toContain('Learning is paused');
  });
});

describe('asking which player', () => {
  it('with nothing to go by it asks, and the answer plays the title there', () => {
    const quiet = demo();
    const home = {
      ...quiet,
      entities: quiet.entities.map((e) =>
        e.domain === 'media_player' ? ({ ...e, state: 'idle' } as typeof e) : e,
      ),
    };
    const asked = takeTurn(inputFor(home, { text: 'play wow', now: T0 }));
    expect(asked.outcome).toBe('asked');
    expect(asked.reply).toMatch(/^Which one/);
    const answered = takeTurn(
      inputFor(home, { text: 'the kitchen speaker', state: asked.state, now: T0 + 3000 }),
    );
    expect(answered.commands).toEqual([{ entityId: SPEAKER, type: 'play_media', mediaId: KATE }]);
    expect(answered.state.media?.chosen).toBe(KATE);
  });
});

describe('the whole round through takeTurn', () => {
  it('play, correct, and the next "play wow" starts with the version chosen', () => {
    let home = demo();
    let state = {};
    let learning = EMPTY_LEARNING;
    const say = (text: string, now: number) => {
      const r = takeTurn(
        inputFor(home, { text, area: 'kitchen', state, now, learning: withLearning(learning) }),
      );
      home = r.execution?.home ?? home;
      state = r.state;
      learning = r.learning ?? learning;
      return r;
    };
    expect(say('play wow', T0).reply).toBe('Playing Wow by Kate Bush on the Kitchen speaker.');
    expect(say('no, the Post Malone one', T0 + 5000).reply).toContain('OK, Wow by Post Malone.');
    expect(say('turn off the kitchen lights', T0 + 60_000).state.media).toBeUndefined();
    expect(say('play wow', T0 + 86_400_000).reply).toBe(
      'Playing Wow by Post Malone on the Kitchen speaker — you preferred that one last time.',
    );
  });
});
