import { describe, expect, it } from 'vitest';
import { ask, talk, seeded } from '../testing.ts';
import { countdownBlueprint as blueprint, type CountdownConfig } from './countdown.ts';

const MARCH_3 = Date.UTC(2026, 2, 3, 18, 0);
const DAY = 86_400_000;

const birthday: CountdownConfig = { events: [{ name: "Maya's birthday", date: '2026-03-15' }] };
const family: CountdownConfig = {
  events: [
    { name: 'Christmas', date: '2026-12-25', message: 'Merry Christmas, everyone!' },
    { name: "Maya's birthday", date: '2026-03-15' },
    { name: 'the school fair', date: '2026-03-04' },
    { name: "Grandma's visit", date: '2026-02-28' },
    { name: 'the dentist', date: '2026-03-02' },
  ],
};

const problems = (value: unknown) => {
  const parsed = blueprint.schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

/** What opening the countdown says at `now`. */
const opening = (config: CountdownConfig, now: number, timeZone = 'UTC') =>
  talk(blueprint, [], { config, now, timeZone });

describe('Countdown: the form', () => {
  it('has an example that passes its own form', () => {
    expect(problems(blueprint.example)).toEqual([]);
    expect(blueprint.fields.map((f) => f.key)).toEqual(['events']);
  });

  it('says what is wrong in plain words', () => {
    expect(problems({ events: [] })).toEqual(['add at least one event']);
    expect(problems({ events: [{ name: 'Party', date: '2026-02-30' }] })).toEqual([
      'that date is not on the calendar',
    ]);
    expect(problems({ events: [{ name: '', date: '' }] })).toEqual([
      'write what the event is, like “Maya’s birthday”',
      'choose a date',
    ]);
    expect(
      problems({ events: Array.from({ length: 11 }, () => ({ name: 'x', date: '2026-01-01' })) }),
    ).toEqual(['at most 10 events']);
  });

  it('suggests things to try that it answers', () => {
    const lines = blueprint.tryThese(blueprint.example);
    expect(lines[0]).toBe("how long until Maya's birthday?");
    expect(ask(blueprint, lines[0]!).reply).toBe("70 days until Maya's birthday.");
    expect(ask(blueprint, lines[1]!).reply).toBe("31 days until Grandma's visit.");
    // A question about no event in particular gets them all.
    expect(ask(blueprint, lines[2]!).reply).toMatch(/^31 days until Grandma's visit\. Then /);
  });
});

describe('Countdown: counting', () => {
  it('with one event, says how long and is done', () => {
    const { replies, session } = opening(birthday, MARCH_3);
    expect(replies).toEqual(["12 days until Maya's birthday."]);
    expect(session).toBeUndefined();
  });

  it('changes when the clock moves', () => {
    expect(opening(birthday, MARCH_3 + 10 * DAY).replies[0]).toBe("2 days until Maya's birthday.");
    expect(opening(birthday, MARCH_3 + 11 * DAY).replies[0]).toBe("Maya's birthday is tomorrow!");
    expect(opening(birthday, MARCH_3 + 12 * DAY).replies[0]).toBe("It's Maya's birthday today!");
    expect(opening(birthday, MARCH_3 + 13 * DAY).replies[0]).toBe("Maya's birthday was yesterday.");
    expect(opening(birthday, MARCH_3 + 15 * DAY).replies[0]).toBe(
      "Maya's birthday was 3 days ago.",
    );
  });

  it('says the message on the day itself', () => {
    const christmas = Date.UTC(2026, 11, 25, 9);
    expect(
      ask(blueprint, 'how long until christmas', { config: family, now: christmas }).reply,
    ).toBe('Merry Christmas, everyone!');
  });

  it('with several, says the nearest first, then the rest briefly, then those gone by', () => {
    const { replies, session } = opening(family, MARCH_3);
    expect(replies[0]).toBe(
      "The school fair is tomorrow! Then Maya's birthday in 12 days and Christmas in 297 days. The dentist was yesterday and Grandma's visit was 3 days ago.",
    );
    expect(session).toBeUndefined();
    expect(opening(family, MARCH_3 + DAY).replies[0]).toBe(
      "It's the school fair today! 11 days until Maya's birthday. Then Christmas in 296 days. The dentist was 2 days ago and Grandma's visit was 4 days ago.",
    );
  });

  it('answers a one-shot question about one event, and gives all of them otherwise', () => {
    const step = ask(blueprint, 'how many days until Christmas?', { config: family, now: MARCH_3 });
    expect(step.kind).toBe('ask');
    expect(step.reply).toBe('297 days until Christmas.');
    expect(step.matched).toContain('Christmas');
    expect(step.session).toBeUndefined();
    expect(ask(blueprint, "when is Maya's birthday", { config: family, now: MARCH_3 }).reply).toBe(
      "12 days until Maya's birthday.",
    );
    const other = ask(blueprint, 'what is the weather like', { config: family, now: MARCH_3 });
    expect(other.kind).toBe('start');
    expect(other.reply).toMatch(/^The school fair is tomorrow!/);
  });
});

describe('Countdown: the calendar of the home', () => {
  const christmas: CountdownConfig = { events: [{ name: 'Christmas', date: '2026-12-25' }] };
  it('counts days by the home’s calendar, not the hours left', () => {
    // 23:30 on Christmas Eve in London is already Christmas in Berlin and still the afternoon in
    // Los Angeles.
    const eve = Date.UTC(2026, 11, 24, 23, 30);
    expect(opening(christmas, eve, 'Europe/London').replies[0]).toBe('Christmas is tomorrow!');
    expect(opening(christmas, eve, 'Europe/Berlin').replies[0]).toBe("It's Christmas today!");
    expect(opening(christmas, eve, 'America/Los_Angeles').replies[0]).toBe(
      'Christmas is tomorrow!',
    );
    // One minute past midnight is a whole day closer, though only 2 minutes went by.
    const before = Date.UTC(2026, 11, 22, 23, 59);
    expect(opening(christmas, before, 'Europe/London').replies[0]).toBe('3 days until Christmas.');
    expect(opening(christmas, before + 2 * 60_000, 'Europe/London').replies[0]).toBe(
      '2 days until Christmas.',
    );
  });

  it('counts a day with a clock change as one day', () => {
    // The clocks go forward in London early on 29 March 2026 (a 23-hour day).
    const party: CountdownConfig = { events: [{ name: 'the party', date: '2026-03-30' }] };
    const late28 = Date.UTC(2026, 2, 28, 23, 30); // 23:30 GMT on the 28th
    expect(opening(party, late28, 'Europe/London').replies[0]).toBe('2 days until the party.');
    const late29 = Date.UTC(2026, 2, 29, 22, 30); // 23:30 BST on the 29th
    expect(opening(party, late29, 'Europe/London').replies[0]).toBe('The party is tomorrow!');
    // New York falls back on 1 November 2026 (a 25-hour day).
    const show: CountdownConfig = { events: [{ name: 'the show', date: '2026-11-02' }] };
    const early1 = Date.UTC(2026, 10, 1, 4, 30); // 00:30 EDT on the 1st
    expect(opening(show, early1, 'America/New_York').replies[0]).toBe('The show is tomorrow!');
    const late1 = Date.UTC(2026, 10, 2, 4, 30); // 23:30 EST on the 1st
    expect(opening(show, late1, 'America/New_York').replies[0]).toBe('The show is tomorrow!');
  });
});

describe('Countdown: inside a session', () => {
  // The countdown never keeps a session open, so the frame's words never reach it; its runtime
  // still answers sensibly if asked.
  const ctx = {
    config: family,
    memory: {},
    name: 'Countdown',
    now: MARCH_3,
    timeZone: 'UTC',
    random: seeded(1),
  };
  it('helps with an example, answers a question and describes nothing to keep', () => {
    expect(blueprint.runtime.help(ctx, {})).toBe(
      'Ask how long until one of the events, like “how long until Christmas?”.',
    );
    expect(blueprint.runtime.turn(ctx, {}, 'how long until the school fair')).toMatchObject({
      reply: 'The school fair is tomorrow!',
    });
    expect(blueprint.runtime.turn(ctx, {}, 'banana').session).toBeUndefined();
    expect(blueprint.runtime.describe(ctx, {})).toEqual([]);
  });
});
