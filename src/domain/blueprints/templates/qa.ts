// Custom Q&A: questions a person writes, each with several ways of asking, and their answers
// ("when is grandma's birthday" → "the 12th of May"). A question asked in other words is still
// answered when it is clearly closest to one of them (questions.ts).
import { z } from '../../zod.ts';
import type { Blueprint } from '../types.ts';
import {
  like,
  questionRuntime,
  type Answer,
  type NoMemory,
  type QuestionSession,
} from './questions.ts';

export const MAX_QA_ITEMS = 50;
export const MAX_QA_PHRASINGS = 10;

const phrasing = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'write the question or remove it'),
    z.maxLength(120, 'keep a question under 120 letters'),
  );

const itemSchema = z.strictObject({
  phrasings: z
    .array(phrasing)
    .check(
      z.minLength(1, 'add at least one way to ask'),
      z.maxLength(MAX_QA_PHRASINGS, `at most ${MAX_QA_PHRASINGS} ways to ask`),
    ),
  answer: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'write the answer'),
      z.maxLength(500, 'keep the answer under 500 letters'),
    ),
});

export const qaConfigSchema = z.strictObject({
  /** Said when the skill opens; optional. */
  intro: z.optional(
    z.string().check(z.trim(), z.maxLength(200, 'keep the welcome under 200 letters')),
  ),
  items: z
    .array(itemSchema)
    .check(
      z.minLength(1, 'add at least one question'),
      z.maxLength(MAX_QA_ITEMS, `at most ${MAX_QA_ITEMS} questions`),
    ),
});

export type QaConfig = z.infer<typeof qaConfigSchema>;

const example: QaConfig = {
  intro: 'Hi! I know all sorts of things about our family.',
  items: [
    {
      phrasings: [
        "when is grandma's birthday",
        "what day is grandma's birthday",
        'when was grandma born',
      ],
      answer: "Grandma's birthday is on the 12th of May. She loves yellow tulips.",
    },
    {
      phrasings: ["what is the dog's name", 'what is our dog called', 'who is our dog'],
      answer: "Our dog is called Biscuit. He's a beagle, he's four, and he loves socks.",
    },
    {
      phrasings: ['when is bin day', 'when do the bins go out', 'when are the bins collected'],
      answer: 'The bins go out on Wednesday night. Green bin one week, black bin the next.',
    },
    {
      phrasings: [
        'when is football practice',
        'when does Leo have football',
        'what time is football',
      ],
      answer: "Leo's football practice is on Tuesdays at 5 o'clock, at the park.",
    },
    {
      phrasings: [
        "what is Maya's favourite food",
        'what does Maya like to eat',
        "what is Maya's favourite dinner",
      ],
      answer: 'Spaghetti with lots of cheese. Never mushrooms!',
    },
  ],
};

function answers(config: QaConfig): Answer[] {
  return config.items.map((item) => ({
    phrasings: item.phrasings,
    answer: item.answer,
    topic: item.phrasings[0] ?? '',
    example: item.phrasings[0] ?? '',
  }));
}

export const qaBlueprint: Blueprint<QaConfig, QuestionSession, NoMemory> = {
  id: 'qa',
  category: 'learning',
  title: 'Custom Q&A',
  description: 'Questions and answers you write, asked in your own words.',
  defaultName: 'Family facts',
  schema: qaConfigSchema,
  example,
  fields: [
    {
      kind: 'text',
      key: 'intro',
      label: 'Welcome',
      hint: 'What it says when it starts. You can leave this empty.',
      placeholder: 'Hi! Ask me about our family.',
    },
    {
      kind: 'list',
      key: 'items',
      label: 'Questions',
      hint: 'Each question with the ways people might ask it, and its answer.',
      itemLabel: 'question',
      min: 1,
      max: MAX_QA_ITEMS,
      fields: [
        {
          kind: 'words',
          key: 'phrasings',
          label: 'Ways to ask',
          hint: 'Write a few: “when is grandma’s birthday”, “when was grandma born”.',
          itemLabel: 'way to ask',
          min: 1,
          max: MAX_QA_PHRASINGS,
          placeholder: 'when is bin day',
        },
        {
          kind: 'text',
          key: 'answer',
          label: 'Answer',
          hint: 'What it says back.',
          multiline: true,
        },
      ],
    },
  ],
  tryThese: (config) =>
    config.items
      .slice(0, 3)
      .map((item) => item.phrasings[item.phrasings.length > 1 ? 1 : 0] ?? '')
      .filter((p) => p !== ''),
  runtime: questionRuntime<QaConfig>({
    answers,
    opening: (ctx, all) =>
      `${ctx.config.intro || `Welcome to ${ctx.name}.`} Ask me a question${like(ctx.random, all)}.`,
  }),
};
