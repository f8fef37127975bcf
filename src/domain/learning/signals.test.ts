import { describe, expect, it } from 'vitest';
import { demoHome } from '../home/scenarios/demo.ts';
import { detectRephrase, isContradiction, meantPart, rephraseIn } from './signals.ts';
import type { ObservedTurn } from './types.ts';

const AT = Date.UTC(2025, 2, 3, 18, 0);
const context = { home: demoHome(AT) };
const failed = (text: string, at = AT): ObservedTurn => ({ text, at, outcome: 'failed' });
const acted = (text: string, at = AT + 30_000, targets?: string[]): ObservedTurn => ({
  text,
  at,
  outcome: 'acted',
  ...(targets ? { targets } : {}),
});

describe('rephrase detection', () => {
  it('pairs a failed request with the rephrase that shares its content words', () => {
    const pair = detectRephrase(
      failed('kill the big lamp'),
      acted('turn off the living room lamp'),
      context,
    );
    expect(pair).toEqual({
      failed: { text: 'kill the big lamp', at: AT },
      worked: { text: 'turn off the living room lamp', at: AT + 30_000 },
      reason: 'same-words',
    });
  });

  it('does not pair requests with nothing in common', () => {
    expect(
      detectRephrase(failed('make it cozy'), acted('turn on the kitchen light'), context),
    ).toBeUndefined();
  });

  it('a device the failed words name must be the one the rephrase acted on', () => {
    expect(
      detectRephrase(failed('juice the printer'), acted('turn on the desk fan'), context),
    ).toBeUndefined();
    expect(
      detectRephrase(failed('juice the printer'), acted('turn on the printer'), context)?.reason,
    ).toBe('same-device');
    // An alias names the device too: "telly" is the TV.
    expect(detectRephrase(failed('shut the telly up'), acted('mute the tv'), context)?.reason).toBe(
      'same-device',
    );
  });

  it('a room the failed words name must hold what the rephrase acted on', () => {
    expect(
      detectRephrase(failed('blow some air in the office'), acted('turn on the desk fan'), context)
        ?.reason,
    ).toBe('same-room');
    expect(
      detectRephrase(
        failed('blow some air in the office'),
        acted('turn on the bathroom fan'),
        context,
      ),
    ).toBeUndefined();
  });

  it('needs the rephrase within two minutes, after the failure', () => {
    const late = acted('turn off the living room lamp', AT + 3 * 60_000);
    expect(detectRephrase(failed('kill the big lamp'), late, context)).toBeUndefined();
    const before = acted('turn off the living room lamp', AT - 1000);
    expect(detectRephrase(failed('kill the big lamp'), before, context)).toBeUndefined();
  });

  it('needs the first turn to have failed or been undone, and the second to have worked', () => {
    const first = acted('kill the big lamp', AT);
    const second = acted('turn off the living room lamp');
    expect(detectRephrase(first, second, context)).toBeUndefined();
    expect(detectRephrase({ ...first, undone: true }, second, context)).toBeDefined();
    expect(
      detectRephrase(failed('kill the big lamp'), { ...second, outcome: 'failed' }, context),
    ).toBeUndefined();
    expect(
      detectRephrase(failed('kill the big lamp'), { ...second, undone: true }, context),
    ).toBeUndefined();
  });

  it('saying the same words again is not a rephrase', () => {
    expect(
      detectRephrase(failed('Kill the big lamps'), acted('kill the big lamp, please'), context),
    ).toBeUndefined();
  });

  it('works from the words alone when there is no home', () => {
    expect(detectRephrase(failed('kill the big lamp'), acted('turn off the lamp'))).toBeDefined();
    expect(detectRephrase(failed('make it cozy'), acted('turn on the light'))).toBeUndefined();
  });

  it('needs more than one shared word in a long request', () => {
    const long = failed('do the thing with the purple glowing spooky halloween lamp');
    expect(detectRephrase(long, acted('turn off the lamp'))).toBeUndefined();
  });
});

describe('contradictions', () => {
  it('knows the words that take a turn back, and not requests that start alike', () => {
    for (const text of ['no', 'No, that’s wrong.', 'stop', "that's not what I meant", 'wrong'])
      expect(isContradiction(text), text).toBe(true);
    for (const text of ['no more music', 'stop the music', 'turn off the wrong light'])
      expect(isContradiction(text), text).toBe(false);
  });

  it('reads what was meant after "no, I meant"', () => {
    expect(meantPart('No, I meant turn off the living room lamp')).toBe(
      'turn off the living room lamp',
    );
    expect(meantPart('i mean: the lamp')).toBe('the lamp');
    expect(meantPart('I meant')).toBeUndefined();
    expect(meantPart('turn off the lamp')).toBeUndefined();
  });

  it('steps over "no" and takes the turn before it as undone', () => {
    const turns: ObservedTurn[] = [
      {
        text: 'shush the telly',
        at: AT,
        outcome: 'acted',
        targets: ['media_player.living_room_tv'],
      },
      { text: 'no', at: AT + 5000, outcome: 'said' },
      acted('mute the tv', AT + 20_000, ['media_player.living_room_tv']),
    ];
    expect(rephraseIn(turns, context)?.failed.text).toBe('shush the telly');
    // Without the "no", a turn that acted stands: nothing to learn.
    expect(rephraseIn([turns[0]!, turns[2]!], context)).toBeUndefined();
  });

  it('a "no" that answered a question in a dialogue takes nothing back', () => {
    const turns: ObservedTurn[] = [
      { text: 'tell me about bedtime', at: AT, outcome: 'answered', inDialogue: true },
      { text: 'no', at: AT + 5000, outcome: 'said', inDialogue: true },
      acted('ask sitter notes when is bedtime', AT + 20_000, []),
    ];
    expect(rephraseIn(turns, context)).toBeUndefined();
  });

  it('"no, I meant …" is itself the rephrase', () => {
    const pair = rephraseIn(
      [
        { text: 'kill the big lamp', at: AT, outcome: 'acted', targets: ['light.bedside_lamp'] },
        acted('No, I meant turn off the living room lamp', AT + 15_000, ['light.living_room_lamp']),
      ],
      context,
    );
    expect(pair?.worked.text).toBe('turn off the living room lamp');
  });

  it('looks no further back than the window', () => {
    const turns = [
      failed('kill the big lamp', AT),
      acted('turn off the living room lamp', AT + 200_000),
    ];
    expect(rephraseIn(turns, context)).toBeUndefined();
    expect(rephraseIn([], context)).toBeUndefined();
  });
});
