// What a person teaches the assistant (issue 5), as data: commands (a phrase that does things),
// concepts (a word that means a setting for a kind of device) and names (another name for a
// device or a room). One zod definition serves the interpreter, the teach dialogue, the forms,
// storage and backups. Steps reuse the routines' actions, so a taught command does what a
// routine's steps do and "run Good night" is one of them.
import { z } from '../zod.ts';
import { actionSchema } from '../routines/model.ts';

const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));
const recordId = z.string().check(z.minLength(1), z.maxLength(120));
const entityId = z
  .string()
  .check(z.regex(/^[a-z_]+\.[a-z0-9_]+$/, 'choose a device'), z.maxLength(120));

/** How it was taught: said in the console, shown on the Home page, or written in the form. */
export const taughtSourceSchema = z.enum(['conversation', 'showing', 'form']);

const base = {
  id: recordId,
  source: taughtSourceSchema,
  /** Simulated epoch ms. */
  taughtAt: z.number(),
  updatedAt: z.number(),
  /**
   * The person chose that this wins over what the assistant already understands by these words
   * (they were told about the collision and confirmed). Otherwise built-in meanings come first.
   */
  overrides: z.optional(z.boolean()),
};

export const MAX_TAUGHT_PHRASES = 7;
export const MAX_TAUGHT_STEPS = 30;

/** "movie mode" = living room lights 20 %, blinds closed, TV on. */
export const taughtCommandSchema = z.strictObject({
  ...base,
  kind: z.literal('command'),
  /** What the person says; the first is its name in lists. */
  phrases: z
    .array(shortText)
    .check(
      z.minLength(1, 'add a phrase'),
      z.maxLength(MAX_TAUGHT_PHRASES, `at most ${MAX_TAUGHT_PHRASES} phrases`),
    ),
  steps: z
    .array(actionSchema)
    .check(
      z.minLength(1, 'add at least one step'),
      z.maxLength(MAX_TAUGHT_STEPS, `at most ${MAX_TAUGHT_STEPS} steps`),
    ),
});

/** The kinds of device a concept can mean a setting for. */
export const CONCEPT_DOMAINS = ['light', 'climate', 'cover', 'fan', 'media_player'] as const;
export type ConceptDomain = (typeof CONCEPT_DOMAINS)[number];

/**
 * The settings a concept stands for, per kind: temperatures in °C, levels in percent, colours as
 * the home model writes them (#rrggbb) or a white in kelvin. At least one must be set.
 */
export const conceptSettingsSchema = z
  .strictObject({
    power: z.optional(z.enum(['on', 'off'])),
    brightness: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    rgb_color: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/))),
    color_temp_kelvin: z.optional(z.int().check(z.minimum(1500), z.maximum(9000))),
    temperature: z.optional(z.number().check(z.minimum(5), z.maximum(35))),
    hvac_mode: z.optional(z.enum(['off', 'heat', 'cool', 'heat_cool'])),
    position: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    percentage: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
    volume: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  })
  .check(
    z.refine((s) => Object.values(s).some((v) => v !== undefined), 'choose at least one setting'),
  );

/** "study mode" for a light = brightness 100 % and cool white; applies to every light. */
export const conceptSchema = z.strictObject({
  ...base,
  kind: z.literal('concept'),
  /** The word or words: "study mode", "cozy". */
  word: shortText,
  domain: z.enum(CONCEPT_DOMAINS),
  settings: conceptSettingsSchema,
  /** The device it was taught on, for "taught on the Living room lamp" (it applies to all). */
  taughtOn: z.optional(entityId),
});

/** "the big light" = Living room ceiling; "the kids' room" = Bedroom 2. */
export const taughtNameSchema = z.strictObject({
  ...base,
  kind: z.literal('name'),
  name: shortText,
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('entity'), entityId }),
    z.strictObject({ kind: z.literal('area'), areaId: recordId }),
  ]),
});

export const taughtItemSchema = z.discriminatedUnion('kind', [
  taughtCommandSchema,
  conceptSchema,
  taughtNameSchema,
]);

export type TaughtSource = z.infer<typeof taughtSourceSchema>;
export type TaughtCommand = z.infer<typeof taughtCommandSchema>;
export type ConceptSettings = z.infer<typeof conceptSettingsSchema>;
export type Concept = z.infer<typeof conceptSchema>;
export type TaughtName = z.infer<typeof taughtNameSchema>;
export type TaughtItem = z.infer<typeof taughtItemSchema>;
export type TaughtKind = TaughtItem['kind'];

/** What the interpreter needs of the taught items (InterpretContext.taught). */
export interface TaughtVocabulary {
  commands: readonly TaughtCommand[];
  concepts: readonly Concept[];
  names: readonly TaughtName[];
}

export const EMPTY_VOCABULARY: TaughtVocabulary = { commands: [], concepts: [], names: [] };

/** Splits stored items by kind, for the interpreter. */
export function vocabularyOf(items: readonly TaughtItem[]): TaughtVocabulary {
  return {
    commands: items.filter((i): i is TaughtCommand => i.kind === 'command'),
    concepts: items.filter((i): i is Concept => i.kind === 'concept'),
    names: items.filter((i): i is TaughtName => i.kind === 'name'),
  };
}
