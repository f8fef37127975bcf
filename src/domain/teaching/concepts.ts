// Concepts: a word that means settings for a kind of device ("study mode" for a light = brightness
// 100 % and cool white). Taught on one device, a concept applies to every device of its kind, each
// as far as it can: a light without colours still gets the brightness, and a note says what was
// left out rather than failing the whole request.
import { deviceKind, withArticle } from '../home/capabilities.ts';
import { nameOfHex, nameOfKelvin } from '../home/colors.ts';
import type { Command } from '../home/commands.ts';
import { formatTemperature, percent } from '../home/format.ts';
import { LIGHT_KELVIN, type Entity, type EntityOf } from '../home/model.ts';
import { joinList, theName } from '../assistant/words.ts';
import type { TemperatureUnit } from '../settings/settings.ts';
import type { Concept, ConceptDomain, ConceptSettings } from './model.ts';
import { CONCEPT_DOMAINS } from './model.ts';

/** What a concept is, without how and when it was taught. */
export type ConceptDraft = Pick<Concept, 'word' | 'domain' | 'settings'> & { taughtOn?: string };

export interface ConceptApplication {
  /** Commands for execute(), device by device. */
  commands: Command[];
  /** What was left out and why: "the Porch light can't change colour, so I left its colour". */
  notes: string[];
  /** The devices it was applied to. */
  applied: Entity[];
}

/** Plain words for the kinds of device a concept is for: "What does … mean for a light?" */
export const CONCEPT_KINDS: Record<ConceptDomain, { one: string; many: string }> = {
  light: { one: 'light', many: 'lights' },
  climate: { one: 'thermostat', many: 'thermostats' },
  cover: { one: 'blind or curtain', many: 'blinds and curtains' },
  fan: { one: 'fan', many: 'fans' },
  media_player: { one: 'TV or speaker', many: 'TVs and speakers' },
};

export const isConceptDomain = (domain: string): domain is ConceptDomain =>
  (CONCEPT_DOMAINS as readonly string[]).includes(domain);

const to = (entityId: string) => ({
  on: { entityId, type: 'turn_on' } as Command,
  off: { entityId, type: 'turn_off' } as Command,
});

type Builder<E extends Entity> = (
  entity: E,
  settings: ConceptSettings,
  notes: string[],
) => Command[];

const light: Builder<EntityOf<'light'>> = (lamp, s, notes) => {
  const { on, off } = to(lamp.id);
  if (s.power === 'off') return [off];
  const modes = lamp.attributes.supported_color_modes;
  const commands: Command[] = [];
  const name = theName(lamp);
  if (s.rgb_color !== undefined) {
    if (modes.includes('rgb'))
      commands.push({ entityId: lamp.id, type: 'set_color', color: s.rgb_color });
    else notes.push(`${name} can't show colours, so I left its colour`);
  }
  if (s.color_temp_kelvin !== undefined) {
    if (modes.includes('color_temp')) {
      // A concept may come from a bulb with a wider range than this one: its nearest white.
      const kelvin = Math.min(LIGHT_KELVIN.max, Math.max(LIGHT_KELVIN.min, s.color_temp_kelvin));
      commands.push({ entityId: lamp.id, type: 'set_color_temp', kelvin });
    } else notes.push(`${name} can't do shades of white, so I left its colour`);
  }
  if (s.brightness !== undefined) {
    if (modes.some((m) => m !== 'onoff'))
      commands.push({ entityId: lamp.id, type: 'set_brightness', brightness: s.brightness });
    else if (s.brightness === 0) commands.push(off);
    else {
      notes.push(`${name} can't be dimmed, so I just turned it on`);
      if (commands.length === 0) commands.push(on);
    }
  }
  if (commands.length === 0 && s.power === 'on') commands.push(on);
  return commands;
};

const climate: Builder<EntityOf<'climate'>> = (thermostat, s) => {
  const { on, off } = to(thermostat.id);
  const commands: Command[] = [];
  if (s.hvac_mode !== undefined)
    commands.push({ entityId: thermostat.id, type: 'set_hvac_mode', mode: s.hvac_mode });
  else if (s.power !== undefined) commands.push(s.power === 'on' ? on : off);
  if (s.temperature !== undefined)
    commands.push({ entityId: thermostat.id, type: 'set_temperature', temperature: s.temperature });
  return commands;
};

const cover: Builder<EntityOf<'cover'>> = (blind, s, notes) => {
  const open: Command = { entityId: blind.id, type: 'open' };
  const close: Command = { entityId: blind.id, type: 'close' };
  if (s.position !== undefined) {
    if (blind.attributes.supports_position)
      return [{ entityId: blind.id, type: 'set_position', position: s.position }];
    if (s.position === 0) return [close];
    if (s.position === 100) return [open];
    notes.push(`${theName(blind)} only opens or closes, so I left it`);
    return [];
  }
  // For a cover "on" is open and "off" is closed, as in Home Assistant.
  if (s.power !== undefined) return [s.power === 'on' ? open : close];
  return [];
};

const fan: Builder<EntityOf<'fan'>> = (device, s) => {
  const { on, off } = to(device.id);
  if (s.power === 'off') return [off];
  if (s.percentage !== undefined)
    return [{ entityId: device.id, type: 'set_fan_speed', percentage: s.percentage }];
  return s.power === 'on' ? [on] : [];
};

const media: Builder<EntityOf<'media_player'>> = (player, s) => {
  const { on, off } = to(player.id);
  if (s.power === 'off') return [off];
  const commands: Command[] = s.power === 'on' ? [on] : [];
  if (s.volume !== undefined)
    commands.push({ entityId: player.id, type: 'set_volume', volume: s.volume });
  return commands;
};

function commandsFor(entity: Entity, settings: ConceptSettings, notes: string[]): Command[] {
  switch (entity.domain) {
    case 'light':
      return light(entity, settings, notes);
    case 'climate':
      return climate(entity, settings, notes);
    case 'cover':
      return cover(entity, settings, notes);
    case 'fan':
      return fan(entity, settings, notes);
    case 'media_player':
      return media(entity, settings, notes);
    default:
      return [];
  }
}

/**
 * Commands that give each device the concept's settings, as far as it can; devices of another
 * kind are left alone with a note. `unit` is the person's, for the notes.
 */
export function conceptCommands(
  concept: Pick<Concept, 'word' | 'domain' | 'settings'>,
  entities: readonly Entity[],
  unit: TemperatureUnit = 'C',
): ConceptApplication {
  const commands: Command[] = [];
  const notes: string[] = [];
  const applied: Entity[] = [];
  for (const entity of entities) {
    if (entity.domain !== concept.domain) {
      notes.push(
        `“${concept.word}” is a setting for ${CONCEPT_KINDS[concept.domain].many}; ${theName(entity)} is ${withArticle(deviceKind(entity))}`,
      );
      continue;
    }
    const noted = notes.length;
    const own = commandsFor(entity, concept.settings, notes);
    if (own.length === 0) {
      if (notes.length === noted)
        notes.push(`${theName(entity)} can't do ${describeConcept(concept, unit)}`);
      continue;
    }
    commands.push(...own);
    applied.push(entity);
  }
  return { commands, notes: [...new Set(notes)], applied };
}

/** The settings a device has now, for "like it is now". */
function settingsOf(entity: Entity): ConceptSettings | undefined {
  switch (entity.domain) {
    case 'light': {
      if (entity.state === 'off') return { power: 'off' };
      const a = entity.attributes;
      const settings: ConceptSettings = {};
      if (a.supported_color_modes.some((m) => m !== 'onoff')) settings.brightness = a.brightness;
      else settings.power = 'on';
      if (a.color_mode === 'rgb' && a.rgb_color !== undefined) settings.rgb_color = a.rgb_color;
      if (a.color_mode === 'color_temp' && a.color_temp_kelvin !== undefined)
        settings.color_temp_kelvin = a.color_temp_kelvin;
      return settings;
    }
    case 'climate':
      return entity.state === 'off'
        ? { hvac_mode: 'off' }
        : { hvac_mode: entity.state, temperature: entity.attributes.temperature };
    case 'cover':
      // A blind on its way somewhere is taken where it is going.
      return { position: entity.attributes.target_position ?? entity.attributes.position };
    case 'fan':
      return entity.state === 'off'
        ? { power: 'off' }
        : { percentage: entity.attributes.percentage };
    case 'media_player':
      return entity.state === 'off'
        ? { power: 'off' }
        : { power: 'on', volume: entity.attributes.volume };
    default:
      return undefined;
  }
}

/** A concept taken from a device as it is now ("like it is now"); undefined for other kinds. */
export function conceptFromDevice(entity: Entity, word: string): ConceptDraft | undefined {
  if (!isConceptDomain(entity.domain)) return undefined;
  const settings = settingsOf(entity);
  if (!settings) return undefined;
  return { word, domain: entity.domain, settings, taughtOn: entity.id };
}

const HVAC_WORDS: Record<NonNullable<ConceptSettings['hvac_mode']>, string> = {
  off: 'off',
  heat: 'heating',
  cool: 'cooling',
  heat_cool: 'heating and cooling',
};

function positionWords(position: number): string {
  if (position === 0) return 'closed';
  if (position === 100) return 'fully open';
  return `${percent(position)} open`;
}

/** The settings in words: "brightness 100 % and cool white", "heating to 22 °C". */
export function describeConcept(
  concept: { settings: ConceptSettings },
  unit: TemperatureUnit,
): string {
  const s = concept.settings;
  const parts: string[] = [];
  if (s.power !== undefined) parts.push(s.power);
  if (s.brightness !== undefined) parts.push(`brightness ${percent(s.brightness)}`);
  if (s.rgb_color !== undefined) parts.push(nameOfHex(s.rgb_color));
  if (s.color_temp_kelvin !== undefined) parts.push(nameOfKelvin(s.color_temp_kelvin));
  const temperature =
    s.temperature === undefined ? undefined : formatTemperature(s.temperature, unit);
  if (s.hvac_mode !== undefined && s.hvac_mode !== 'off' && temperature !== undefined)
    parts.push(`${HVAC_WORDS[s.hvac_mode]} to ${temperature}`);
  else {
    if (s.hvac_mode !== undefined) parts.push(HVAC_WORDS[s.hvac_mode]);
    if (temperature !== undefined) parts.push(temperature);
  }
  if (s.position !== undefined) parts.push(positionWords(s.position));
  if (s.percentage !== undefined) parts.push(`speed ${percent(s.percentage)}`);
  if (s.volume !== undefined) parts.push(`volume ${percent(s.volume)}`);
  return parts.length === 0 ? 'no settings' : joinList(parts);
}

/** Settings that make no sense for the kind ("brightness" for a thermostat), by name. */
const FOR_DOMAIN: Record<ConceptDomain, readonly (keyof ConceptSettings)[]> = {
  light: ['power', 'brightness', 'rgb_color', 'color_temp_kelvin'],
  climate: ['power', 'temperature', 'hvac_mode'],
  cover: ['power', 'position'],
  fan: ['power', 'percentage'],
  media_player: ['power', 'volume'],
};

/** The settings of `settings` that a device of `domain` has no such thing as. */
export function foreignSettings(
  domain: ConceptDomain,
  settings: ConceptSettings,
): (keyof ConceptSettings)[] {
  return (Object.keys(settings) as (keyof ConceptSettings)[]).filter(
    (key) => settings[key] !== undefined && !FOR_DOMAIN[domain].includes(key),
  );
}
