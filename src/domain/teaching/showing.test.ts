import { describe, expect, it } from 'vitest';
import { execute } from '../home/execute.ts';
import type { Home } from '../home/model.ts';
import { commandPlan } from './run.ts';
import { preselect, rememberable, rememberThis } from './showing.ts';
import { command, home, NOW } from './testing.ts';

const run = (h: Home, commands: Parameters<typeof execute>[1]) =>
  execute(h, commands, { kind: 'manual' }, NOW).home;

describe('rememberThis', () => {
  it('keeps each device as it is now, in steps a person can read back', () => {
    const steps = rememberThis(home(), [
      'light.living_room_lamp',
      'light.living_room_ceiling',
      'light.sideboard_lamp',
      'light.garage',
      'cover.office_shade',
      'cover.living_room_blinds',
      'climate.living_room',
      'media_player.living_room_tv',
      'media_player.kitchen_speaker',
      'switch.tv_stand',
      'fan.desk_fan',
      'lock.back_door',
      'sensor.kitchen_temperature',
      'light.not_there',
    ]);
    const said = steps.map((s) =>
      `${s.target.kind === 'entity' ? s.target.entityId : ''} ${s.command} ${s.value ?? ''}`.trim(),
    );
    expect(said).toEqual([
      'light.living_room_ceiling set_color_temp 2700',
      'light.living_room_ceiling set_brightness 70',
      'light.living_room_lamp set_color #ffa94d',
      'light.living_room_lamp set_brightness 45',
      'cover.living_room_blinds close',
      'climate.living_room set_hvac_mode heat',
      'climate.living_room set_temperature 21',
      'media_player.living_room_tv turn_on',
      'media_player.living_room_tv set_volume 25',
      'switch.tv_stand turn_on',
      'media_player.kitchen_speaker turn_on',
      'media_player.kitchen_speaker set_volume 30',
      'lock.back_door unlock',
      'light.sideboard_lamp turn_off',
      'light.garage turn_off',
      'cover.office_shade set_position 50',
      'fan.desk_fan turn_off',
    ]);
  });

  it('puts the devices back as they were when run later', () => {
    const before = home();
    const ids = preselect(before, 'living_room');
    const remembered = command('evening', ['evening'], rememberThis(before, ids));
    // Someone changes everything…
    const changed = run(before, [
      { entityId: 'light.living_room_lamp', type: 'set_color', color: 'blue' },
      { entityId: 'light.living_room_ceiling', type: 'turn_off' },
      { entityId: 'cover.living_room_blinds', type: 'set_position', position: 80 },
      { entityId: 'media_player.living_room_tv', type: 'set_volume', volume: 70 },
    ]);
    // …and saying the taught command brings it back.
    const after = run(changed, commandPlan(remembered, changed).commands);
    for (const id of ids) {
      const was = before.entities.find((e) => e.id === id)!;
      const now = after.entities.find((e) => e.id === id)!;
      expect(now.state === was.state || now.domain === 'cover').toBe(true);
      if (now.domain === 'light' && was.domain === 'light') {
        // What shows: brightness, and the colour or white of the mode it is in.
        const look = (a: typeof now.attributes) => [
          a.brightness,
          a.color_mode,
          a.color_mode === 'rgb' ? a.rgb_color : a.color_temp_kelvin,
        ];
        expect(look(now.attributes)).toEqual(look(was.attributes));
      }
      if (now.domain === 'cover')
        expect(now.attributes.target_position ?? now.attributes.position).toBe(0);
      if (now.domain === 'media_player' && was.domain === 'media_player')
        expect(now.attributes.volume).toBe(was.attributes.volume);
    }
  });
});

describe('preselect', () => {
  it("ticks a room's lights, blinds and TV, not its plugs, fans or thermostat", () => {
    expect(preselect(home(), 'living_room')).toEqual([
      'light.living_room_ceiling',
      'light.living_room_lamp',
      'light.tv_backlight',
      'cover.living_room_blinds',
      'media_player.living_room_tv',
    ]);
    expect(preselect(home(), undefined)).toEqual([]);
  });

  it('offers only devices whose state can be kept', () => {
    const h = home();
    const kinds = h.entities.filter(rememberable).map((e) => e.domain);
    expect(new Set(kinds)).toEqual(
      new Set(['light', 'switch', 'fan', 'cover', 'lock', 'climate', 'media_player']),
    );
  });
});
