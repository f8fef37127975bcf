import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InterpretContext, Interpretation } from '../language/types.ts';
import { demo, inputFor, said } from './testing.ts';
import { takeTurn } from './turn.ts';
import type { DialogueState, TurnResult } from './types.ts';

// The interpreter is written elsewhere; here it answers with what each test lines up.
const script: Interpretation[] = [];
const contexts: InterpretContext[] = [];
vi.mock('../language/interpret.ts', () => ({
  interpret: (text: string, context: InterpretContext) => {
    contexts.push(context);
    const next = script.shift();
    return next ? { ...next, text } : { text, intent: 'Unknown', slots: {}, targets: [] };
  },
}));

beforeEach(() => {
  script.length = 0;
  contexts.length = 0;
});

/** Says each line in turn, carrying the home and the dialogue state along. */
function conversation(lines: [string, Interpretation][], area = 'kitchen'): TurnResult[] {
  let home = demo();
  let state: DialogueState = {};
  return lines.map(([text, interpretation]) => {
    script.push(interpretation);
    const result = takeTurn(inputFor(home, { text, area, state }));
    home = result.execution?.home ?? home;
    state = result.state;
    return result;
  });
}

describe('takeTurn', () => {
  it('interprets in the context of the home, the room and the conversation', () => {
    const [first] = conversation([
      ['turn off the lights', said('HassTurnOff', { domain: 'light' }, ['light.kitchen_ceiling'])],
    ]);
    expect(first?.reply).toBe('Turned off the Kitchen ceiling.');
    expect(contexts[0]).toMatchObject({ area: 'kitchen' });
    expect(contexts[0]?.home.entities.length).toBe(demo().entities.length);
    expect(contexts[0]?.previous).toBeUndefined();
  });

  it('remembers the last request that acted, for "it" next time', () => {
    const [first, second] = conversation([
      [
        'turn off the ceiling',
        said('HassTurnOff', { name: 'Kitchen ceiling' }, ['light.kitchen_ceiling']),
      ],
      [
        'turn it on',
        said('HassTurnOn', {}, ['light.kitchen_ceiling'], { fromContext: ['targets'] }),
      ],
    ]);
    expect(first?.state.previous).toEqual({
      intent: 'HassTurnOff',
      slots: { name: 'Kitchen ceiling' },
      targets: ['light.kitchen_ceiling'],
    });
    // And how to take it back, for "that's wrong".
    expect(first?.state.undo?.commands).toEqual([
      { entityId: 'light.kitchen_ceiling', type: 'turn_on' },
    ]);
    expect(contexts[1]?.previous?.targets).toEqual(['light.kitchen_ceiling']);
    expect(second?.reply).toBe('Turned on the Kitchen ceiling.');
  });

  it('remembers what a question was about', () => {
    const [first] = conversation([
      ['is the front door locked', said('HassGetState', { state: 'locked' }, ['lock.front_door'])],
    ]);
    expect(first?.state.previous?.targets).toEqual(['lock.front_door']);
  });

  it('keeps the last good request after a failure, and passes a question’s pending state on once', () => {
    const results = conversation([
      ['lock the back door', said('HassTurnOn', {}, ['lock.back_door'])],
      ['blorp', said('Unknown')],
      [
        'turn on kitchen',
        said('HassTurnOn', { name: 'kitchen' }, [], {
          ambiguous: ['light.kitchen_ceiling', 'light.kitchen_counter'],
        }),
      ],
      [
        'the counter',
        said('HassTurnOn', {}, ['light.kitchen_counter'], { fromContext: ['answer'] }),
      ],
    ]);
    expect(results[1]?.state.previous?.targets).toEqual(['lock.back_door']);
    expect(results[2]?.state.pending?.options).toEqual([
      'light.kitchen_ceiling',
      'light.kitchen_counter',
    ]);
    expect(results[2]?.state.previous?.targets).toEqual(['lock.back_door']);
    expect(contexts[3]?.pending?.kind).toBe('which');
    expect(results[3]?.state.pending).toBeUndefined();
    expect(results[3]?.state.previous?.targets).toEqual(['light.kitchen_counter']);
  });

  it('drops a pending question when the person says something else', () => {
    const results = conversation([
      [
        'turn on kitchen',
        said('HassTurnOn', { name: 'kitchen' }, [], {
          ambiguous: ['light.kitchen_ceiling', 'light.kitchen_counter'],
        }),
      ],
      ['what is the temperature', said('HassClimateGetTemperature')],
    ]);
    expect(results[1]?.state.pending).toBeUndefined();
    expect(results[1]?.reply).toBe("It's 21.4 °C in the Kitchen.");
  });

  it('asks its question again when the next line isn’t an answer, and keeps waiting', () => {
    const kitchen = ['light.kitchen_ceiling', 'light.kitchen_counter'];
    const results = conversation([
      [
        'dim the kitchen light',
        said('LightAdjustBrightness', { direction: 'down' }, [], { ambiguous: kitchen }),
      ],
      ['hmm', said('Unknown')],
      [
        'the ceiling',
        said('LightAdjustBrightness', { direction: 'down' }, ['light.kitchen_ceiling'], {
          fromContext: ['answer'],
        }),
      ],
    ]);
    expect(results[1]?.reply).toBe('Sorry, which one: Kitchen ceiling or Kitchen counter lights?');
    expect(results[1]?.outcome).toBe('asked');
    expect(contexts[2]?.pending?.options).toEqual(kitchen);
    expect(results[2]?.reply).toBe('Dimmed the Kitchen ceiling to 60 %.');
  });

  it('follows the home from turn to turn', () => {
    const results = conversation([
      ['unlock the front door', said('HassTurnOff', {}, ['lock.front_door'])],
      ['unlock the front door', said('HassTurnOff', {}, ['lock.front_door'])],
    ]);
    expect(results.map((r) => r.reply)).toEqual([
      'Unlocked the Front door.',
      'The Front door was already unlocked.',
    ]);
  });

  it('is answered even when the interpreter understands nothing', () => {
    const result = takeTurn(inputFor(demo(), { text: 'hmm' }));
    expect(result.outcome).toBe('failed');
    expect(result.reply).toMatch(/^Sorry, I didn't catch that\./);
  });
});
