// The home as the editor's choices: devices grouped by room in the home's order (never ids), the
// states a device can be in, in words, and the numbers a device has (a reading, a room
// temperature, a brightness) for "goes above or below".
import { capitalize } from '../../../domain/assistant/words.ts';
import { stateWord } from '../../../domain/home/format.ts';
import {
  binarySensorSchema,
  climateSchema,
  coverSchema,
  fanSchema,
  lightSchema,
  lockSchema,
  mediaSchema,
  personSchema,
  switchSchema,
  type Area,
  type Domain,
  type Entity,
  type Home,
} from '../../../domain/home/model.ts';
import { NUMBER_STATE, sensorClass } from '../../../domain/home/sensorClasses.ts';
import { changeTo, stateOf } from '../../../domain/routines/summaryStates.ts';
import type { TemperatureUnit } from '../../../domain/settings/settings.ts';

export interface Choice {
  value: string;
  label: string;
}

/** Ground floor first, then upstairs, then basements; rooms on no floor last (as the panel). */
function floorRank(home: Home, area: Area): number {
  const floor = home.floors.find((f) => f.id === area.floor);
  if (!floor) return 10_000;
  return floor.level >= 0 ? floor.level : 1000 - floor.level;
}

/** The rooms in the order the home panel shows them. */
export function orderedAreas(home: Home): Area[] {
  return [...home.areas].sort(
    (a, b) =>
      floorRank(home, a) - floorRank(home, b) ||
      (a.order ?? 10_000) - (b.order ?? 10_000) ||
      a.name.localeCompare(b.name),
  );
}

export interface DeviceGroup {
  /** The room's name, "Not in a room" or "People". */
  label: string;
  entities: Entity[];
}

/**
 * The devices `keep` accepts, grouped by room in the home's order, then those in no room, then
 * people. `chosen` is always listed (if it still exists), so a form never silently loses a choice
 * the filter would not offer.
 */
export function deviceGroups(
  home: Home,
  keep: (entity: Entity) => boolean,
  chosen?: string,
): DeviceGroup[] {
  const shown = home.entities.filter((e) => keep(e) || e.id === chosen);
  const byName = (list: Entity[]) => list.sort((a, b) => a.name.localeCompare(b.name));
  const groups: DeviceGroup[] = [];
  const areaIds = new Set(home.areas.map((a) => a.id));
  for (const area of orderedAreas(home)) {
    const entities = shown.filter((e) => e.domain !== 'person' && e.area === area.id);
    if (entities.length > 0) groups.push({ label: area.name, entities: byName(entities) });
  }
  const unplaced = shown.filter(
    (e) => e.domain !== 'person' && (e.area === undefined || !areaIds.has(e.area)),
  );
  if (unplaced.length > 0) groups.push({ label: 'Not in a room', entities: byName(unplaced) });
  const people = shown.filter((e) => e.domain === 'person');
  if (people.length > 0) groups.push({ label: 'People', entities: byName(people) });
  return groups;
}

/** The states each kind of device can be in, read off the model's schemas. */
const STATES: Partial<Record<Domain, readonly string[]>> = {
  light: lightSchema.shape.state.options,
  switch: switchSchema.shape.state.options,
  fan: fanSchema.shape.state.options,
  cover: coverSchema.shape.state.options,
  lock: lockSchema.shape.state.options,
  climate: climateSchema.shape.state.options,
  media_player: mediaSchema.shape.state.options,
  binary_sensor: binarySensorSchema.shape.state.options,
  person: personSchema.shape.state.options,
};

/** Whether the device has a known set of states (sensors have readings: see numbersOf). */
export function hasStates(entity: Entity): boolean {
  return STATES[entity.domain] !== undefined;
}

function statesOf(entity: Entity | undefined, keep: readonly string[]): string[] {
  const known = entity ? (STATES[entity.domain] ?? []) : [];
  return [...known, ...keep.filter((s) => s !== '' && !known.includes(s))];
}

/** What a device can change to, as verbs: "Opens", "Detects motion", "Is unlocked". */
export function changeChoices(
  entity: Entity | undefined,
  unit: TemperatureUnit,
  keep: readonly string[] = [],
): Choice[] {
  return statesOf(entity, keep).map((value) => ({
    value,
    label: capitalize(changeTo(entity, value, unit)),
  }));
}

/** The states a device can be in, as words: "Open", "Detected", "In heat mode", "Away". */
export function stateChoices(
  entity: Entity | undefined,
  unit: TemperatureUnit,
  keep: readonly string[] = [],
): Choice[] {
  return statesOf(entity, keep).map((value) => ({
    value,
    label: capitalize(stateOf(entity, value, unit)),
  }));
}

/** One number a device has, for "goes above or below". */
export interface NumberSource {
  /** undefined: the state itself (a sensor's reading). */
  attribute: string | undefined;
  /** "Room temperature", "Brightness", "Light level". */
  label: string;
  /** Temperatures are kept in °C and typed in the person's unit. */
  temperature: boolean;
  /** The unit shown next to the number when it is not a temperature: "%", "lx". */
  unit?: string;
}

export function numbersOf(entity: Entity): NumberSource[] {
  switch (entity.domain) {
    case 'sensor': {
      const { device_class, unit_of_measurement } = entity.attributes;
      const info = sensorClass(device_class);
      const numeric =
        info.reading === 'number' ||
        (device_class === undefined && NUMBER_STATE.test(entity.state));
      if (!numeric) return [];
      const unit = unit_of_measurement ?? info.unit;
      return [
        {
          attribute: undefined,
          label: info.label,
          temperature: device_class === 'temperature',
          ...(unit !== undefined && { unit }),
        },
      ];
    }
    case 'climate':
      return [
        { attribute: 'current_temperature', label: 'Room temperature', temperature: true },
        { attribute: 'temperature', label: 'Target temperature', temperature: true },
        ...(entity.attributes.current_humidity !== undefined
          ? [{ attribute: 'current_humidity', label: 'Humidity', temperature: false, unit: '%' }]
          : []),
      ];
    case 'light':
      return entity.attributes.supported_color_modes.some((m) => m !== 'onoff')
        ? [{ attribute: 'brightness', label: 'Brightness', temperature: false, unit: '%' }]
        : [];
    case 'fan':
      return [{ attribute: 'percentage', label: 'Speed', temperature: false, unit: '%' }];
    case 'cover':
      return entity.attributes.supports_position
        ? [{ attribute: 'position', label: 'How far open', temperature: false, unit: '%' }]
        : [];
    case 'media_player':
      return [{ attribute: 'volume', label: 'Volume', temperature: false, unit: '%' }];
    default:
      return [];
  }
}

/** The number a trigger or condition watches; an attribute the device lacks is still named. */
export function numberSource(
  entity: Entity | undefined,
  attribute: string | undefined,
): NumberSource | undefined {
  if (!entity) return undefined;
  return numbersOf(entity).find((n) => n.attribute === attribute);
}

/** Whether this number is a temperature (kept in °C). */
export function isTemperature(entity: Entity | undefined, attribute: string | undefined): boolean {
  if (attribute === 'temperature' || attribute === 'current_temperature') return true;
  return (
    attribute === undefined &&
    entity?.domain === 'sensor' &&
    entity.attributes.device_class === 'temperature'
  );
}

/** "(°F)", "(%)", "(lx)" or nothing: the unit a number field is typed in. */
export function unitSuffix(
  entity: Entity | undefined,
  attribute: string | undefined,
  unit: TemperatureUnit,
): string {
  if (isTemperature(entity, attribute)) return ` (°${unit})`;
  const shown = numberSource(entity, attribute)?.unit;
  return shown ? ` (${shown})` : '';
}

/** The people of the household, by name. */
export function peopleOf(home: Home): Entity[] {
  return home.entities
    .filter((e) => e.domain === 'person')
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A state word for a device's domain, for choices that don't depend on one device. */
export function modeWord(mode: string, unit: TemperatureUnit): string {
  return capitalize(stateWord(mode, unit, 'climate'));
}
