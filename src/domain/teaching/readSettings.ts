// "What does 'study mode' mean for a light?" answered in ordinary words: "full brightness and cool
// white", "warm white at half brightness", "22 degrees", "heating", "like it is now". Each part is
// read by the interpreter as if said to a device of that kind ("set the Living room lamp to cool
// white") and the commands it would get become the concept's settings; what the grammar has no
// sentence for ("brightness 100 percent", "heat mode") is read from its words here.
import { planCommands } from '../assistant/commandsFor.ts';
import { unitMeant } from '../assistant/degrees.ts';
import { curly } from '../assistant/words.ts';
import type { Command } from '../home/commands.ts';
import { toCelsius } from '../home/format.ts';
import { TEMPERATURE_LIMITS, type Entity } from '../home/model.ts';
import { parseCssColor } from '../language/cssColors.ts';
import { TEMPERATURE_UNITS } from '../language/grammar/words.ts';
import { tokenize } from '../language/normalize.ts';
import { chunks, likeNow, plain, withoutOpening } from './answers.ts';
import { CONCEPT_KINDS, conceptFromDevice, foreignSettings } from './concepts.ts';
import type { TeachContext, TeachTopic } from './dialogueState.ts';
import type { ConceptDomain, ConceptSettings } from './model.ts';
import { aside, unclear, understoodAs, type Reading } from './reading.ts';

type ConceptTopic = Extract<TeachTopic, { kind: 'concept' }>;

export interface SettingsAnswer {
  settings: ConceptSettings;
  /** The device whose state it was taken from ("like it is now"), or the one of the request. */
  taughtOn?: string;
}

/** Examples of settings per kind, for hints. */
const EXAMPLES: Record<ConceptDomain, string> = {
  light: 'full brightness and cool white',
  climate: 'heating to 22 degrees',
  cover: 'half open',
  fan: 'speed 40 percent',
  media_player: 'volume 20 percent',
};

export const settingsHint = (domain: ConceptDomain) =>
  `Tell me the settings, for example ${curly(EXAMPLES[domain])}, or ${curly('like it is now')}.`;

/** Whole answers that are one setting of a kind: "on", "closed", "heating". */
const WORD_SETTINGS: Record<ConceptDomain, Record<string, ConceptSettings>> = {
  light: { on: { power: 'on' }, off: { power: 'off' } },
  climate: {
    on: { power: 'on' },
    off: { hvac_mode: 'off' },
    heat: { hvac_mode: 'heat' },
    heating: { hvac_mode: 'heat' },
    'heat mode': { hvac_mode: 'heat' },
    cool: { hvac_mode: 'cool' },
    cooling: { hvac_mode: 'cool' },
    'cool mode': { hvac_mode: 'cool' },
    'heat and cool': { hvac_mode: 'heat_cool' },
    'heat cool': { hvac_mode: 'heat_cool' },
    auto: { hvac_mode: 'heat_cool' },
    automatic: { hvac_mode: 'heat_cool' },
  },
  cover: {
    open: { position: 100 },
    'fully open': { position: 100 },
    opened: { position: 100 },
    closed: { position: 0 },
    close: { position: 0 },
    shut: { position: 0 },
    'half open': { position: 50 },
    'halfway open': { position: 50 },
    'half closed': { position: 50 },
  },
  fan: { on: { power: 'on' }, off: { power: 'off' }, 'full speed': { percentage: 100 } },
  media_player: { on: { power: 'on' }, off: { power: 'off' } },
};

/** The setting a number is about, when the answer names it: "brightness 80", "volume 20". */
const NUMBER_WORDS: Record<string, keyof ConceptSettings> = {
  brightness: 'brightness',
  bright: 'brightness',
  volume: 'volume',
  loud: 'volume',
  speed: 'percentage',
  position: 'position',
  open: 'position',
  temperature: 'temperature',
  degree: 'temperature',
  warm: 'temperature',
};
/** What a bare number means for each kind ("50 percent" of a light is its brightness). */
const NUMBER_DEFAULT: Record<ConceptDomain, keyof ConceptSettings> = {
  light: 'brightness',
  climate: 'temperature',
  cover: 'position',
  fan: 'percentage',
  media_player: 'volume',
};

/** The settings the commands for one device amount to. */
function settingsOfCommands(commands: readonly Command[]): ConceptSettings | undefined {
  const settings: ConceptSettings = {};
  for (const c of commands) {
    switch (c.type) {
      case 'set_brightness':
        settings.brightness = c.brightness;
        break;
      case 'set_color': {
        const parsed = parseCssColor(c.color);
        if (parsed?.kind === 'temp') settings.color_temp_kelvin = parsed.kelvin;
        else if (parsed) settings.rgb_color = parsed.hex.toLowerCase();
        break;
      }
      case 'set_color_temp':
        settings.color_temp_kelvin = Math.round(c.kelvin);
        break;
      case 'set_temperature':
        settings.temperature = c.temperature;
        break;
      case 'set_position':
        settings.position = c.position;
        break;
      case 'set_volume':
        settings.volume = c.volume;
        break;
      case 'set_fan_speed':
        settings.percentage = c.percentage;
        break;
      case 'set_hvac_mode':
        if (['off', 'heat', 'cool', 'heat_cool'].includes(c.mode))
          settings.hvac_mode = c.mode as ConceptSettings['hvac_mode'];
        break;
      case 'turn_on':
        settings.power = 'on';
        break;
      case 'turn_off':
        settings.power = 'off';
        break;
      case 'open':
        settings.position = 100;
        break;
      case 'close':
        settings.position = 0;
        break;
      default:
        return undefined;
    }
  }
  return Object.keys(settings).length > 0 ? settings : undefined;
}

/** "brightness 100 percent", "22 degrees", "volume 20": a number and what it is about. */
function numberSetting(
  text: string,
  domain: ConceptDomain,
  ctx: TeachContext,
): ConceptSettings | undefined {
  const tokens = tokenize(text).base;
  const numbers = tokens.map(Number).filter((n) => Number.isFinite(n));
  if (numbers.length !== 1) return undefined;
  const value = numbers[0]!;
  const named = tokens.map((t) => NUMBER_WORDS[t]).find((k) => k !== undefined);
  const said = tokens.map((t) => TEMPERATURE_UNITS[t]).find((u) => u !== undefined);
  const key = named ?? (said !== undefined ? 'temperature' : NUMBER_DEFAULT[domain]);
  // Nothing but the number and the words for it: "100 percent brightness", not "100 lamps".
  const known = new Set(['percent', 'degree', 'to', 'at', 'of', 'set', 'is', String(value)]);
  if (
    tokens.some(
      (t) => !known.has(t) && NUMBER_WORDS[t] === undefined && TEMPERATURE_UNITS[t] === undefined,
    )
  )
    return undefined;
  if (key === 'temperature') {
    const meant = unitMeant(
      { temperature: value, ...(said ? { temperature_unit: said } : {}) },
      ctx.unit,
    );
    const celsius = Math.round(toCelsius(value, meant.unit) * 2) / 2;
    if (celsius < TEMPERATURE_LIMITS.min || celsius > TEMPERATURE_LIMITS.max) return undefined;
    return { temperature: celsius };
  }
  if (value < 0 || value > 100) return undefined;
  return { [key]: value };
}

/** A device of the concept's kind to say the answer to: the request's, else any. */
function sampleOf(topic: ConceptTopic, ctx: TeachContext): Entity | undefined {
  const ofKind = (e: Entity) => e.domain === topic.domain;
  return (
    topic.entityIds.flatMap(
      (id) => ctx.home.entities.find((e) => e.id === id && ofKind(e)) ?? [],
    )[0] ?? ctx.home.entities.find(ofKind)
  );
}

function readPart(
  text: string,
  topic: ConceptTopic,
  sample: Entity | undefined,
  ctx: TeachContext,
): ConceptSettings | undefined {
  const said = plain(text).replace(/^(?:to|at|set to|make it|is|should be|with)\s+/, '');
  const word = WORD_SETTINGS[topic.domain][said];
  if (word) return word;
  if (sample) {
    const meaning = ctx.interpret(`set ${sample.name} to ${said}`, { home: ctx.home });
    if (meaning.targets.includes(sample.id) && meaning.intent !== 'Unknown') {
      const plan = planCommands(meaning.intent, meaning.slots, ctx.unit);
      const settings = 'refusal' in plan ? undefined : settingsOfCommands(plan.build(sample));
      if (settings) return settings;
    }
  }
  const number = numberSetting(said, topic.domain, ctx);
  if (number) return number;
  // "heating to 22 degrees", "open at 30 percent": a setting and a level for it.
  const pair = /^(.+?)\s+(?:to|at)\s+(.+)$/.exec(said);
  if (!pair) return undefined;
  const first = readPart(pair[1]!, topic, sample, ctx);
  const second = first && readPart(pair[2]!, topic, sample, ctx);
  return first && second ? { ...first, ...second } : undefined;
}

/** Later parts win, and a colour replaces a white (a light shows one or the other). */
function merge(into: ConceptSettings, part: ConceptSettings): void {
  if (part.rgb_color !== undefined) delete into.color_temp_kelvin;
  if (part.color_temp_kelvin !== undefined) delete into.rgb_color;
  Object.assign(into, part);
}

/** The settings an answer means for the concept's kind of device, or why it can't be read so. */
export function readSettings(
  answer: string,
  topic: ConceptTopic,
  ctx: TeachContext,
): Reading<SettingsAnswer> {
  const text = withoutOpening(answer);
  const hint = settingsHint(topic.domain);
  if (text === '') return unclear(hint);
  const sample = sampleOf(topic, ctx);
  if (likeNow(text)) {
    const draft = sample && conceptFromDevice(sample, topic.word);
    return draft
      ? understoodAs({ settings: draft.settings, taughtOn: sample.id })
      : unclear(`I have no ${CONCEPT_KINDS[topic.domain].one} to copy. ${hint}`);
  }
  const settings: ConceptSettings = {};
  const whole = readPart(text, topic, sample, ctx);
  if (whole) merge(settings, whole);
  else {
    for (const part of chunks(text, true)) {
      const read = readPart(part, topic, sample, ctx);
      if (!read) {
        const meaning = ctx.interpret(text, { home: ctx.home });
        const other = aside(meaning);
        if (other === 'unrelated') return { ok: false, why: 'unrelated' };
        if (other === 'help') return { ok: false, why: 'help', hint };
        return unclear(`I didn't understand ${curly(part)} as a setting. ${hint}`);
      }
      merge(settings, read);
    }
  }
  const foreign = foreignSettings(topic.domain, settings);
  if (foreign.length > 0)
    return unclear(`A ${CONCEPT_KINDS[topic.domain].one} has no such setting. ${hint}`);
  return understoodAs({ settings, ...(sample ? { taughtOn: sample.id } : {}) });
}
