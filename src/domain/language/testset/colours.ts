// Colours, as people name them: basic colours, everyday shades of white, and compound names.
// The colour slot holds the colour as said.
import type { TestCase } from './types.ts';

const set = (text: string, color: string, targets: readonly string[], brightness?: number) => ({
  text,
  expect: {
    intent: 'HassLightSet' as const,
    slots: brightness === undefined ? { color } : { color, brightness },
    targets,
  },
});

const lamp = ['light.living_room_lamp'];
const backlight = ['light.tv_backlight'];
const bedside = ['light.bedside_lamp'];
const night = ['light.night_light'];

export const COLOURS: readonly TestCase[] = [
  set('make the living room lamp red', 'red', lamp),
  set('turn the reading lamp warm white', 'warm white', lamp),
  set('set the bedside lamp to daylight', 'daylight', bedside),
  set('change the tv backlight to sky blue', 'sky blue', backlight),
  set('make the garden lights purple', 'purple', ['light.garden_lights']),
  set('turn the night light orange', 'orange', night),
  set('set the night light to pink at 20 percent', 'pink', night, 20),
  set("make the kids' night light green", 'green', night),
  set('turn the kitchen ceiling to cool white', 'cool white', ['light.kitchen_ceiling']),
  set('set the desk lamp to candlelight', 'candlelight', ['light.desk_lamp']),
  set('bedside lamp lavender', 'lavender', bedside),
  set('change the colour of the tv backlight to teal', 'teal', backlight),
  set('set the living room lamp colour to amber', 'amber', lamp),
  set('set the garden lights to turquoise', 'turquoise', ['light.garden_lights']),
  set('I want the reading lamp yellow', 'yellow', lamp),
  set('make the tv backlight magenta', 'magenta', backlight),
  set('set the bedside lamp to natural white', 'natural white', bedside),
  set('make the night light dark blue', 'dark blue', night),
  set('turn the tv backlight light blue', 'light blue', backlight),
  set('make the reading lamp hot pink', 'hot pink', lamp),
  set('change the garden lights to forest green', 'forest green', ['light.garden_lights']),
  set('set the bedside lamp to soft white at 40%', 'soft white', bedside, 40),
  set('colour the night light red', 'red', night),
  set('make the living room lamp white', 'white', lamp),
  set('turn the bedside lamp a warm white', 'warm white', bedside),
  set('make the tv backlight blue and 50 percent', 'blue', backlight, 50),
  {
    text: 'make the lights blue',
    area: 'living_room',
    expect: { intent: 'HassLightSet', slots: { color: 'blue', area: 'Living room' } },
  },
  {
    text: 'the tv backlight in red please',
    expect: { intent: 'HassLightSet', slots: { color: 'red' }, targets: backlight },
  },
];
