import { describe, expect, it } from 'vitest';
import { supportedCommands } from '../../../domain/home/capabilities.ts';
import { demoHome } from '../../../domain/home/scenarios/demo.ts';
import { makeLight } from '../../../domain/home/testing.ts';
import {
  commandChoices,
  commandLabel,
  COMMANDS,
  defaultValue,
  valueChoices,
  valueFromForm,
  valueLabel,
  valueProblem,
  valueToForm,
} from './commandList.ts';

const home = demoHome(Date.UTC(2026, 10, 23, 19, 30));
const entity = (id: string) => home.entities.find((e) => e.id === id)!;

describe('the command list', () => {
  it('has words for every command any device of the demo home offers', () => {
    for (const e of home.entities)
      for (const command of supportedCommands(e))
        expect(COMMANDS[command]?.label, `${e.id} ${command}`).toMatch(/^[A-Z]/);
  });

  it('offers what one device can do, or what every device of a kind can do', () => {
    expect(commandChoices({ kind: 'entity', entity: entity('lock.front_door') })).toEqual([
      'lock',
      'unlock',
      'toggle',
    ]);
    const lights = commandChoices({ kind: 'area', domain: 'light' });
    expect(lights).toContain('set_brightness');
    expect(lights).not.toContain('lock');
    expect(commandChoices({ kind: 'entity', entity: undefined })).toEqual([]);
    expect(commandLabel('set_brightness')).toBe('Set brightness');
  });

  it('labels values with their unit, temperatures in the person’s', () => {
    expect(valueLabel('set_brightness', 'C')).toBe('Brightness (%)');
    expect(valueLabel('set_temperature', 'C')).toBe('Temperature (°C)');
    expect(valueLabel('set_temperature', 'F')).toBe('Temperature (°F)');
    expect(valueLabel('set_value', 'C', entity('sensor.garden_light_level'))).toBe('Reading (lx)');
    expect(valueLabel('turn_on', 'C')).toBeUndefined();
  });

  it('offers whites only to a light that has no colours', () => {
    const white = makeLight({ attributes: { supported_color_modes: ['color_temp'] } });
    const colour = makeLight({ attributes: { supported_color_modes: ['rgb', 'color_temp'] } });
    const names = (e: typeof white) => valueChoices('set_color', 'C', e)!.map((c) => c.value);
    expect(names(white)).not.toContain('red');
    expect(names(white)).toContain('warm white');
    expect(names(colour)).toContain('red');
    // A colour set elsewhere is kept, named in words.
    expect(valueChoices('set_color', 'C', colour, '#87ceeb')!.at(-1)).toEqual({
      value: '#87ceeb',
      label: 'Sky blue',
    });
  });

  it('converts temperatures and differences of temperature', () => {
    expect(valueFromForm('set_temperature', '70', 'F')).toBe(21.11);
    expect(valueToForm('set_temperature', 21.11, 'F')).toBe('70');
    expect(valueFromForm('adjust_temperature', '-1,8', 'F')).toBe(-1);
    expect(valueToForm('adjust_temperature', -1, 'F')).toBe('-1.8');
    const sensor = entity('sensor.outside_temperature');
    expect(valueFromForm('set_value', '50', 'F', sensor)).toBe(10);
    expect(valueFromForm('set_brightness', '40', 'F')).toBe(40);
    expect(valueFromForm('set_color', 'red', 'C')).toBe('red');
    expect(valueFromForm('turn_on', '', 'C')).toBeUndefined();
  });

  it('says what is wrong with a value, and starts from one that is right', () => {
    expect(valueProblem('set_volume', '101', 'C')).toBe('Enter a number from 0 to 100');
    expect(valueProblem('adjust_volume', '0', 'C')).toBe(
      'Enter a number from -100 to 100, but not 0',
    );
    expect(valueProblem('set_hvac_mode', 'warm', 'C')).toBe('Choose a mode');
    expect(valueProblem('play_media', 'song.nothing', 'C')).toBe('Choose something to play');
    for (const command of ['set_brightness', 'set_temperature', 'set_color', 'play_media'])
      for (const unit of ['C', 'F'] as const)
        expect(valueProblem(command, defaultValue(command, unit), unit)).toBeUndefined();
  });
});
