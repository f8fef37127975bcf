import { describe, expect, it } from 'vitest';
import {
  habitLead,
  occurrenceWords,
  presentWords,
  samplesHeading,
  sinceWords,
} from './cardWords.ts';
import { bedtimeHabit, garageHunch, NOW } from './testing.ts';

const LONDON = 'Europe/London';
const HOUR = 3_600_000;

describe('the words around a hunch', () => {
  it('heads the sampled days by where they were read from', () => {
    expect(samplesHeading(garageHunch().evidence)).toBe('At this time on the last 14 days:');
    const afterBedtime = garageHunch().evidence;
    afterBedtime.population = { kind: 'moment', moment: 'bedtime' };
    afterBedtime.sampled = 8;
    expect(samplesHeading(afterBedtime)).toBe('After the last 8 good nights:');
  });

  it('says since when, by the calendar day in the home’s time zone', () => {
    expect(sinceWords(NOW - 2 * HOUR, NOW, LONDON)).toBe('since 19:30');
    expect(sinceWords(NOW - 24 * HOUR, NOW, LONDON)).toBe('since yesterday at 21:30');
    expect(sinceWords(NOW - 3 * 24 * HOUR, NOW, LONDON)).toBe('since Sat 21 Nov at 21:30');
    // 21:30 in New York is 02:30 the next day in London: "today" is judged where the home is.
    expect(sinceWords(NOW - 20 * HOUR, NOW, 'America/New_York')).toBe('since yesterday at 20:30');
  });

  it('says how long the device has been as it is, in the words for its kind', () => {
    expect(presentWords(garageHunch(), NOW, LONDON)).toBe('It has been open since 18:40.');
    const lights = garageHunch({ entityName: 'Garden lights', domain: 'light', actual: 'on' });
    expect(presentWords(lights, NOW, LONDON)).toBe('They have been on since 18:40.');
    const heating = garageHunch({
      entityName: 'Hall thermostat',
      domain: 'climate',
      actual: 'heat',
    });
    expect(presentWords(heating, NOW, LONDON)).toBe('It has been on since 18:40.');
  });

  it('says nothing about since when when the history does not know', () => {
    const hunch = garageHunch();
    delete hunch.evidence.since;
    expect(presentWords(hunch, NOW, LONDON)).toBeUndefined();
  });
});

describe('the words around a habit offer', () => {
  it('leads the list of steps with the usual time', () => {
    expect(habitLead(bedtimeHabit())).toBe('You often do these around 22:30:');
    const one = bedtimeHabit();
    one.steps = one.steps.slice(0, 1);
    expect(habitLead(one)).toBe('You often do this around 22:30:');
  });

  it('says when it was done', () => {
    expect(occurrenceWords(NOW - 24 * HOUR, NOW, LONDON)).toBe('Yesterday at 21:30');
    expect(occurrenceWords(NOW - 72 * HOUR, NOW, LONDON)).toBe('Sat 21 Nov at 21:30');
  });
});
