import { describe, expect, it } from 'vitest';
import { parseNowParam } from './parseNow.ts';

const LONDON = 'Europe/London';
const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

describe('parseNowParam', () => {
  it.each([
    ['2026-03-03T07:30:00Z', '2026-03-03T07:30:00.000Z'],
    ['2026-03-03T07:30Z', '2026-03-03T07:30:00.000Z'],
    ['2026-03-03t07:30:00z', '2026-03-03T07:30:00.000Z'],
    ['2026-03-03T07:30:00.250Z', '2026-03-03T07:30:00.250Z'],
    ['2026-07-03T07:30:00+02:00', '2026-07-03T05:30:00.000Z'],
    ['2026-07-03T07:30:00-05:00', '2026-07-03T12:30:00.000Z'],
    ['2026-07-03T07:30:00+0530', '2026-07-03T02:00:00.000Z'],
    // An unescaped "+" in a query string arrives as a space.
    ['2026-07-03T07:30:00 02:00', '2026-07-03T05:30:00.000Z'],
  ])('reads %s as an instant, whatever the home zone', (value, expected) => {
    expect(iso(parseNowParam(value, LONDON))).toBe(expected);
    expect(iso(parseNowParam(value, 'Asia/Tokyo'))).toBe(expected);
  });

  it.each([
    ['2026-03-03T07:30', LONDON, '2026-03-03T07:30:00.000Z'],
    ['2026-07-03T07:30', LONDON, '2026-07-03T06:30:00.000Z'],
    ['2026-07-03T07:30:15', LONDON, '2026-07-03T06:30:15.000Z'],
    ['2026-07-03 07:30', LONDON, '2026-07-03T06:30:00.000Z'],
    ['2026-03-03T07:30', 'America/New_York', '2026-03-03T12:30:00.000Z'],
    ['2026-03-03T07:30', 'Asia/Kolkata', '2026-03-03T02:00:00.000Z'],
    ['2026-03-29T01:30', LONDON, '2026-03-29T01:30:00.000Z'], // in the gap: 02:30 BST
    ['2026-10-25T01:30', LONDON, '2026-10-25T00:30:00.000Z'], // repeated: the first
  ])('reads local %s in %s', (value, tz, expected) => {
    expect(iso(parseNowParam(value, tz))).toBe(expected);
  });

  it.each([
    ['2026-03-03', LONDON, '2026-03-03T00:00:00.000Z'],
    ['2026-07-03', LONDON, '2026-07-02T23:00:00.000Z'],
    ['2026-07-03', 'America/New_York', '2026-07-03T04:00:00.000Z'],
    ['2024-02-29', LONDON, '2024-02-29T00:00:00.000Z'],
  ])('reads date %s as midnight in %s', (value, tz, expected) => {
    expect(iso(parseNowParam(value, tz))).toBe(expected);
  });

  it('ignores surrounding whitespace', () => {
    expect(iso(parseNowParam(' 2026-03-03 ', LONDON))).toBe('2026-03-03T00:00:00.000Z');
  });

  it.each([
    '',
    'now',
    'tomorrow',
    '1700000000000',
    '2026',
    '2026-03',
    '2026-3-3',
    '26-03-03',
    '2026/03/03',
    '03/03/2026',
    '2026-03-03T',
    '2026-03-03T7:30',
    '2026-03-03T07',
    '2026-03-03T07:30:00+1',
    '2026-03-03T07:30:00Zjunk',
    '2026-03-03T07:30:00+02:00Z',
    '2026-02-30',
    '2025-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-01T24:00',
    '2026-01-01T23:60',
    '2026-01-01T23:59:60',
    '2026-01-01T12:00+24:00',
    '1969-12-31T23:59:59Z',
  ])('rejects %j', (value) => {
    expect(parseNowParam(value, LONDON)).toBeUndefined();
  });

  it('rejects a local time when the home zone is unknown, but not an instant', () => {
    expect(parseNowParam('2026-03-03T07:30', 'Nowhere/Special')).toBeUndefined();
    expect(iso(parseNowParam('2026-03-03T07:30Z', 'Nowhere/Special'))).toBe(
      '2026-03-03T07:30:00.000Z',
    );
  });
});
