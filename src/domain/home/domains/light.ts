// Lights: on/off with a remembered brightness, dimming, colours and shades of white.
import { PLAIN_WHITE_KELVIN, parseColor } from '../colors.ts';
import { LIGHT_KELVIN, type LightEntity } from '../model.ts';
import {
  checkRange,
  checkStep,
  clamp,
  fail,
  ok,
  PERCENT,
  show,
  type DomainHandler,
  type Outcome,
} from './common.ts';

const BRIGHTNESS = { label: 'Brightness', ...PERCENT, unit: '%' };
const KELVIN = { label: 'Colour temperature', ...LIGHT_KELVIN, unit: 'K' };

type Attributes = LightEntity['attributes'];

const supports = (light: LightEntity, mode: Attributes['color_mode']) =>
  light.attributes.supported_color_modes.includes(mode);

const isDimmable = (light: LightEntity) =>
  light.attributes.supported_color_modes.some((m) => m !== 'onoff');

function turnOn(light: LightEntity, changes: Partial<Attributes> = {}): LightEntity {
  // Brightness is kept while off so "turn on" restores it; a light dimmed to 0 comes back full.
  const brightness = light.attributes.brightness > 0 ? light.attributes.brightness : 100;
  return { ...light, state: 'on', attributes: { ...light.attributes, brightness, ...changes } };
}

const turnOff = (light: LightEntity): LightEntity => ({ ...light, state: 'off' });

function setBrightness(light: LightEntity, brightness: number): Outcome<LightEntity> {
  if (!isDimmable(light) && brightness !== 0 && brightness !== 100) {
    return fail(`${light.name} can't be dimmed; it only turns on and off.`);
  }
  if (brightness === 0) {
    return ok({ ...light, state: 'off', attributes: { ...light.attributes, brightness: 0 } });
  }
  return ok({ ...light, state: 'on', attributes: { ...light.attributes, brightness } });
}

function adjustBrightness(light: LightEntity, by: number): Outcome<LightEntity> {
  if (!isDimmable(light)) return fail(`${light.name} can't be dimmed; it only turns on and off.`);
  const from = light.state === 'on' ? light.attributes.brightness : 0;
  const to = clamp(from + by, PERCENT);
  // Dimming a light that is already off further keeps the brightness it will come back at.
  if (light.state === 'off' && to === 0) return ok(light);
  return setBrightness(light, to);
}

function showWhite(light: LightEntity, kelvin: number): Outcome<LightEntity> {
  if (!supports(light, 'color_temp')) {
    return fail(`${light.name} can't do shades of white; it only shows colours.`);
  }
  const { rgb_color: _dropped, ...rest } = light.attributes;
  return ok(
    turnOn(
      { ...light, attributes: rest },
      { color_mode: 'color_temp', color_temp_kelvin: Math.round(kelvin) },
    ),
  );
}

function showColour(light: LightEntity, hex: string): Outcome<LightEntity> {
  if (!supports(light, 'rgb')) {
    // A plain "white" still makes sense on a light that only does shades of white.
    if (hex === '#ffffff' && supports(light, 'color_temp'))
      return showWhite(light, PLAIN_WHITE_KELVIN);
    const only = supports(light, 'color_temp')
      ? 'it only does shades of white'
      : 'it has no colour setting';
    return fail(`${light.name} can't show colours; ${only}.`);
  }
  const { color_temp_kelvin: _dropped, ...rest } = light.attributes;
  return ok(turnOn({ ...light, attributes: rest }, { color_mode: 'rgb', rgb_color: hex }));
}

export const lightHandler: DomainHandler<LightEntity> = {
  apply(light, command) {
    switch (command.type) {
      case 'turn_on':
        return ok(light.state === 'on' ? light : turnOn(light));
      case 'turn_off':
        return ok(turnOff(light));
      case 'toggle':
        return ok(light.state === 'on' ? turnOff(light) : turnOn(light));
      case 'set_brightness': {
        const error = checkRange(command.brightness, BRIGHTNESS);
        return error ? fail(error) : setBrightness(light, command.brightness);
      }
      case 'adjust_brightness': {
        const error = checkStep(command.by, BRIGHTNESS);
        return error ? fail(error) : adjustBrightness(light, command.by);
      }
      case 'set_color': {
        const parsed = parseColor(command.color);
        if (!parsed) return fail(`I don't know the colour ${show(command.color)}.`);
        return parsed.kind === 'temp'
          ? showWhite(light, parsed.kelvin)
          : showColour(light, parsed.hex);
      }
      case 'set_color_temp': {
        const error = checkRange(command.kelvin, KELVIN);
        return error ? fail(error) : showWhite(light, command.kelvin);
      }
      default:
        return fail(`${light.name} can't do that.`);
    }
  },
};
