// Home Assistant's binary sensor device classes, with Home Assistant's words for on and off (the
// words its answers use: "No, normal", "Yes, Phone"), the words on a tile, what a person calls the
// device, and how the panel acts it out. One table for the schema, the loader, the tiles and the
// log. Written as short rows on purpose: it ships with the first page.

/**
 * How a person acts the sensor out in the panel: contacts are opened and closed; detectors are
 * triggered and cleared (alarms the same, drawn in red); statuses are set to one word or the other.
 */
export type BinaryKind = 'contact' | 'detector' | 'alarm' | 'status';

type Row = readonly [on: string, off: string, kind: BinaryKind, tileOn?: string, tileOff?: string];

// Tile words are given where the bare word says too little on a card that names the device
// ("Hallway motion · Detected"); elsewhere the tile shows the word itself ("Charging").
const ROWS = {
  battery: ['low', 'normal', 'status', 'Battery low', 'Battery normal'],
  battery_charging: ['charging', 'not charging', 'status'],
  carbon_monoxide: ['detected', 'clear', 'alarm', 'Carbon monoxide detected'],
  cold: ['cold', 'normal', 'status'],
  connectivity: ['connected', 'disconnected', 'status'],
  door: ['open', 'closed', 'contact', 'Door open', 'Door closed'],
  garage_door: ['open', 'closed', 'contact', 'Garage door open', 'Garage door closed'],
  gas: ['detected', 'clear', 'alarm', 'Gas detected'],
  heat: ['hot', 'normal', 'status'],
  light: ['light detected', 'no light', 'detector'],
  lock: ['unlocked', 'locked', 'status'],
  moisture: ['wet', 'dry', 'alarm', 'Leak detected'],
  motion: ['detected', 'clear', 'detector', 'Motion detected'],
  moving: ['moving', 'not moving', 'status'],
  occupancy: ['detected', 'clear', 'detector', 'Occupied'],
  opening: ['open', 'closed', 'contact'],
  plug: ['plugged in', 'unplugged', 'status'],
  power: ['power detected', 'no power', 'status'],
  presence: ['home', 'away', 'status'],
  problem: ['problem', 'OK', 'alarm'],
  running: ['running', 'not running', 'status'],
  safety: ['unsafe', 'safe', 'alarm'],
  smoke: ['detected', 'clear', 'alarm', 'Smoke detected'],
  sound: ['detected', 'clear', 'detector', 'Sound detected'],
  tamper: ['tampering detected', 'clear', 'alarm'],
  update: ['update available', 'up-to-date', 'status'],
  vibration: ['detected', 'clear', 'detector', 'Vibration detected'],
  window: ['open', 'closed', 'contact', 'Window open', 'Window closed'],
} as const satisfies Record<string, Row>;

export type BinaryClass = keyof typeof ROWS;
export const BINARY_CLASSES = Object.keys(ROWS) as BinaryClass[];

/** Names that say more than "<class> sensor". */
const NOUNS: Partial<Record<BinaryClass, string>> = {
  battery_charging: 'charging sensor',
  carbon_monoxide: 'carbon monoxide alarm',
  connectivity: 'connection sensor',
  moisture: 'leak sensor',
  moving: 'movement sensor',
  smoke: 'smoke alarm',
};

export interface BinaryClassInfo {
  /** Home Assistant's word for on and for off ("charging", "not charging"). */
  on: string;
  off: string;
  /** The words on a tile ("Charging", "Motion detected"). */
  tileOn: string;
  tileOff: string;
  kind: BinaryKind;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What a person calls the device, for tiles, filters and messages: "motion sensor", "leak
 * sensor". Apart from binaryClass() so the names are bundled only once something uses them.
 */
export function binaryNoun(deviceClass: BinaryClass): string {
  return NOUNS[deviceClass] ?? `${deviceClass.replace(/_/g, ' ')} sensor`;
}

export function isBinaryClass(value: string | undefined): value is BinaryClass {
  return value !== undefined && Object.hasOwn(ROWS, value);
}

/** The words and kind of a class; undefined for a class the table does not know. */
export function binaryClass(deviceClass: string | undefined): BinaryClassInfo | undefined {
  if (!isBinaryClass(deviceClass)) return undefined;
  const [on, off, kind, tileOn, tileOff]: Row = ROWS[deviceClass];
  return {
    on,
    off,
    tileOn: tileOn ?? capitalize(on),
    tileOff: tileOff ?? capitalize(off),
    kind,
  };
}
