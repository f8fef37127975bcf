import { describe, expect, it } from 'vitest';
import { execute } from '../home/execute.ts';
import type { Interpretation } from '../language/types.ts';
import { conceptCommands } from './concepts.ts';
import { offerTeaching } from './offer.ts';
import { NOW, teachContext } from './testing.ts';
import { bigLightQuestion, studyModeRequest, studyQuestion, talk } from './testingDialogue.ts';

describe('teaching a concept', () => {
  it('asks what the word means, saves it and applies it to the device of the request', () => {
    const ctx = teachContext();
    const [confirm, saved] = talk(studyQuestion, ['full brightness and cool white', 'yes'], ctx);
    expect(confirm!.reply).toBe(
      'So “study mode” for a light means brightness 100 % and cool white. Shall I save that?',
    );
    expect(saved!.reply).toBe(
      "Done. “study mode” now means brightness 100 % and cool white for every light. I've set the Living room lamp to it.",
    );
    expect(saved!.save).toMatchObject({
      kind: 'concept',
      word: 'study mode',
      domain: 'light',
      settings: { brightness: 100, color_temp_kelvin: 4000 },
      taughtOn: 'light.living_room_lamp',
    });
    expect(saved!.run?.commands).toEqual([
      { entityId: 'light.living_room_lamp', type: 'set_color_temp', kelvin: 4000 },
      { entityId: 'light.living_room_lamp', type: 'set_brightness', brightness: 100 },
    ]);
    // Taught on the living room lamp, it works on the bedside lamp too.
    const save = saved!.save!;
    if (save.kind !== 'concept') throw new Error('a concept');
    const bedside = ctx.home.entities.filter((e) => e.id === 'light.bedside_lamp');
    const after = execute(
      ctx.home,
      conceptCommands(save, bedside).commands,
      { kind: 'manual' },
      NOW,
    ).home;
    expect(after.entities.find((e) => e.id === 'light.bedside_lamp')).toMatchObject({
      state: 'on',
      attributes: { brightness: 100, color_temp_kelvin: 4000, color_mode: 'color_temp' },
    });
  });

  it.each([
    ['brightness 100 percent and cool white', 'brightness 100 % and cool white'],
    ['warm white at half brightness', 'brightness 50 % and warm white'],
    ['red', 'red'],
    ['like it is now', 'brightness 45 % and orange'],
    ['it should be 30 percent, daylight', 'brightness 30 % and daylight'],
  ])('understands %j', (answer, words) => {
    const [confirm] = talk(studyQuestion, [answer]);
    expect(confirm!.reply).toBe(`So “study mode” for a light means ${words}. Shall I save that?`);
  });

  it('reads temperatures for a thermostat, in the person’s unit', () => {
    const cozy: Interpretation = {
      ...studyModeRequest,
      text: 'make it cozy',
      slots: { concept: 'cozy' },
      targets: ['climate.living_room'],
      unresolved: { concept: 'cozy' },
    };
    const question = offerTeaching(cozy.text, cozy)!.state;
    expect(talk(question, ['heating to 22 degrees'])[0]!.reply).toBe(
      'So “cozy” for a thermostat means heating to 22 °C. Shall I save that?',
    );
    expect(talk(question, ['72 degrees'], teachContext({ unit: 'F' }))[0]!.reply).toBe(
      'So “cozy” for a thermostat means 72 °F. Shall I save that?',
    );
  });

  it('says a setting the kind of device does not have', () => {
    const [wrong] = talk(studyQuestion, ['22 degrees']);
    expect(wrong).toMatchObject({ outcome: 'asked', state: { step: 'meaning', misses: 1 } });
    expect(wrong!.reply).toBe(
      'A light has no such setting. Tell me the settings, for example “full brightness and cool white”, or “like it is now”.',
    );
  });
});

describe('teaching a name', () => {
  it('asks which device, saves the name and hands the request back', () => {
    const [confirm, saved] = talk(bigLightQuestion, ["it's the living room ceiling", 'yes']);
    expect(confirm!.reply).toBe(
      'So “the big light” means the Living room ceiling. Shall I save that?',
    );
    expect(saved).toMatchObject({
      outcome: 'saved',
      reply: 'Done. “the big light” is now another name for the Living room ceiling.',
      save: {
        kind: 'name',
        name: 'the big light',
        target: { kind: 'entity', entityId: 'light.living_room_ceiling' },
      },
      retry: 'turn on the big light',
    });
  });

  it('asks which one when the answer fits several, and takes a room', () => {
    const [which] = talk(bigLightQuestion, ['ceiling']);
    expect(which!.reply).toBe(
      // Said in the living room: the ones there.
      'Which one: the Living room ceiling or the Ceiling fan?',
    );
    const [room] = talk(bigLightQuestion, ['the kids room']);
    expect(room!.reply).toBe("So “the big light” means the Kids' room. Shall I save that?");
  });
});
