import { describe, expect, it } from 'vitest';
import { demoScenario } from '../../src/domain/home/scenarios/demo.ts';
import type { Interpretation } from '../../src/domain/language/types.ts';
import { answerLine, findArea, output, parseArgs, parseLine, type Answerer } from './lines.ts';

const home = demoScenario.build(Date.UTC(2026, 2, 3, 20, 0)).home;

describe('the interpret command line: arguments', () => {
  it('reads --home and --area, with a space or an equals sign', () => {
    expect(parseArgs(['--home', 'h.json', '--area=Kitchen'])).toEqual({
      home: 'h.json',
      area: 'Kitchen',
    });
    expect(parseArgs([])).toEqual({});
    expect(parseArgs(['--help'])).toEqual({ help: true });
  });

  it('says what is wrong with unknown arguments and missing values', () => {
    expect(parseArgs(['--room', 'x'])).toEqual({ error: 'unknown argument "--room"' });
    expect(parseArgs(['--home'])).toEqual({ error: '--home needs a value' });
    expect(parseArgs(['--area='])).toEqual({ error: '--area needs a value' });
  });
});

describe('the interpret command line: lines', () => {
  it('reads plain text and JSON objects with an optional area', () => {
    expect(parseLine('  turn on the porch light \r')).toEqual({ text: 'turn on the porch light' });
    expect(parseLine('{"text": "lights off", "area": "Kitchen"}')).toEqual({
      text: 'lights off',
      area: 'Kitchen',
    });
    expect(parseLine('{"text": "lights off", "area": null}')).toEqual({ text: 'lights off' });
  });

  it('turns empty lines, broken JSON and wrong fields into errors', () => {
    expect(parseLine('   ')).toHaveProperty('error', expect.stringContaining('empty line'));
    expect(parseLine('{"text": ')).toHaveProperty(
      'error',
      expect.stringContaining('not valid JSON'),
    );
    expect(parseLine('{"area": "Kitchen"}')).toHaveProperty(
      'error',
      expect.stringContaining('"text"'),
    );
    expect(parseLine('{"text": "x", "area": 3}')).toHaveProperty(
      'error',
      expect.stringContaining('"area"'),
    );
  });

  it('finds a room by id or by name, whatever the case and spacing', () => {
    expect(findArea(home, 'living_room')?.id).toBe('living_room');
    expect(findArea(home, 'Living  Room')?.id).toBe('living_room');
    expect(findArea(home, "kids' room")?.id).toBe('kids_room');
    expect(findArea(home, 'Attic')).toBeUndefined();
  });
});

describe('the interpret command line: answers', () => {
  const seen: { text: string; area: string | undefined }[] = [];
  const answerer: Answerer = {
    home,
    area: 'office',
    understand(text, area) {
      seen.push({ text, area });
      if (text === 'boom') throw new Error('it broke');
      const interpretation: Interpretation = {
        text,
        intent: 'HassTurnOff',
        slots: { domain: 'light', area: 'Kitchen' },
        targets: ['light.kitchen_ceiling'],
      };
      return { interpretation, speech: 'Turned off the lights' };
    },
  };

  it('prints text, intent, slots, targets and speech, in that order', () => {
    const line = JSON.stringify(answerLine('lights off', answerer));
    expect(line).toBe(
      '{"text":"lights off","intent":"HassTurnOff","slots":{"domain":"light","area":"Kitchen"},"targets":["light.kitchen_ceiling"],"speech":"Turned off the lights"}',
    );
  });

  it("speaks from the line's room, else from --area", () => {
    seen.length = 0;
    answerLine('{"text": "lights off", "area": "Kitchen"}', answerer);
    answerLine('lights off', answerer);
    expect(seen.map((s) => s.area)).toEqual(['kitchen', 'office']);
  });

  it('answers an unknown room or a failure with an error object, and goes on', () => {
    expect(answerLine('{"text": "lights off", "area": "Attic"}', answerer)).toEqual({
      text: 'lights off',
      error: expect.stringContaining('no area "Attic"'),
    });
    expect(answerLine('boom', answerer)).toEqual({
      text: 'boom',
      error: 'could not interpret: it broke',
    });
  });

  it('lists the parts of a compound request', () => {
    const part: Interpretation = {
      text: 'lock the door',
      intent: 'HassTurnOn',
      slots: {},
      targets: [],
    };
    const whole: Interpretation = { ...part, text: 'a and b', parts: [part, part] };
    expect(output({ interpretation: whole, speech: '' }).parts).toEqual([
      { text: 'lock the door', intent: 'HassTurnOn', slots: {}, targets: [] },
      { text: 'lock the door', intent: 'HassTurnOn', slots: {}, targets: [] },
    ]);
    expect(output({ interpretation: part, speech: '' })).not.toHaveProperty('parts');
  });
});
