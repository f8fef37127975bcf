// Countdown: days until the family's events ("12 days until Maya's birthday"), on the simulated
// clock and the home's calendar (days.ts), so moving the clock changes the answer. It answers
// and is done: opening it says the nearest event and then the rest; "how long until Christmas"
// says that one.
import { capitalize, joinList } from '../../assistant/words.ts';
import { z } from '../../zod.ts';
import { bestMatch, describeMatch } from '../match.ts';
import type { Blueprint, SkillContext, SkillStep } from '../types.ts';
import { dateDayNumber, dayNumber } from './days.ts';

export const MAX_EVENTS = 10;

export const countdownConfigSchema = z.strictObject({
  events: z
    .array(
      z.strictObject({
        name: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, 'write what the event is, like “Maya’s birthday”'),
            z.maxLength(60, 'keep the name under 60 letters'),
          ),
        date: z.string().check(
          z.regex(/^\d{4}-\d{2}-\d{2}$/, 'choose a date'),
          // Only for a date written right ("2026-02-30"): the line above speaks for the rest.
          z.refine(
            (d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || dateDayNumber(d) !== undefined,
            'that date is not on the calendar',
          ),
        ),
        /** Said on the day itself instead of "It's … today!". */
        message: z.optional(
          z.string().check(z.trim(), z.maxLength(200, 'keep the message under 200 letters')),
        ),
      }),
    )
    .check(
      z.minLength(1, 'add at least one event'),
      z.maxLength(MAX_EVENTS, `at most ${MAX_EVENTS} events`),
    ),
});

export type CountdownConfig = z.infer<typeof countdownConfigSchema>;
type CountdownEvent = CountdownConfig['events'][number];

/** A countdown answers at once: it never keeps a session, and remembers nothing. */
export type CountdownSession = Record<string, never>;
type Nothing = Record<string, never>;
const nothing = z.strictObject({}) as unknown as z.ZodMiniType<Nothing>;

type Ctx = SkillContext<CountdownConfig, Nothing>;
type Step = SkillStep<CountdownSession, Nothing>;

/** Calendar days from today (in the home's time zone) to the event: negative when past. */
function daysUntil(ctx: Ctx, event: CountdownEvent): number {
  return (dateDayNumber(event.date) ?? 0) - dayNumber(ctx.now, ctx.timeZone);
}

const daysWord = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "Grandma's visit was 3 days ago", "the fair was yesterday": an event gone by. */
function gone(event: CountdownEvent, days: number): string {
  return `${event.name.trim()} was ${days === -1 ? 'yesterday' : `${daysWord(-days)} ago`}`;
}

/** The whole sentence for one event: "12 days until Maya's birthday." */
function inFull(event: CountdownEvent, days: number): string {
  const name = event.name.trim();
  if (days === 0) return event.message?.trim() || `It's ${name} today!`;
  if (days === 1) return `${capitalize(name)} is tomorrow!`;
  if (days > 1) return `${daysWord(days)} until ${name}.`;
  return `${capitalize(gone(event, days))}.`;
}

/** The short form for the rest of a list: "Christmas in 40 days", "the fair tomorrow". */
function briefly(event: CountdownEvent, days: number): string {
  return `${event.name.trim()} ${days === 1 ? 'tomorrow' : `in ${daysWord(days)}`}`;
}

/** Every event: today's first, then the nearest to come in full and the rest briefly, then past. */
function overview(ctx: Ctx): string {
  const all = ctx.config.events.map((event) => ({ event, days: daysUntil(ctx, event) }));
  const today = all.filter((e) => e.days === 0);
  const coming = all.filter((e) => e.days > 0).sort((a, b) => a.days - b.days);
  const past = all.filter((e) => e.days < 0).sort((a, b) => b.days - a.days);
  const parts = today.map((e) => inFull(e.event, 0));
  const [next, ...later] = coming;
  if (next) parts.push(inFull(next.event, next.days));
  if (later.length > 0) parts.push(`Then ${joinList(later.map((e) => briefly(e.event, e.days)))}.`);
  if (past.length > 0)
    parts.push(`${capitalize(joinList(past.map((e) => gone(e.event, e.days))))}.`);
  return parts.join(' ');
}

function eventPhrasings(event: CountdownEvent): string[] {
  const name = event.name.trim();
  return [
    name,
    `how long until ${name}`,
    `how many days until ${name}`,
    `how many sleeps until ${name}`,
    `when is ${name}`,
    `is it ${name} yet`,
  ];
}

/** The event a question is about, if it is clearly one of them. */
function eventAsked(ctx: Ctx, said: string): Step | undefined {
  const match = bestMatch(said, ctx.config.events.map(eventPhrasings));
  const event = match && ctx.config.events[match.index];
  if (!match || !event) return undefined;
  return { reply: inFull(event, daysUntil(ctx, event)), matched: describeMatch(match, 'event') };
}

export const countdownBlueprint: Blueprint<CountdownConfig, CountdownSession, Nothing> = {
  id: 'countdown',
  category: 'home',
  title: 'Countdown',
  description: 'Counts the days until birthdays, holidays and other big days.',
  defaultName: 'Countdown',
  schema: countdownConfigSchema,
  example: {
    events: [
      {
        name: "Maya's birthday",
        date: '2026-05-12',
        message: "Happy birthday, Maya! Nine years old today. Let's have cake!",
      },
      { name: "Grandma's visit", date: '2026-04-03' },
      {
        name: 'the summer holiday',
        date: '2026-07-24',
        message: 'The summer holiday starts today. Pack your buckets and spades!',
      },
      { name: 'Christmas', date: '2026-12-25', message: 'Merry Christmas, everyone!' },
    ],
  },
  fields: [
    {
      kind: 'list',
      key: 'events',
      label: 'Events',
      hint: 'The big days to count down to.',
      itemLabel: 'event',
      min: 1,
      max: MAX_EVENTS,
      fields: [
        {
          kind: 'text',
          key: 'name',
          label: 'Event',
          hint: 'As you would say it: “Maya’s birthday”, “the school trip”.',
          placeholder: "Maya's birthday",
        },
        { kind: 'date', key: 'date', label: 'Date' },
        {
          kind: 'text',
          key: 'message',
          label: 'Message for the day',
          hint: 'Said on the day itself. You can leave this empty.',
          placeholder: 'Happy birthday, Maya!',
        },
      ],
    },
  ],
  tryThese: (config) => {
    const [first, second] = config.events;
    return [
      ...(first ? [`how long until ${first.name.trim()}?`] : []),
      ...(second ? [`how many sleeps until ${second.name.trim()}?`] : []),
      ...(config.events.length > 2 ? ['what is coming up?'] : []),
    ];
  },
  runtime: {
    sessionSchema: nothing,
    memorySchema: nothing,
    initialMemory: {},
    start: (ctx) => ({ reply: overview(ctx) }),
    // Never reached (no session is kept); a question about an event is answered, anything else
    // gets the overview, and either way the countdown is done.
    turn: (ctx, _session, said) => eventAsked(ctx, said) ?? { reply: overview(ctx) },
    ask: eventAsked,
    help: (ctx) => {
      const first = ctx.config.events[0];
      return `Ask how long until one of the events${first ? `, like “how long until ${first.name.trim()}?”` : ''}.`;
    },
    describe: () => [],
  },
};
