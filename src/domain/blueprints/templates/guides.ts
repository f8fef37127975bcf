// The houseguest and babysitter guides: one form and one runtime, two examples. A person fills in
// the Wi-Fi, where things are, the house rules, who to call and their own topics; a guest asks
// ("where are the towels?", "can I have friends over?") and gets the answer (guideAnswers.ts).
import { z } from '../../zod.ts';
import type { Blueprint, FieldSpec } from '../types.ts';
import {
  guideAnswers,
  inSentence,
  sentence,
  theThing,
  whatToAsk,
  type GuideConfig,
} from './guideAnswers.ts';
import { questionRuntime, type NoMemory, type QuestionSession } from './questions.ts';

export const MAX_GUIDE_PLACES = 40;
export const MAX_GUIDE_RULES = 20;
export const MAX_GUIDE_CONTACTS = 10;
export const MAX_GUIDE_TOPICS = 20;

const text = (max: number, missing: string) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, missing), z.maxLength(max, `keep it under ${max} letters`));
const optionalText = (max: number) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max, `keep it under ${max} letters`)));

const phone = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'write the phone number'),
    z.maxLength(30, 'keep the phone number under 30 characters'),
    z.regex(
      /^\+?[\d\s().-]*\d[\d\s().-]*$/,
      'write the phone number with digits, like 07700 900123',
    ),
  );

const list = <T extends z.ZodMiniType>(item: T, max: number, what: string) =>
  z.array(item).check(z.maxLength(max, `at most ${max} ${what}`));

export const guideConfigSchema: z.ZodMiniType<GuideConfig> = z
  .strictObject({
    welcome: optionalText(200),
    wifiName: optionalText(64),
    wifiPassword: optionalText(64),
    places: list(
      z.strictObject({
        thing: text(60, 'write what it is'),
        place: text(160, 'write where it is'),
      }),
      MAX_GUIDE_PLACES,
      'things',
    ),
    rules: list(text(160, 'write the rule or remove it'), MAX_GUIDE_RULES, 'rules'),
    contacts: list(
      z.strictObject({
        name: text(60, 'write their name'),
        role: optionalText(40),
        phone,
      }),
      MAX_GUIDE_CONTACTS,
      'contacts',
    ),
    topics: list(
      z.strictObject({
        topic: text(60, 'write the topic, like “bedtime”'),
        answer: text(500, 'write what to say about it'),
      }),
      MAX_GUIDE_TOPICS,
      'topics',
    ),
  })
  .check(
    z.refine(
      (c) =>
        Boolean(c.wifiName || c.wifiPassword) ||
        c.places.length + c.rules.length + c.contacts.length + c.topics.length > 0,
      'fill in at least one section, such as the Wi-Fi or where things are',
    ),
  );

const fields: readonly FieldSpec[] = [
  {
    kind: 'text',
    key: 'welcome',
    label: 'Welcome',
    hint: 'What it says first. You can leave this empty.',
    placeholder: 'Welcome! Make yourself at home.',
  },
  { kind: 'text', key: 'wifiName', label: 'Wi-Fi network name', hint: 'As it shows on a phone.' },
  { kind: 'text', key: 'wifiPassword', label: 'Wi-Fi password' },
  {
    kind: 'list',
    key: 'places',
    label: 'Where things are',
    hint: 'Things a guest may look for, and where they are.',
    itemLabel: 'thing',
    max: MAX_GUIDE_PLACES,
    fields: [
      { kind: 'text', key: 'thing', label: 'Thing', placeholder: 'towels' },
      {
        kind: 'text',
        key: 'place',
        label: 'Where it is',
        hint: 'As you would say it: “in the hall cupboard”.',
        placeholder: 'in the hall cupboard',
      },
    ],
  },
  {
    kind: 'words',
    key: 'rules',
    label: 'House rules',
    hint: 'One rule each: “no shoes inside”.',
    itemLabel: 'rule',
    max: MAX_GUIDE_RULES,
    placeholder: 'no shoes inside',
  },
  {
    kind: 'list',
    key: 'contacts',
    label: 'Who to call',
    hint: 'People to call when something goes wrong.',
    itemLabel: 'contact',
    max: MAX_GUIDE_CONTACTS,
    fields: [
      { kind: 'text', key: 'name', label: 'Name', placeholder: 'Dr Patel' },
      {
        kind: 'text',
        key: 'role',
        label: 'Who they are',
        hint: 'Mum, neighbour, doctor… You can leave this empty.',
        placeholder: 'doctor',
      },
      { kind: 'text', key: 'phone', label: 'Phone number', placeholder: '07700 900123' },
    ],
  },
  {
    kind: 'list',
    key: 'topics',
    label: 'Other topics',
    hint: 'Anything else to know, such as bedtime or parking.',
    itemLabel: 'topic',
    max: MAX_GUIDE_TOPICS,
    fields: [
      { kind: 'text', key: 'topic', label: 'Topic', placeholder: 'bedtime' },
      { kind: 'text', key: 'answer', label: 'What to say', multiline: true },
    ],
  },
];

const houseguestExample: GuideConfig = {
  welcome: 'Welcome to our home! Make yourself comfortable.',
  wifiName: 'Hill House Guest',
  wifiPassword: 'bluebird-2026',
  places: [
    { thing: 'towels', place: 'in the hall cupboard, on the top shelf' },
    { thing: 'spare blankets', place: 'in the chest at the foot of your bed' },
    { thing: 'coffee', place: 'in the tin next to the kettle' },
    { thing: 'hairdryer', place: 'in the bathroom drawer' },
    { thing: 'spare key', place: 'on the hook by the front door' },
  ],
  rules: [
    'Please take your shoes off inside',
    'No smoking in the house',
    'Quiet after 10 pm, the children are asleep',
    'Feel free to have friends over, just let us know',
  ],
  contacts: [
    { name: 'Emma', role: 'host', phone: '07700 900123' },
    { name: 'Mr Jones', role: 'neighbour', phone: '07700 900456' },
  ],
  topics: [
    {
      topic: 'check-out',
      answer: 'Check-out is by 11 on Sunday. Leave the key on the kitchen table.',
    },
    {
      topic: 'parking',
      answer: 'Park on the drive, behind the blue car. The street is fine after 6 pm too.',
    },
    {
      topic: 'heating',
      answer: 'The thermostat is in the hall. Turn it up to 21 if you are cold.',
    },
  ],
};

const babysitterExample: GuideConfig = {
  welcome: 'Hi, and thank you for looking after Maya and Leo tonight!',
  wifiName: 'Hill House',
  wifiPassword: 'sunflower42',
  places: [
    { thing: 'pyjamas', place: "in the top drawer in the kids' room" },
    { thing: 'first aid kit', place: 'under the kitchen sink' },
    { thing: "Leo's inhaler", place: 'on the shelf above the microwave' },
    { thing: 'torch', place: 'in the drawer by the front door' },
  ],
  rules: [
    'No screens after 7 pm',
    'No friends over, please',
    'Keep the back door locked',
    'Teeth brushed before stories',
  ],
  contacts: [
    { name: 'Emma', role: 'mum', phone: '07700 900123' },
    { name: 'Dr Patel', role: 'doctor', phone: '020 7946 0018' },
    { name: 'Mrs Green', role: 'neighbour', phone: '07700 900456' },
  ],
  topics: [
    {
      topic: 'bedtime',
      answer: 'Leo goes to bed at 7:30 and Maya at 8. One story each, then lights out.',
    },
    {
      topic: 'allergies',
      answer: 'Leo is allergic to peanuts. His inhaler is on the shelf above the microwave.',
    },
    { topic: 'snacks', answer: 'Fruit, crackers or a yoghurt. No sweets after dinner.' },
    {
      topic: 'screen time',
      answer: 'Half an hour of cartoons after dinner, then the TV goes off.',
    },
  ],
};

/** Things to try, from what the guide holds: a thing, a rule question, a contact, a topic. */
function tryThese(config: GuideConfig): string[] {
  const lines: string[] = [];
  if (config.wifiPassword) lines.push("what's the Wi-Fi password?");
  const thing = config.places[0];
  if (thing) lines.push(`where can I find ${theThing(thing.thing)}?`);
  if (config.contacts.length > 0) lines.push('who do I call in an emergency?');
  const topic = config.topics[0];
  if (topic) lines.push(`what about ${inSentence(topic.topic)}?`);
  if (lines.length < 4 && config.rules.length > 0) lines.push('what are the house rules?');
  return lines.slice(0, 4);
}

const runtime = questionRuntime<GuideConfig>({
  answers: guideAnswers,
  opening: (ctx) => {
    const welcome = ctx.config.welcome ? sentence(ctx.config.welcome) : `Welcome to ${ctx.name}.`;
    return `${welcome} ${whatToAsk(ctx.config)}`;
  },
});

const shared = {
  category: 'home',
  schema: guideConfigSchema,
  fields,
  tryThese,
  runtime,
} as const;

export const houseguestBlueprint: Blueprint<GuideConfig, QuestionSession, NoMemory> = {
  ...shared,
  id: 'houseguest',
  title: 'Houseguest guide',
  description: 'Answers your guests: the Wi-Fi, where things are, house rules and who to call.',
  defaultName: 'House guide',
  example: houseguestExample,
};

export const babysitterBlueprint: Blueprint<GuideConfig, QuestionSession, NoMemory> = {
  ...shared,
  id: 'babysitter',
  title: 'Babysitter guide',
  description: 'Everything the babysitter asks: bedtime, snacks, the Wi-Fi and who to call.',
  defaultName: 'Babysitter guide',
  example: babysitterExample,
};
