// Groups of the demo home's entity ids (src/domain/home/scenarios/demo.ts) that many cases share,
// written out by hand so that a renamed device makes the test set fail loudly.

export const LIVING_ROOM_LIGHTS = [
  'light.living_room_ceiling',
  'light.living_room_lamp',
  'light.tv_backlight',
];
export const KITCHEN_LIGHTS = ['light.kitchen_ceiling', 'light.kitchen_counter'];
export const DINING_LIGHTS = ['light.dining_room_pendant', 'light.sideboard_lamp'];
export const GARDEN_LIGHTS = ['light.porch', 'light.garden_lights'];
export const BEDROOM_LIGHTS = ['light.main_bedroom_ceiling', 'light.bedside_lamp'];
export const KIDS_LIGHTS = ['light.kids_room_ceiling', 'light.night_light'];
export const OFFICE_LIGHTS = ['light.office', 'light.desk_lamp'];

export const GROUND_FLOOR_LIGHTS = [
  'light.hallway',
  ...LIVING_ROOM_LIGHTS,
  ...KITCHEN_LIGHTS,
  ...DINING_LIGHTS,
  'light.garage',
  ...GARDEN_LIGHTS,
];
export const UPSTAIRS_LIGHTS = [
  'light.landing',
  ...BEDROOM_LIGHTS,
  ...KIDS_LIGHTS,
  ...OFFICE_LIGHTS,
  'light.bathroom',
];
export const ALL_LIGHTS = [...GROUND_FLOOR_LIGHTS, ...UPSTAIRS_LIGHTS];

export const LOCKS = ['lock.front_door', 'lock.back_door'];
export const PLUGS = [
  'switch.tv_stand',
  'switch.kettle',
  'switch.coffee_machine',
  'switch.chest_freezer',
  'switch.printer',
];
export const PEOPLE = ['person.emma', 'person.tom', 'person.maya', 'person.leo'];

export const TV = 'media_player.living_room_tv';
export const SPEAKER = 'media_player.kitchen_speaker';
export const DOWNSTAIRS_THERMOSTAT = 'climate.living_room';
export const BEDROOM_THERMOSTAT = 'climate.main_bedroom';
