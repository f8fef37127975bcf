// The built-in demo home: the Bennetts' two-storey family house on a weekday evening at 19:30.
// Emma and the children are home, Tom is on his way back from work. Dinner is over, the TV is
// paused mid-episode, jazz plays in the kitchen, the children are going to bed upstairs.
//
// It is written for demos and tests: every domain is present, names are the ones people say,
// and a few things are slightly off on purpose (the back door unlocked, the bedroom window open
// while the heating is on), so that hunches have something to notice.
import { DEFAULT_SETTINGS } from '../../settings/settings.ts';
import type { Home } from '../model.ts';
import {
  area,
  binary,
  cover,
  fan,
  floor,
  lastWallClock,
  light,
  lock,
  media,
  person,
  plug,
  sensor,
  thermostat,
} from './make.ts';
import type { Scenario } from './types.ts';

export function demoHome(at: number): Home {
  const minutesAgo = (m: number) => at - m * 60_000;
  return {
    floors: [floor('ground_floor', 'Ground floor', 0), floor('upstairs', 'Upstairs', 1)],
    areas: [
      area('hallway', 'Hallway', 'ground_floor'),
      area('living_room', 'Living room', 'ground_floor'),
      area('kitchen', 'Kitchen', 'ground_floor'),
      area('dining_room', 'Dining room', 'ground_floor'),
      area('garage', 'Garage', 'ground_floor'),
      area('garden', 'Garden', 'ground_floor'),
      area('landing', 'Landing', 'upstairs'),
      area('main_bedroom', 'Main bedroom', 'upstairs'),
      area('kids_room', "Kids' room", 'upstairs'),
      area('office', 'Office', 'upstairs'),
      area('bathroom', 'Bathroom', 'upstairs'),
    ],
    entities: [
      // Hallway
      light('light.hallway', 'Hallway light', 'hallway', 'dimmable', true, { brightness: 60 }),
      lock('lock.front_door', 'Front door', 'hallway', true),
      binary('binary_sensor.front_door', 'Front door sensor', 'hallway', 'door', false),
      binary('binary_sensor.hallway_motion', 'Hallway motion', 'hallway', 'motion', false, {
        autoOff: 90,
        lastTriggered: minutesAgo(12),
      }),
      binary('binary_sensor.smoke_alarm', 'Smoke alarm', 'hallway', 'smoke', false),

      // Living room
      light('light.living_room_ceiling', 'Living room ceiling', 'living_room', 'white', true, {
        brightness: 70,
        kelvin: 2700,
      }),
      light(
        'light.living_room_lamp',
        'Living room lamp',
        'living_room',
        'color',
        true,
        { brightness: 45, rgb: '#ffa94d' },
        { aliases: ['Reading lamp'] },
      ),
      light('light.tv_backlight', 'TV backlight', 'living_room', 'color', true, {
        brightness: 30,
        rgb: '#4c6ef5',
      }),
      fan('fan.living_room_ceiling_fan', 'Ceiling fan', 'living_room', false, 40),
      cover('cover.living_room_blinds', 'Living room blinds', 'living_room', 'blind', 0),
      thermostat(
        'climate.living_room',
        'Living room thermostat',
        'living_room',
        'heat',
        21,
        20.5,
        46,
        { aliases: ['Downstairs thermostat', 'Thermostat'] },
      ),
      media(
        'media_player.living_room_tv',
        'Living room TV',
        'living_room',
        'tv',
        'paused',
        { volume: 25, mediaId: 'episode.nature_2', position: 1260, queue: ['episode.nature_3'] },
        { aliases: ['TV', 'Telly'] },
      ),
      plug('switch.tv_stand', 'TV stand plug', 'living_room', true, 'games console'),
      sensor('sensor.living_room_humidity', 'Living room humidity', 'living_room', 'humidity', 46),

      // Kitchen
      light('light.kitchen_ceiling', 'Kitchen ceiling', 'kitchen', 'white', true, {
        brightness: 80,
        kelvin: 4000,
      }),
      light(
        'light.kitchen_counter',
        'Kitchen counter lights',
        'kitchen',
        'dimmable',
        true,
        { brightness: 100 },
        { aliases: ['Under-cabinet lights'] },
      ),
      plug('switch.kettle', 'Kettle', 'kitchen', false, 'kettle'),
      plug('switch.coffee_machine', 'Coffee machine', 'kitchen', false, 'coffee machine'),
      media('media_player.kitchen_speaker', 'Kitchen speaker', 'kitchen', 'speaker', 'playing', {
        volume: 30,
        mediaId: 'song.so_what',
        position: 95,
        queue: ['song.blue_in_green'],
      }),
      sensor('sensor.kitchen_temperature', 'Kitchen temperature', 'kitchen', 'temperature', 21.4),
      sensor('sensor.kettle_power', 'Kettle power', 'kitchen', 'power', 0),
      lock('lock.back_door', 'Back door', 'kitchen', false),
      binary('binary_sensor.back_door', 'Back door sensor', 'kitchen', 'door', false),

      // Dining room
      light(
        'light.dining_room_pendant',
        'Dining room pendant',
        'dining_room',
        'white',
        true,
        { brightness: 55, kelvin: 2400 },
        { aliases: ['Dining table light'] },
      ),
      light('light.sideboard_lamp', 'Sideboard lamp', 'dining_room', 'dimmable', false, {
        brightness: 40,
      }),

      // Garage
      light('light.garage', 'Garage light', 'garage', 'onoff', false),
      cover('cover.garage_door', 'Garage door', 'garage', 'garage', 0),
      plug('switch.chest_freezer', 'Chest freezer', 'garage', true, 'chest freezer'),

      // Garden
      light('light.porch', 'Porch light', 'garden', 'dimmable', true, { brightness: 100 }),
      light('light.garden_lights', 'Garden lights', 'garden', 'color', false, {
        brightness: 70,
        kelvin: 3000,
      }),
      sensor('sensor.outside_temperature', 'Outside temperature', 'garden', 'temperature', 9.5),
      sensor('sensor.outside_humidity', 'Outside humidity', 'garden', 'humidity', 81),
      sensor('sensor.garden_light_level', 'Garden light level', 'garden', 'illuminance', 4),
      binary('binary_sensor.garden_motion', 'Garden motion', 'garden', 'motion', false, {
        autoOff: 120,
        lastTriggered: minutesAgo(47),
      }),

      // Landing
      light('light.landing', 'Landing light', 'landing', 'dimmable', true, { brightness: 35 }),
      // Someone just went upstairs: it clears itself 40 seconds into the demo.
      binary('binary_sensor.landing_motion', 'Landing motion', 'landing', 'motion', true, {
        autoOff: 60,
        lastTriggered: at - 20_000,
      }),

      // Main bedroom
      light(
        'light.main_bedroom_ceiling',
        'Main bedroom ceiling',
        'main_bedroom',
        'white',
        false,
        { brightness: 80, kelvin: 3000 },
        { aliases: ['Bedroom ceiling'] },
      ),
      light('light.bedside_lamp', 'Bedside lamp', 'main_bedroom', 'color', false, {
        brightness: 30,
        kelvin: 2200,
      }),
      cover('cover.main_bedroom_curtains', 'Bedroom curtains', 'main_bedroom', 'curtain', 100, {
        aliases: ['Main bedroom curtains'],
      }),
      thermostat(
        'climate.main_bedroom',
        'Bedroom thermostat',
        'main_bedroom',
        'heat',
        18,
        18.4,
        52,
        { aliases: ['Upstairs thermostat'] },
      ),
      binary('binary_sensor.main_bedroom_window', 'Bedroom window', 'main_bedroom', 'window', true),

      // Kids' room
      light('light.kids_room_ceiling', "Kids' room light", 'kids_room', 'dimmable', false, {
        brightness: 80,
      }),
      light(
        'light.night_light',
        'Night light',
        'kids_room',
        'color',
        true,
        { brightness: 10, rgb: '#ffb347' },
        { aliases: ["Kids' night light"] },
      ),
      sensor(
        'sensor.kids_room_temperature',
        "Kids' room temperature",
        'kids_room',
        'temperature',
        19.6,
      ),

      // Office
      light('light.office', 'Office light', 'office', 'dimmable', false, { brightness: 90 }),
      light('light.desk_lamp', 'Desk lamp', 'office', 'white', false, {
        brightness: 100,
        kelvin: 5000,
      }),
      cover('cover.office_shade', 'Office shade', 'office', 'shade', 50),
      fan('fan.desk_fan', 'Desk fan', 'office', false, 60),
      plug('switch.printer', 'Printer', 'office', false, 'printer'),

      // Bathroom
      light('light.bathroom', 'Bathroom light', 'bathroom', 'dimmable', true, { brightness: 100 }),
      fan('fan.bathroom_extractor', 'Bathroom fan', 'bathroom', true, 100, {
        aliases: ['Extractor fan'],
      }),
      sensor('sensor.bathroom_humidity', 'Bathroom humidity', 'bathroom', 'humidity', 71),
      binary('binary_sensor.bathroom_leak', 'Bathroom leak sensor', 'bathroom', 'moisture', false),

      // The Bennetts
      person('person.emma', 'Emma', true),
      person('person.tom', 'Tom', false),
      person('person.maya', 'Maya', true),
      person('person.leo', 'Leo', true),
    ],
  };
}

export const demoScenario: Scenario = {
  name: 'demo',
  title: 'Family house',
  description:
    'A two-storey family house on a weekday evening: 11 rooms, lights, blinds, two thermostats, a TV, a speaker, sensors and a family of four.',
  build(now) {
    const startAt = lastWallClock(now, DEFAULT_SETTINGS.location.timeZone, 19, 30);
    return {
      home: demoHome(startAt),
      settings: { location: { ...DEFAULT_SETTINGS.location } },
      startAt,
    };
  },
};
