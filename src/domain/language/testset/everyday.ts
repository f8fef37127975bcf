// More everyday ways of asking for a relative change, a volume or a colour, as people say them
// to a speaker in the room (the living room or the kitchen), with no earlier request.
import type { TestCase } from './types.ts';

const LIVING_ROOM_LIGHTS = [
  'light.living_room_ceiling',
  'light.living_room_lamp',
  'light.tv_backlight',
];
const down = { direction: 'down' } as const;
const up = { direction: 'up' } as const;
const lights = (text: string, slots: object): TestCase => ({
  text,
  area: 'living_room',
  expect: { intent: 'LightAdjustBrightness', slots, targets: LIVING_ROOM_LIGHTS },
});
const speaker = (text: string, slots: object, intent = 'MediaAdjustVolume'): TestCase => ({
  text,
  area: 'kitchen',
  expect: {
    intent: intent as TestCase['expect']['intent'],
    slots,
    targets: ['media_player.kitchen_speaker'],
  },
});
const heating = (text: string, slots: object, target = 'climate.living_room'): TestCase => ({
  text,
  area: 'living_room',
  expect: { intent: 'ClimateAdjustTemperature', slots, targets: [target] },
});

export const EVERYDAY: readonly TestCase[] = [
  lights('lights down a bit', down),
  lights('lights up', up),
  lights('bring the lights up', up),
  lights('bring the lights down a little', down),
  lights('can you brighten things up', up),
  lights('it is too dark in here', up),
  speaker('lower the music', down),
  speaker('turn the speaker up', up),
  speaker('put the volume at 20', { volume_level: 20 }, 'HassSetVolume'),
  speaker('volume to fifty percent', { volume_level: 50 }, 'HassSetVolume'),
  {
    text: 'tv volume 30',
    area: 'living_room',
    expect: {
      intent: 'HassSetVolume',
      slots: { volume_level: 30 },
      targets: ['media_player.living_room_tv'],
    },
  },
  heating('warm it up in here', up),
  heating('heat it up a bit', up),
  heating('cool it down', down),
  heating('the room is too warm', down),
  heating('make the bedroom cooler', down, 'climate.main_bedroom'),
  {
    text: 'i want the lights to be red',
    area: 'living_room',
    expect: { intent: 'HassLightSet', slots: { color: 'red' }, targets: LIVING_ROOM_LIGHTS },
  },
  speaker('turn up the speaker volume', up),
  heating('its too cold in here', up),
  { text: 'thanks', expect: { intent: 'Cancel', targets: [] } },
  { text: 'thank you alexa', expect: { intent: 'Cancel', targets: [] } },
  {
    text: 'lower the blinds',
    area: 'living_room',
    expect: { intent: 'HassTurnOff', targets: ['cover.living_room_blinds'] },
  },
  {
    text: 'raise the blinds',
    area: 'living_room',
    expect: { intent: 'HassTurnOn', targets: ['cover.living_room_blinds'] },
  },
];
