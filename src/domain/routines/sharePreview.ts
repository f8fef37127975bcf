// What the import page shows while the person chooses: the routine as it would be with the
// choices so far, said in words. A device not chosen yet is said by its name in the shared home
// ("the Front door lock") rather than as "a device that no longer exists", so the summary reads
// whole from the start and changes, choice by choice, into this home's names.
import { binaryNoun, isBinaryClass } from '../home/binaryClasses.ts';
import { COVER_CLASSES, DOMAIN_WORDS, type Area, type Entity, type Home } from '../home/model.ts';
import { isSensorClass, sensorClass } from '../home/sensorClasses.ts';
import type { Routine } from './model.ts';
import { own, type SharedDevice, type SharedRoutine } from './shareFormat.ts';
import type { ImportMapping } from './shareMapping.ts';
import { swapRefs } from './shareRefs.ts';

/**
 * A stand-in for a device not chosen yet: its shared name and kind, quiet values. Only for the
 * summary's words; never saved, never run.
 */
function standIn(id: string, device: SharedDevice): Entity {
  const base = { id, name: device.name };
  const cls = device.deviceClass;
  switch (device.domain) {
    case 'light':
      return {
        ...base,
        domain: 'light',
        state: 'off',
        attributes: { brightness: 100, color_mode: 'onoff', supported_color_modes: ['onoff'] },
      };
    case 'switch':
      return {
        ...base,
        domain: 'switch',
        state: 'off',
        attributes: { device_class: cls === 'outlet' ? 'outlet' : 'switch' },
      };
    case 'fan':
      return { ...base, domain: 'fan', state: 'off', attributes: { percentage: 0 } };
    case 'cover':
      return {
        ...base,
        domain: 'cover',
        state: 'closed',
        attributes: {
          device_class: COVER_CLASSES.find((c) => c === cls) ?? 'blind',
          position: 0,
          travel_seconds: 0,
          supports_position: true,
        },
      };
    case 'lock':
      return { ...base, domain: 'lock', state: 'locked', attributes: {} };
    case 'climate':
      return {
        ...base,
        domain: 'climate',
        state: 'off',
        attributes: { temperature: 20, current_temperature: 20, hvac_action: 'off' },
      };
    case 'media_player':
      return {
        ...base,
        domain: 'media_player',
        state: 'off',
        attributes: {
          device_class: cls === 'tv' ? 'tv' : 'speaker',
          volume: 0,
          muted: false,
          media_position: 0,
          queue: [],
        },
      };
    case 'sensor': {
      if (!isSensorClass(cls)) return { ...base, domain: 'sensor', state: '0', attributes: {} };
      // Temperatures are kept in °C whatever the class table says; others use its usual unit.
      const unit = cls === 'temperature' ? '°C' : sensorClass(cls).unit;
      return {
        ...base,
        domain: 'sensor',
        state: '0',
        attributes: { device_class: cls, ...(unit !== undefined && { unit_of_measurement: unit }) },
      };
    }
    case 'binary_sensor':
      return {
        ...base,
        domain: 'binary_sensor',
        state: 'off',
        attributes: { device_class: isBinaryClass(cls) ? cls : 'motion' },
      };
    case 'person':
      return { ...base, domain: 'person', state: 'not_home', attributes: {} };
  }
}

export interface ImportPreview {
  /** The routine with the choices so far (not saved; unchosen parts point at stand-ins). */
  routine: Routine;
  /** This home, plus stand-ins for what is not chosen yet: for the summary's names. */
  home: Home;
  /** For SummaryContext.routineName: this home's routines, and the shared names of the rest. */
  routineName: (id: string) => string | undefined;
}

export function previewImport(
  shared: SharedRoutine,
  mapping: ImportMapping,
  home: Home,
  routines: readonly Routine[],
): ImportPreview {
  const extraEntities: Entity[] = [];
  const extraAreas: Area[] = [];
  const pending = new Map<string, string>();
  const taken = new Set([...home.entities.map((e) => e.id), ...home.areas.map((a) => a.id)]);
  // A stand-in's id must not be one of this home's, or the summary would name the wrong thing.
  const fresh = (prefix: string) => {
    let n = taken.size;
    while (taken.has(`${prefix}${n}`)) n++;
    taken.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  };
  const entity = (id: string) => {
    const chosen = own(mapping.devices, id);
    if (chosen !== undefined && home.entities.some((e) => e.id === chosen)) return chosen;
    const device = own(shared.devices, id);
    if (!device) return id;
    const ghost = fresh(`${device.domain}.not_chosen_`);
    extraEntities.push(standIn(ghost, device));
    return ghost;
  };
  const area = (id: string) => {
    const chosen = own(mapping.areas, id);
    if (chosen !== undefined && home.areas.some((a) => a.id === chosen)) return chosen;
    const ghost = fresh('not_chosen_');
    extraAreas.push({ id: ghost, name: own(shared.areas, id) ?? id });
    return ghost;
  };
  const routine = (id: string) => {
    const chosen = own(mapping.routines, id);
    if (chosen !== undefined && routines.some((r) => r.id === chosen)) return chosen;
    const ghost = fresh('not_chosen_routine_');
    pending.set(ghost, own(shared.routines, id) ?? 'another routine');
    return ghost;
  };
  // One stand-in per shared id, however often the routine mentions it.
  const once = (swap: (id: string) => string) => {
    const done = new Map<string, string>();
    return (id: string) => done.get(id) ?? done.set(id, swap(id)).get(id) ?? id;
  };
  const body = swapRefs(shared.routine, {
    entity: once(entity),
    area: once(area),
    routine: once(routine),
  });
  return {
    routine: { ...body, id: 'preview', enabled: true, createdAt: 0, updatedAt: 0 },
    home: {
      ...home,
      areas: [...home.areas, ...extraAreas],
      entities: [...home.entities, ...extraEntities],
    },
    routineName: (id) => pending.get(id) ?? routines.find((r) => r.id === id)?.name,
  };
}

/** The device as the sending home had it: "a lock in the Hallway", "a door sensor". */
export function describeSharedDevice(device: SharedDevice): string {
  const cls = device.deviceClass;
  let kind: string;
  if (device.domain === 'binary_sensor' && isBinaryClass(cls)) kind = binaryNoun(cls);
  else if (device.domain === 'sensor' && isSensorClass(cls))
    kind = `${sensorClass(cls).label.toLowerCase()} sensor`;
  else if (device.domain === 'media_player') kind = cls === 'tv' ? 'TV' : 'speaker';
  else if (device.domain === 'cover' && cls !== undefined)
    kind = cls === 'garage' ? 'garage door' : cls;
  else kind = DOMAIN_WORDS[device.domain].one;
  const article = /^[aeiou]/i.test(kind) ? 'an' : 'a';
  if (device.domain === 'person') return 'a person';
  return device.area ? `${article} ${kind} in the ${device.area}` : `${article} ${kind}`;
}
