// A smaller second home: Jordan's one-bedroom flat in Amsterdam on a weekday morning at 07:15.
// One floor and few devices, for a quick tour and for tests that want a home they can read whole.
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

const LOCATION = {
  name: 'Amsterdam',
  latitude: 52.3676,
  longitude: 4.9041,
  timeZone: 'Europe/Amsterdam',
};

export function apartmentHome(at: number): Home {
  return {
    floors: [floor('flat', 'Flat', 0)],
    areas: [
      area('hall', 'Hall', 'flat'),
      area('living_room', 'Living room', 'flat'),
      area('kitchen', 'Kitchen', 'flat'),
      area('bedroom', 'Bedroom', 'flat'),
      area('bathroom', 'Bathroom', 'flat'),
      area('balcony', 'Balcony', 'flat'),
    ],
    entities: [
      light('light.hall', 'Hall light', 'hall', 'dimmable', false, { brightness: 70 }),
      lock('lock.front_door', 'Front door', 'hall', true),
      binary('binary_sensor.hall_motion', 'Hall motion', 'hall', 'motion', false, {
        autoOff: 60,
        lastTriggered: at - 9 * 60_000,
      }),
      binary('binary_sensor.smoke_alarm', 'Smoke alarm', 'hall', 'smoke', false),
      light('light.floor_lamp', 'Floor lamp', 'living_room', 'color', false, {
        brightness: 60,
        kelvin: 2700,
      }),
      cover('cover.living_room_blinds', 'Living room blinds', 'living_room', 'blind', 0),
      thermostat('climate.thermostat', 'Thermostat', 'living_room', 'heat', 20, 18.2, 49),
      media('media_player.tv', 'TV', 'living_room', 'tv', 'off', { volume: 20 }),
      light('light.kitchen', 'Kitchen light', 'kitchen', 'white', true, {
        brightness: 90,
        kelvin: 4000,
      }),
      plug('switch.kettle', 'Kettle', 'kitchen', true, 'kettle'),
      media('media_player.kitchen_speaker', 'Kitchen speaker', 'kitchen', 'speaker', 'playing', {
        volume: 35,
        mediaId: 'radio.morning_news',
      }),
      light('light.bedroom_lamp', 'Bedroom lamp', 'bedroom', 'white', true, {
        brightness: 40,
        kelvin: 2700,
      }),
      cover('cover.bedroom_curtains', 'Bedroom curtains', 'bedroom', 'curtain', 0),
      fan('fan.bedroom', 'Bedroom fan', 'bedroom', false, 30),
      light('light.bathroom', 'Bathroom light', 'bathroom', 'dimmable', false, { brightness: 100 }),
      sensor('sensor.balcony_temperature', 'Balcony temperature', 'balcony', 'temperature', 6.5),
      person('person.jordan', 'Jordan', true),
    ],
  };
}

export const apartmentScenario: Scenario = {
  name: 'apartment',
  title: 'One-bedroom flat',
  description:
    'A one-bedroom flat on a weekday morning: six rooms on one floor, about fifteen devices, one person.',
  build(now) {
    const startAt = lastWallClock(now, LOCATION.timeZone, 7, 15);
    return { home: apartmentHome(startAt), settings: { location: LOCATION }, startAt };
  },
};
