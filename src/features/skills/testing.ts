// For the skills feature's tests: a small template with a field of every kind, and a runtime
// simple enough to follow (name a pet; it counts the sessions it opened, in its memory), so the
// editor and the preview are tested without depending on the real templates' words.
import type { Blueprint, FieldSpec } from '../../domain/blueprints/types.ts';
import { z } from '../../domain/zod.ts';

const configSchema = z.strictObject({
  intro: z.optional(z.string().check(z.maxLength(80, 'keep the welcome under 80 letters'))),
  pets: z
    .array(z.string().check(z.trim(), z.minLength(1, 'write the pet or remove it')))
    .check(z.minLength(2, 'add at least 2 pets'), z.maxLength(6, 'at most 6 pets')),
  questions: z
    .array(
      z.strictObject({
        question: z.string().check(z.trim(), z.minLength(1, 'write the question')),
        points: z.int().check(z.minimum(1, 'at least 1 point'), z.maximum(5, 'at most 5 points')),
        level: z.enum(['easy', 'hard']),
      }),
    )
    .check(z.minLength(1, 'add at least one question')),
  days: z.array(z.int().check(z.minimum(0), z.maximum(6))),
  until: z.string(),
});
type Config = z.infer<typeof configSchema>;

const sessionSchema = z.strictObject({ tries: z.int() });
const memorySchema = z.strictObject({ opened: z.int() });
type Session = z.infer<typeof sessionSchema>;
type Memory = z.infer<typeof memorySchema>;

export const PET_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', key: 'intro', label: 'Welcome', hint: 'Said first.' },
  { kind: 'words', key: 'pets', label: 'Pets', itemLabel: 'pet', suggest: true, min: 2, max: 6 },
  {
    kind: 'list',
    key: 'questions',
    label: 'Questions',
    itemLabel: 'question',
    min: 1,
    max: 3,
    fields: [
      { kind: 'text', key: 'question', label: 'Question' },
      { kind: 'number', key: 'points', label: 'Points', min: 1, max: 5 },
      {
        kind: 'choice',
        key: 'level',
        label: 'Level',
        options: [
          { value: 'easy', label: 'Easy' },
          { value: 'hard', label: 'Hard' },
        ],
      },
    ],
  },
  { kind: 'days', key: 'days', label: 'Days' },
  { kind: 'date', key: 'until', label: 'Until' },
];

export const petBlueprint: Blueprint<Config, Session, Memory> = {
  id: 'trivia',
  category: 'fun',
  title: 'Pet game',
  description: 'Name a pet it knows.',
  defaultName: 'Pet game',
  schema: configSchema,
  example: {
    intro: 'Hello!',
    pets: ['cat', 'dog'],
    questions: [{ question: 'Which pet purrs?', points: 2, level: 'easy' }],
    days: [1, 3],
    until: '2026-12-24',
  },
  fields: PET_FIELDS,
  tryThese: (config) => [config.pets[0] ?? 'cat', 'a dragon'],
  runtime: {
    sessionSchema,
    memorySchema,
    initialMemory: { opened: 0 },
    start: (ctx) => ({
      reply: `${ctx.config.intro ?? ''} Session ${ctx.memory.opened + 1}. Name a pet.`.trim(),
      session: { tries: 0 },
      memory: { opened: ctx.memory.opened + 1 },
    }),
    turn: (ctx, session, said) =>
      ctx.config.pets.includes(said)
        ? { reply: `Yes, ${said}!`, matched: `the pet “${said}”` }
        : {
            reply: `Name a pet, like ${ctx.config.pets[0]}.`,
            session: { tries: session.tries + 1 },
            unexpected: true,
          },
    ask: (ctx, said) =>
      ctx.config.pets.includes(said) ? { reply: `${said} is one of mine.` } : undefined,
    help: (ctx) => `Say a pet, like ${ctx.config.pets[0]}.`,
    describe: (_ctx, session) => [`Tries: ${session.tries}`],
  },
};
