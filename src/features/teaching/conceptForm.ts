// A setting word ("study mode", "cozy") in the form: the word, the kind of device it is for and the
// settings it stands for, as a person types them — percentages, a colour by name, a temperature in
// their own unit — turned into the model's settings (°C, #rrggbb or kelvin) and back. Only the
// settings of the chosen kind are shown, checked and kept.
import { z } from '../../domain/zod.ts';
import { formatNumber, fromCelsius, toCelsius } from '../../domain/home/format.ts';
import type { TemperatureUnit } from '../../domain/settings/settings.ts';
import { colorText, readColor } from './conceptColors.ts';
import {
  CONCEPT_DOMAINS,
  type Concept,
  type ConceptDomain,
  type ConceptSettings,
} from '../../domain/teaching/model.ts';

export type HvacMode = NonNullable<ConceptSettings['hvac_mode']>;

export interface ConceptForm {
  word: string;
  domain: ConceptDomain | '';
  /** '' leaves it as it is. */
  power: '' | 'on' | 'off';
  brightness: string;
  /** A colour or shade of white by name ("warm white", "sky blue"), "#rrggbb" or "2700 K". */
  color: string;
  /** In the person's unit. */
  temperature: string;
  hvacMode: '' | HvacMode;
  position: string;
  speed: string;
  volume: string;
}

export type ConceptMeaning = Pick<Concept, 'kind' | 'word' | 'domain' | 'settings'> & {
  taughtOn?: string;
};

export type SettingField = Exclude<keyof ConceptForm, 'word' | 'domain'>;

/** The settings each kind of device has, in the order the form shows them. */
export const SETTING_FIELDS: Record<ConceptDomain, readonly SettingField[]> = {
  light: ['power', 'brightness', 'color'],
  climate: ['hvacMode', 'temperature', 'power'],
  cover: ['position', 'power'],
  fan: ['power', 'speed'],
  media_player: ['power', 'volume'],
};

const SHORT = 120;

export function blankConceptForm(domain: ConceptDomain | '' = ''): ConceptForm {
  return {
    word: '',
    domain,
    power: '',
    brightness: '',
    color: '',
    temperature: '',
    hvacMode: '',
    position: '',
    speed: '',
    volume: '',
  };
}

/** "50", "50 %", "12,5": a number as people type it; undefined for anything else. */
export function readNumber(text: string): number | undefined {
  const match = /^(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  return match?.[1] === undefined ? undefined : Number(match[1].replace(',', '.'));
}

/** "21", "21.5", "70 °F": a temperature as typed, in whatever unit the field is in. */
function readTemperature(text: string): number | undefined {
  const match = /^(-?\d+(?:[.,]\d+)?)\s*(?:°\s*[cf]?|degrees?)?$/i.exec(text.trim());
  return match?.[1] === undefined ? undefined : Number(match[1].replace(',', '.'));
}

/** The temperatures a setting word may stand for, in the person's unit. */
export function temperatureRange(unit: TemperatureUnit): { min: number; max: number } {
  return { min: fromCelsius(5, unit), max: fromCelsius(35, unit) };
}

const numberText = (n: number | undefined) => (n === undefined ? '' : formatNumber(n));

export function conceptToForm(
  concept: Pick<Concept, 'word' | 'domain' | 'settings'>,
  unit: TemperatureUnit,
): ConceptForm {
  const s = concept.settings;
  return {
    word: concept.word,
    domain: concept.domain,
    power: s.power ?? '',
    brightness: numberText(s.brightness),
    color: colorText(s),
    temperature: s.temperature === undefined ? '' : formatNumber(fromCelsius(s.temperature, unit)),
    hvacMode: s.hvac_mode ?? '',
    position: numberText(s.position),
    speed: numberText(s.percentage),
    volume: numberText(s.volume),
  };
}

const filled = (text: string) => text.trim() !== '';

/**
 * The settings the form says for its kind of device (fields of other kinds are left out: they are
 * hidden, and may still hold what was typed before the kind changed). Call on a checked form.
 */
export function settingsFromForm(form: ConceptForm, unit: TemperatureUnit): ConceptSettings {
  if (form.domain === '') return {};
  const settings: ConceptSettings = {};
  const percentage = (text: string) => (filled(text) ? readNumber(text) : undefined);
  for (const field of SETTING_FIELDS[form.domain]) {
    switch (field) {
      case 'power':
        if (form.power !== '') settings.power = form.power;
        break;
      case 'hvacMode':
        if (form.hvacMode !== '') settings.hvac_mode = form.hvacMode;
        break;
      case 'brightness':
        settings.brightness = percentage(form.brightness);
        break;
      case 'position':
        settings.position = percentage(form.position);
        break;
      case 'speed':
        settings.percentage = percentage(form.speed);
        break;
      case 'volume':
        settings.volume = percentage(form.volume);
        break;
      case 'temperature': {
        const typed = filled(form.temperature) ? readTemperature(form.temperature) : undefined;
        if (typed !== undefined)
          settings.temperature = Math.round(toCelsius(typed, unit) * 10) / 10;
        break;
      }
      case 'color': {
        if (!filled(form.color)) break;
        const read = readColor(form.color);
        if (read.ok) Object.assign(settings, read.settings);
        break;
      }
    }
  }
  return Object.fromEntries(
    Object.entries(settings).filter(([, v]) => v !== undefined),
  ) as ConceptSettings;
}

/**
 * The concept the form says. `taughtOn` (the device it was first taught on) is kept only while it
 * is a device of the chosen kind: a word moved to another kind was not taught on that device.
 */
export function conceptFromForm(
  form: ConceptForm,
  unit: TemperatureUnit,
  taughtOn?: string,
): ConceptMeaning {
  const domain = form.domain === '' ? 'light' : form.domain;
  const keepsDevice = taughtOn !== undefined && taughtOn.split('.')[0] === domain;
  return {
    kind: 'concept',
    word: form.word.trim().replace(/\s+/g, ' '),
    domain,
    settings: settingsFromForm(form, unit),
    ...(keepsDevice ? { taughtOn } : {}),
  };
}

type Problem = (field: keyof ConceptForm | 'settings', message: string) => void;

function checkPercent(text: string, field: SettingField, problem: Problem) {
  if (!filled(text)) return;
  const n = readNumber(text);
  if (n === undefined || n < 0 || n > 100) problem(field, 'Enter a number from 0 to 100');
}

function checkSettings(form: ConceptForm, unit: TemperatureUnit, problem: Problem) {
  if (form.domain === '') return;
  const fields = SETTING_FIELDS[form.domain];
  for (const field of fields) {
    switch (field) {
      case 'brightness':
      case 'position':
      case 'speed':
      case 'volume':
        checkPercent(form[field], field, problem);
        break;
      case 'temperature': {
        if (!filled(form.temperature)) break;
        const n = readTemperature(form.temperature);
        const { min, max } = temperatureRange(unit);
        if (n === undefined || n < min - 0.05 || n > max + 0.05)
          problem(
            'temperature',
            `Enter a temperature from ${formatNumber(min)} to ${formatNumber(max)} °${unit}`,
          );
        break;
      }
      case 'color': {
        if (!filled(form.color)) break;
        const read = readColor(form.color);
        if (!read.ok) problem('color', read.why);
        break;
      }
      default:
        break;
    }
  }
  const set = fields.filter((f) => filled(form[f]));
  if (set.length === 0) {
    problem('settings', 'Choose at least one setting');
    return;
  }
  // "Off" together with a level would be a contradiction the device can't follow: say so.
  if (form.power === 'off' && fields.includes('power') && form.domain !== 'climate') {
    const others = set.filter((f) => f !== 'power');
    if (others.length > 0)
      problem(
        'power',
        form.domain === 'cover'
          ? 'Choose “Closed” or a position, not both'
          : 'A device that is off has no other settings: choose “Leave as it is”, or clear the others',
      );
  }
  if (form.domain === 'climate' && form.power !== '' && form.hvacMode !== '')
    problem('power', 'Choose a heating mode or on/off, not both');
}

export function conceptFormSchema(unit: TemperatureUnit) {
  const choice = <T extends string>(values: readonly T[]) => z.enum(['', ...values] as const);
  return z
    .object({
      word: z
        .string()
        .check(
          z.trim(),
          z.minLength(1, 'Write the word or words, like “study mode”'),
          z.maxLength(SHORT, `Keep it under ${SHORT} letters`),
        ),
      domain: z
        .enum(['', ...CONCEPT_DOMAINS])
        .check(z.refine((d) => d !== '', 'Choose the kind of device it is for')),
      power: choice(['on', 'off']),
      brightness: z.string(),
      color: z.string(),
      temperature: z.string(),
      hvacMode: choice(['off', 'heat', 'cool', 'heat_cool']),
      position: z.string(),
      speed: z.string(),
      volume: z.string(),
    })
    .check(
      z.superRefine((form, ctx) =>
        checkSettings(form as ConceptForm, unit, (field, message) =>
          ctx.addIssue({ code: 'custom', message, input: form, path: [field] }),
        ),
      ),
    );
}
