// Word lists of the grammar, as data: which words name kinds of devices, which words are states
// a question can ask about, and the words for values and amounts. Names of the home's own
// devices, rooms and floors come from the home itself (lexicon.ts).

/** A kind of device a word can mean. Words can mean several ("door": a lock, a cover, a sensor). */
export interface Kind {
  domain: string;
  device_class?: string;
}

const light: Kind = { domain: 'light' };
const cover = (device_class: string): Kind => ({ domain: 'cover', device_class });
const binary = (device_class: string): Kind => ({ domain: 'binary_sensor', device_class });
const sensor = (device_class: string): Kind => ({ domain: 'sensor', device_class });
const media: Kind = { domain: 'media_player' };

/**
 * Words for kinds of devices. Plurals are found by the tokenizer's singular form; the words here
 * are singular. Several words make one phrase ("garage door").
 */
export const DEVICE_WORDS: Readonly<Record<string, readonly Kind[]>> = {
  light: [light, binary('light')],
  lamp: [light],
  lighting: [light],
  bulb: [light],
  fan: [{ domain: 'fan' }],
  'ceiling fan': [{ domain: 'fan' }],
  switch: [{ domain: 'switch' }],
  plug: [{ domain: 'switch', device_class: 'outlet' }, binary('plug')],
  'smart plug': [{ domain: 'switch', device_class: 'outlet' }],
  outlet: [{ domain: 'switch', device_class: 'outlet' }],
  socket: [{ domain: 'switch', device_class: 'outlet' }],
  curtain: [cover('curtain')],
  drape: [cover('curtain')],
  blind: [cover('blind')],
  shade: [cover('shade')],
  shutter: [cover('shutter'), cover('blind')],
  window: [cover('window'), binary('window')],
  'garage door': [cover('garage'), binary('garage_door')],
  garage: [cover('garage')],
  door: [{ domain: 'lock' }, cover('door'), cover('garage'), binary('door'), binary('opening')],
  'door lock': [{ domain: 'lock' }],
  lock: [{ domain: 'lock' }, binary('lock')],
  thermostat: [{ domain: 'climate' }],
  heating: [{ domain: 'climate' }],
  heater: [{ domain: 'climate' }],
  'air conditioning': [{ domain: 'climate' }],
  ac: [{ domain: 'climate' }],
  tv: [{ domain: 'media_player', device_class: 'tv' }],
  television: [{ domain: 'media_player', device_class: 'tv' }],
  telly: [{ domain: 'media_player', device_class: 'tv' }],
  speaker: [{ domain: 'media_player', device_class: 'speaker' }],
  'media player': [media],
  media: [media],
  music: [media],
  song: [media],
  show: [media],
  movie: [media],
  video: [media],
  playback: [media],
  radio: [media],
  podcast: [media],
  sensor: [{ domain: 'sensor' }, { domain: 'binary_sensor' }],
  'temperature sensor': [sensor('temperature')],
  'motion sensor': [binary('motion')],
  motion: [binary('motion')],
  'occupancy sensor': [binary('occupancy')],
  occupancy: [binary('occupancy')],
  'smoke sensor': [binary('smoke')],
  'smoke alarm': [binary('smoke')],
  'smoke detector': [binary('smoke')],
  smoke: [binary('smoke')],
  'carbon monoxide sensor': [binary('carbon_monoxide')],
  'carbon monoxide': [binary('carbon_monoxide')],
  'co sensor': [binary('carbon_monoxide')],
  'gas sensor': [binary('gas')],
  gas: [binary('gas')],
  'water sensor': [binary('moisture')],
  'leak sensor': [binary('moisture')],
  leak: [binary('moisture')],
  battery: [binary('battery'), binary('battery_charging'), sensor('battery')],
  'sound sensor': [binary('sound')],
  noise: [binary('sound')],
  sound: [binary('sound')],
  opening: [binary('opening')],
  power: [binary('power'), sensor('power')],
  update: [binary('update')],
  humidity: [sensor('humidity')],
  illuminance: [sensor('illuminance')],
  'light level': [sensor('illuminance')],
  'power use': [sensor('power')],
  'power usage': [sensor('power')],
  'power consumption': [sensor('power')],
  'energy use': [sensor('energy'), sensor('power')],
  'air quality': [sensor('aqi')],
  co2: [sensor('carbon_dioxide')],
  'carbon dioxide': [sensor('carbon_dioxide')],
  'battery level': [sensor('battery')],
  person: [{ domain: 'person' }],
  people: [{ domain: 'person' }],
  anyone: [{ domain: 'person' }],
  anybody: [{ domain: 'person' }],
  someone: [{ domain: 'person' }],
  somebody: [{ domain: 'person' }],
  // Words for "anything": the state word decides what is meant ("which devices are running?").
  device: [],
  thing: [],
  anything: [],
  something: [],
  appliance: [],
};

/**
 * Near-synonyms people use for covers: asked for "the blinds" in a room that has a shade, they
 * mean the shade. Used only when nothing of the exact kind is where they asked.
 */
export const COVER_SYNONYMS: readonly string[] = ['blind', 'shade', 'curtain', 'shutter'];

/** A state a question asks about, for one kind of device: "locked" for locks, "on" for lights. */
export interface StateMeaning extends Kind {
  state: string;
}

const on = (kinds: readonly Kind[]): StateMeaning[] => kinds.map((k) => ({ ...k, state: 'on' }));
const off = (kinds: readonly Kind[]): StateMeaning[] => kinds.map((k) => ({ ...k, state: 'off' }));
const SWITCHABLE: Kind[] = [light, { domain: 'switch' }, { domain: 'fan' }];
const OPENINGS = ['door', 'window', 'opening', 'garage_door'].map(binary);
const COVERS = [{ domain: 'cover' }];

export const STATE_WORDS: Readonly<Record<string, readonly StateMeaning[]>> = {
  on: [
    ...on(SWITCHABLE),
    { ...media, state: 'playing' },
    ...on([binary('power')]),
    { domain: 'climate', state: 'on' },
  ],
  'turned on': on(SWITCHABLE),
  'switched on': on(SWITCHABLE),
  off: [
    ...off(SWITCHABLE),
    { ...media, state: 'off' },
    ...off([binary('power')]),
    { domain: 'climate', state: 'off' },
  ],
  'turned off': off(SWITCHABLE),
  'switched off': off(SWITCHABLE),
  open: [...COVERS.map((k) => ({ ...k, state: 'open' })), ...on(OPENINGS)],
  opened: [...COVERS.map((k) => ({ ...k, state: 'open' })), ...on(OPENINGS)],
  closed: [...COVERS.map((k) => ({ ...k, state: 'closed' })), ...off(OPENINGS)],
  shut: [...COVERS.map((k) => ({ ...k, state: 'closed' })), ...off(OPENINGS)],
  locked: [{ domain: 'lock', state: 'locked' }, ...off([binary('lock')])],
  unlocked: [{ domain: 'lock', state: 'unlocked' }, ...on([binary('lock')])],
  playing: [{ ...media, state: 'playing' }],
  paused: [{ ...media, state: 'paused' }],
  idle: [{ ...media, state: 'idle' }],
  'standing by': [{ ...media, state: 'idle' }],
  'in standby': [{ ...media, state: 'idle' }],
  low: on([binary('battery')]),
  normal: off([binary('battery'), binary('cold'), binary('heat')]),
  charged: off([binary('battery')]),
  charging: on([binary('battery_charging')]),
  'not charging': off([binary('battery_charging')]),
  'going off': on(['smoke', 'carbon_monoxide', 'gas', 'sound'].map(binary)),
  ringing: on(['smoke', 'carbon_monoxide', 'gas', 'sound'].map(binary)),
  beeping: on(['smoke', 'carbon_monoxide', 'gas', 'sound'].map(binary)),
  detected: on(
    ['motion', 'occupancy', 'carbon_monoxide', 'gas', 'smoke', 'sound', 'light', 'power'].map(
      binary,
    ),
  ),
  triggered: on(
    ['motion', 'occupancy', 'smoke', 'sound', 'carbon_monoxide', 'gas', 'moisture'].map(binary),
  ),
  clear: off(
    ['motion', 'occupancy', 'smoke', 'sound', 'carbon_monoxide', 'gas', 'tamper'].map(binary),
  ),
  cold: on([binary('cold')]),
  hot: on([binary('heat')]),
  connected: on([binary('connectivity')]),
  disconnected: off([binary('connectivity')]),
  wet: on([binary('moisture')]),
  flooded: on([binary('moisture')]),
  dry: off([binary('moisture')]),
  occupied: on([binary('occupancy')]),
  'plugged in': on([binary('plug')]),
  unplugged: off([binary('plug')]),
  'powered on': on([binary('power')]),
  powered: on([binary('power')]),
  home: [...on([binary('presence')]), { domain: 'person', state: 'home' }],
  'at home': [...on([binary('presence')]), { domain: 'person', state: 'home' }],
  gone: [...off([binary('presence')]), { domain: 'person', state: 'not_home' }],
  away: [...off([binary('presence')]), { domain: 'person', state: 'not_home' }],
  out: [{ domain: 'person', state: 'not_home' }],
  running: on([binary('running')]),
  safe: off([binary('safety')]),
  unsafe: on([binary('safety')]),
  tampered: on([binary('tamper')]),
  'up to date': off([binary('update')]),
  available: on([binary('update')]),
  vibrating: on([binary('vibration')]),
  moving: on([binary('moving')]),
  problem: on([binary('problem')]),
};

/** Brightness said as a word: "halfway", "full", "min". */
export const BRIGHTNESS_WORDS: Readonly<Record<string, number>> = {
  half: 50,
  halfway: 50,
  'half way': 50,
  full: 100,
  max: 100,
  maximum: 100,
  highest: 100,
  brightest: 100,
  'all way up': 100,
  min: 1,
  minimum: 1,
  lowest: 1,
  dimmest: 1,
  'all way down': 1,
  'as bright as possible': 100,
  'as dim as possible': 1,
};

/** Fan speeds said as words. */
export const SPEED_WORDS: Readonly<Record<string, number>> = {
  low: 33,
  slow: 33,
  medium: 66,
  mid: 66,
  high: 100,
  fast: 100,
  full: 100,
  'full speed': 100,
  max: 100,
};

/** Position of a cover said as a word. */
export const POSITION_WORDS: Readonly<Record<string, number>> = {
  half: 50,
  halfway: 50,
  'half way': 50,
  'quarter way': 25,
  quarter: 25,
  'all way': 100,
  full: 100,
  fully: 100,
};

/** How much a relative change is: "a bit", "a lot". */
export type Size = 'small' | 'large';
export const SIZE_WORDS: Readonly<Record<string, Size>> = {
  bit: 'small',
  'little bit': 'small',
  little: 'small',
  tad: 'small',
  touch: 'small',
  slightly: 'small',
  degree: 'small',
  notch: 'small',
  step: 'small',
  'bit more': 'small',
  lot: 'large',
  'lot more': 'large',
  much: 'large',
  'way more': 'large',
  'much more': 'large',
};

export const TEMPERATURE_UNITS: Readonly<Record<string, 'C' | 'F'>> = {
  celsius: 'C',
  centigrade: 'C',
  c: 'C',
  fahrenheit: 'F',
  f: 'F',
};

/** Words for "the previous request's devices". */
export const PRONOUNS: readonly string[] = [
  'it',
  'them',
  'that',
  'those',
  'this',
  'these',
  'they',
  'that one',
  'this one',
  'those ones',
  'same',
  'one',
];
