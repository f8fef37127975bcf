// The demo home's devices and people as the Bennetts use them, by what they are for. The
// generator is written for that house (src/domain/home/scenarios/demo.ts); in a home that lacks
// one of these, whatever would have used it is simply not done.

export const D = {
  hallLight: 'light.hallway',
  frontDoor: 'lock.front_door',
  frontDoorSensor: 'binary_sensor.front_door',
  hallMotion: 'binary_sensor.hallway_motion',

  livingCeiling: 'light.living_room_ceiling',
  livingLamp: 'light.living_room_lamp',
  tvBacklight: 'light.tv_backlight',
  ceilingFan: 'fan.living_room_ceiling_fan',
  livingBlinds: 'cover.living_room_blinds',
  thermostat: 'climate.living_room',
  tv: 'media_player.living_room_tv',

  kitchenCeiling: 'light.kitchen_ceiling',
  kitchenCounter: 'light.kitchen_counter',
  kettle: 'switch.kettle',
  coffee: 'switch.coffee_machine',
  kitchenSpeaker: 'media_player.kitchen_speaker',
  kettlePower: 'sensor.kettle_power',
  backDoor: 'lock.back_door',
  backDoorSensor: 'binary_sensor.back_door',

  diningPendant: 'light.dining_room_pendant',
  sideboardLamp: 'light.sideboard_lamp',

  garageLight: 'light.garage',
  garageDoor: 'cover.garage_door',

  porch: 'light.porch',
  gardenLights: 'light.garden_lights',
  outsideTemperature: 'sensor.outside_temperature',
  outsideHumidity: 'sensor.outside_humidity',
  gardenLightLevel: 'sensor.garden_light_level',
  gardenMotion: 'binary_sensor.garden_motion',

  landingLight: 'light.landing',
  landingMotion: 'binary_sensor.landing_motion',

  bedroomCeiling: 'light.main_bedroom_ceiling',
  bedsideLamp: 'light.bedside_lamp',
  curtains: 'cover.main_bedroom_curtains',
  bedroomThermostat: 'climate.main_bedroom',

  kidsLight: 'light.kids_room_ceiling',
  nightLight: 'light.night_light',

  officeLight: 'light.office',
  deskLamp: 'light.desk_lamp',
  officeShade: 'cover.office_shade',
  printer: 'switch.printer',

  bathroomLight: 'light.bathroom',
  bathroomFan: 'fan.bathroom_extractor',
  bathroomHumidity: 'sensor.bathroom_humidity',
} as const;

export const PEOPLE = {
  emma: 'person.emma',
  tom: 'person.tom',
  maya: 'person.maya',
  leo: 'person.leo',
} as const;

export const EVERYONE: readonly string[] = Object.values(PEOPLE);

/** What "Leaving home" switches off: the ground floor's lights and players. */
export const GROUND_FLOOR_LIGHTS: readonly string[] = [
  D.hallLight,
  D.livingCeiling,
  D.livingLamp,
  D.tvBacklight,
  D.kitchenCeiling,
  D.kitchenCounter,
  D.diningPendant,
  D.sideboardLamp,
];
