import { describe, expect, it } from 'vitest';
import { execute } from '../home/execute.ts';
import { CANCELLED } from './dialogue.ts';
import { startTeaching } from './offer.ts';
import { command, control, NOW, routine, teachContext } from './testing.ts';
import { movieConfirm, movieOffer, talk } from './testingDialogue.ts';

const last = <T>(list: T[]): T => list[list.length - 1]!;

describe('teaching a command in conversation', () => {
  it('asks, understands ordinary words, repeats back, saves and does it', () => {
    const ctx = teachContext();
    const [yes, meaning, saved] = talk(
      movieOffer,
      ['yes', 'living room lights to 20 percent and close the blinds', 'yes'],
      ctx,
    );
    expect(yes).toMatchObject({ outcome: 'asked', reply: 'What should “movie mode” do?' });
    expect(meaning).toMatchObject({
      outcome: 'asked',
      reply:
        'So “movie mode” means: set all the lights in the Living room to 20 % and close the Living room blinds. Shall I save that?',
    });
    expect(saved!.outcome).toBe('saved');
    expect(saved!.state).toBeUndefined();
    expect(saved!.reply).toBe(
      'Done. “movie mode” now means: set all the lights in the Living room to 20 % and close the Living room blinds.',
    );
    expect(saved!.save).toEqual({
      id: 'taught-1',
      source: 'conversation',
      taughtAt: NOW,
      updatedAt: NOW,
      kind: 'command',
      phrases: ['movie mode'],
      steps: [
        {
          type: 'control',
          target: { kind: 'area', areaId: 'living_room', domain: 'light' },
          command: 'set_brightness',
          value: 20,
        },
        {
          type: 'control',
          target: { kind: 'entity', entityId: 'cover.living_room_blinds' },
          command: 'close',
        },
      ],
    });
    // "… saves, and does it": the lights are at 20 % once the commands run.
    const after = execute(ctx.home, saved!.run!.commands, { kind: 'manual' }, NOW).home;
    for (const id of [
      'light.living_room_ceiling',
      'light.living_room_lamp',
      'light.tv_backlight',
    ]) {
      const light = after.entities.find((e) => e.id === id);
      expect(light?.domain === 'light' && light.attributes.brightness).toBe(20);
    }
  });

  it('reads "lights 20%" as the lights of the room it is said in', () => {
    const ctx = teachContext({ area: 'kitchen' });
    const [, confirm] = talk(movieOffer, ['yes', 'lights 20%'], ctx);
    expect(confirm!.reply).toBe(
      'So “movie mode” means: set all the lights in the Kitchen to 20 %. Shall I save that?',
    );
  });

  it('takes the meaning said with the yes', () => {
    const [confirm] = talk(movieOffer, ['yes, turn on the TV']);
    expect(confirm!.reply).toBe(
      'So “movie mode” means: turn on the Living room TV. Shall I save that?',
    );
  });

  it('remembers the room as it is now for "like it is now"', () => {
    const [, confirm, saved] = talk(movieOffer, ['yes', 'like it is now', 'yes']);
    expect(confirm!.reply).toMatch(
      /^So “movie mode” means: set the Living room ceiling to warm white, /,
    );
    const steps = saved!.save?.kind === 'command' ? saved!.save.steps : [];
    expect(steps).toContainEqual(control('light.living_room_lamp', 'set_brightness', 45));
    expect(steps).toContainEqual(control('media_player.living_room_tv', 'set_volume', 25));
  });

  it('runs a routine by its name, with other steps', () => {
    const ctx = teachContext({ routines: [routine('good_night', 'Good night', ['nighty night'])] });
    const [, confirm, saved] = talk(
      movieOffer,
      ['yes', 'close the blinds and run Good night', 'yes'],
      ctx,
    );
    expect(confirm!.reply).toBe(
      "So “movie mode” means: close the Living room blinds and run the routine 'Good night'. Shall I save that?",
    );
    expect(saved!.run).toEqual({
      commands: [{ entityId: 'cover.living_room_blinds', type: 'close' }],
      routines: ['good_night'],
      say: [],
      notify: [],
    });
  });

  it('asks again after a no, and takes a correction said with the no', () => {
    const [instead, again] = talk(movieConfirm, ['no', 'turn on the TV']);
    expect(instead).toMatchObject({ outcome: 'asked', reply: 'What should it do instead?' });
    expect(again!.reply).toBe(
      'So “movie mode” means: turn on the Living room TV. Shall I save that?',
    );
    const [corrected] = talk(movieConfirm, ['no, close the blinds']);
    expect(corrected!.reply).toBe(
      'So “movie mode” means: close the Living room blinds. Shall I save that?',
    );
  });

  it('is started on purpose: "reading mode" = lights all the way up', () => {
    const start = startTeaching();
    const [meaning, confirm, saved] = talk(start.state, [
      'reading mode',
      'lights all the way up',
      'yes',
    ]);
    expect(meaning!.reply).toBe('What should “reading mode” do?');
    expect(confirm!.reply).toBe(
      'So “reading mode” means: set all the lights in the Living room to 100 %. Shall I save that?',
    );
    expect(saved!.save).toMatchObject({ kind: 'command', phrases: ['reading mode'] });
  });

  it('takes a phrase and its meaning in one go', () => {
    const [confirm] = talk(startTeaching().state, [
      'party time means turn on the TV and set the lamp to red',
    ]);
    expect(confirm!.reply).toBe(
      'So “party time” means: turn on the Living room TV and set the Living room lamp to red. Shall I save that?',
    );
  });

  it('refuses words that steer the conversation as a phrase', () => {
    const [refused] = talk(startTeaching().state, ['help me']);
    expect(refused).toMatchObject({ outcome: 'asked', state: { step: 'phrase' } });
    const [asked] = talk(startTeaching().state, ['teach you something']);
    expect(asked).toMatchObject({ outcome: 'asked', state: { step: 'phrase', misses: 1 } });
    expect(asked!.reply).toBe(
      '“teach you something” is how you start teaching me. Choose other words.',
    );
  });
});

describe('collisions at the save step', () => {
  const ctx = teachContext({ routines: [routine('good_night', 'Good night', ['good night'])] });

  it('says what it collides with and saves with an explicit yes, so the new meaning wins', () => {
    const [, confirm, saved] = talk(
      startTeaching().state,
      ['good night', 'turn off the lights', 'yes'],
      ctx,
    );
    expect(confirm!.reply).toBe(
      'So “good night” means: turn off all the lights in the Living room. “good night” is already your routine Good night. Save it anyway, so your new meaning wins?',
    );
    expect(saved!.save).toMatchObject({ phrases: ['good night'], overrides: true });
  });

  it('saves nothing when the person says no to the collision and then cancels', () => {
    const results = talk(
      startTeaching().state,
      ['good night', 'turn off the lights', 'no', 'cancel'],
      ctx,
    );
    expect(results.map((r) => r.save)).toEqual([undefined, undefined, undefined, undefined]);
    expect(last(results)).toMatchObject({ outcome: 'cancelled', reply: CANCELLED });
  });

  it('gives a command taught again its new meaning, keeping its id and phrases', () => {
    const old = command(
      'movie',
      ['movie mode', 'film night'],
      [control('light.hallway', 'turn_on')],
    );
    const taughtCtx = teachContext({ taught: [old], now: NOW + 86_400_000 });
    const [, confirm, saved] = talk(movieOffer, ['yes', 'turn on the TV', 'yes'], taughtCtx);
    expect(confirm!.reply).toBe(
      'So “movie mode” means: turn on the Living room TV. You already taught me “movie mode”: turn on the Hallway light. Shall I replace it with the new meaning?',
    );
    expect(saved!.save).toMatchObject({
      id: 'movie',
      phrases: ['movie mode', 'film night'],
      taughtAt: NOW,
      updatedAt: NOW + 86_400_000,
      steps: [control('media_player.living_room_tv', 'turn_on')],
    });
    expect(saved!.save).not.toHaveProperty('overrides');
  });
});
