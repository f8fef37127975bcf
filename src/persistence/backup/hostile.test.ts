// Broken and hostile backups: each is refused with a message a person understands, and the
// database is left exactly as it was.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TeachableHomeDb } from '../db.ts';
import { dump, makeEvent, seededDb } from '../testing.ts';
import { backupToText, exportBackup } from './export.ts';
import { BACKUP_VERSION, MAX_BACKUP_CHARS } from './format.ts';
import { importBackup } from './import.ts';
import { findJsonSyntaxError } from './jsonSyntax.ts';
import { seedRoutines } from './routineSamples.ts';
import { seedTaught } from '../taughtSamples.ts';
import { seedSkills } from '../skillSamples.ts';

let db: TeachableHomeDb;
let before: string;
let good: Record<string, unknown> & {
  home: { entities: Record<string, unknown>[]; areas: unknown[] };
  events: unknown[];
  routines: { id: string }[];
  routineVersions: { routineId: string; routine: { id: string } }[];
  routineRuns: { id: string }[];
  taught: Record<string, unknown>[];
  skills: Record<string, unknown>[];
};

beforeAll(async () => {
  db = await seededDb([makeEvent(1), makeEvent(2)]);
  // Routines, taught items and skills too, so every refusal below is also seen to keep them.
  await seedRoutines(db);
  await seedTaught(db);
  await seedSkills(db);
  before = await dump(db);
  good = JSON.parse(backupToText(await exportBackup(db, 0)));
});
afterAll(() => db.delete());

/** A valid backup with one change made by `edit`. */
function variant(edit: (backup: typeof good) => void): string {
  const copy = structuredClone(good);
  edit(copy);
  return JSON.stringify(copy);
}

async function expectRefused(text: string, message: RegExp, problem?: RegExp) {
  const result = await importBackup(db, text);
  if (result.ok) throw new Error('the backup was accepted');
  expect(result.message).toMatch(message);
  if (problem) expect(result.problems.join('\n')).toMatch(problem);
  expect(result.problems.length).toBeLessThanOrEqual(11);
  expect(await dump(db)).toBe(before);
  return result;
}

describe('importBackup refuses, changing nothing,', () => {
  it('text that is not JSON, saying where', async () => {
    await expectRefused(
      '{\n  "format": "teachable-home-backup",\n  "version": 2,,\n}',
      /not valid JSON: unexpected ",": expected a field name in double quotes at line 3, column 16 \(character 55\)\.$/,
    );
    await expectRefused('', /^This file is empty\.$/);
    await expectRefused('{"a": "line\nbreak"}', /line break or control character inside text/);
  });

  it('JSON that is not a backup of ours', async () => {
    for (const text of [
      '{"format": "something-else", "version": 2}',
      '[1, 2, 3]',
      '"hello"',
      'null',
      '{}',
    ]) {
      await expectRefused(text, /^This is not a Teachable Home backup\.$/);
    }
  });

  it('a backup from a newer version, or with a nonsense version', async () => {
    await expectRefused(
      variant((b) => (b.version = BACKUP_VERSION + 1)),
      new RegExp(
        `made by a newer version of Teachable Home \\(backup format ${BACKUP_VERSION + 1}`,
      ),
    );
    await expectRefused(
      variant((b) => (b.version = '2')),
      /no valid version number/,
    );
    await expectRefused(
      variant((b) => (b.version = 0)),
      /no valid version number/,
    );
  });

  it('values of the wrong type or out of range, listed with their paths', async () => {
    await expectRefused(
      variant((b) => {
        // Entities are exported in id order: climate.bedroom, then the two lights.
        (b.home.entities[1] as { attributes: Record<string, unknown> }).attributes.brightness = 150;
        (b.home.entities[2] as { attributes: Record<string, unknown> }).attributes.brightness =
          'bright';
        (b.events[0] as Record<string, unknown>).at = 'yesterday';
        b.settings = { temperatureUnit: 'K' };
      }),
      /^This backup has problems, so nothing was imported\.$/,
      /settings\.temperatureUnit: must be one of "C", "F"\nsettings\.location: is missing\nhome\.entities\[1\]\.attributes\.brightness: must be at most 100\nhome\.entities\[2\]\.attributes\.brightness: must be a number, not text\nevents\[0\]\.at: must be a number, not text$/,
    );
    const result = await importBackup(
      db,
      variant((b) => ((b.events[0] as Record<string, unknown>).at = 'yesterday')),
    );
    expect(!result.ok && result.problems).toEqual(['events[0].at: must be a number, not text']);
  });

  it('"__proto__", "constructor" and "prototype" keys anywhere', async () => {
    const text = `{"__proto__": {"polluted": true}, "format": "teachable-home-backup", "version": 2}`;
    await expectRefused(
      text,
      /field name "__proto__", which is not allowed/,
      /^__proto__: the field name/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = backupToText(good as never).replace(
      '"attributes":{',
      '"attributes":{"constructor":{"prototype":{"x":1}},',
    );
    await expectRefused(
      nested,
      /field name "constructor"/,
      /home\.entities\[\d+\]\.attributes\.constructor/,
    );
    const escaped = `{"format": "teachable-home-backup", "version": 2, "meta": {"\\u005f_proto__": {}}}`;
    await expectRefused(escaped, /field name "__proto__"/, /meta\.__proto__/);
  });

  it('a 10 MB string, without echoing it back', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const result = await expectRefused(
      variant((b) => (b.home.entities[0]!.name = huge)),
      /has problems/,
      /home\.entities\[0\]\.name: is too long \(at most 120 characters\)/,
    );
    expect(JSON.stringify(result).length).toBeLessThan(2000);
    const keyed = await expectRefused(
      variant((b) => (b.home.entities[0]![huge] = 1)),
      /has problems/,
      /unknown field/,
    );
    expect(JSON.stringify(keyed).length).toBeLessThan(2000);
  });

  it('a file over the size limit, before even parsing it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    await expectRefused(
      ' '.repeat(MAX_BACKUP_CHARS + 1),
      /too large \(101 MB\): a Teachable Home backup is at most 100 MB/,
    );
    expect(parse).not.toHaveBeenCalled();
  });

  it('an entity in an area that does not exist, an area on a missing floor', async () => {
    await expectRefused(
      variant((b) => {
        b.home.entities[0]!.area = 'attic';
        (b.home.areas[0] as Record<string, unknown>).floor = 'roof';
      }),
      /has problems/,
      /home\.areas\[0\]\.floor: there is no floor "roof"\nhome\.entities\[0\]\.area: there is no area "attic"/,
    );
  });

  it('duplicate ids of entities, areas and events', async () => {
    await expectRefused(
      variant((b) => {
        b.home.entities.push(structuredClone(b.home.entities[0]!));
        b.home.areas.push(structuredClone(b.home.areas[0]));
        b.events.push(structuredClone(b.events[0]));
      }),
      /has problems/,
      /home\.areas\[3\]\.id: "\w+" is used more than once\nhome\.entities\[5\]\.id: "[\w.]+" is used more than once\nevents\[2\]\.id: "ev-test-1" is used more than once/,
    );
  });

  it('saved versions, runs and held triggers of a routine the backup does not hold', async () => {
    // Routines are exported by name: Morning, then Sleep well (good_night).
    await expectRefused(
      variant((b) => (b.routines = b.routines.filter((r) => r.id !== 'morning'))),
      /has problems/,
      /^routineVersions\[2\]\.routineId: A saved version refers to a routine that is not in the backup \("morning"\)\.\nroutineRuns\[1\]\.routineId: A run refers to a routine that is not in the backup \("morning"\)\.\nrunner\.held\[0\]\.routineId: A trigger being waited on refers to a routine that is not in the backup \("morning"\)\.$/,
    );
  });

  it('duplicate routines and runs, and a saved version holding another routine', async () => {
    await expectRefused(
      variant((b) => {
        b.routines.push(structuredClone(b.routines[0]!));
        b.routineRuns.push(structuredClone(b.routineRuns[0]!));
        b.routineVersions[0]!.routine.id = 'morning';
      }),
      /has problems/,
      /^routines\[2\]\.id: "morning" is used more than once\nroutineVersions\[0\]\.routine\.id: A saved version of "good_night" holds another routine \("morning"\)\.\nroutineRuns\[2\]\.id: "run-night-1" is used more than once$/,
    );
  });

  it('a format-2 backup that already holds routines', async () => {
    const v2 = JSON.parse(
      readFileSync(new URL('./fixtures/backup-v2.json', import.meta.url), 'utf8'),
    );
    v2.routines = [];
    await expectRefused(
      JSON.stringify(v2),
      /This backup \(format 2\) has problems/,
      /^has unknown field\(s\) "routines"$/,
    );
  });

  it('a format-3 backup that already holds taught items', async () => {
    const v3 = JSON.parse(
      readFileSync(new URL('./fixtures/backup-v3.json', import.meta.url), 'utf8'),
    );
    v3.taught = [];
    await expectRefused(
      JSON.stringify(v3),
      /This backup \(format 3\) has problems/,
      /^has unknown field\(s\) "taught"$/,
    );
  });

  it('taught items of an unknown kind, or two with one id', async () => {
    await expectRefused(
      variant((b) => {
        b.taught.push(structuredClone(b.taught[0]!));
      }),
      /has problems/,
      /^taught\[4\]\.id: "movie_mode" is used more than once$/,
    );
    await expectRefused(
      variant((b) => {
        b.taught[2]!.kind = 'nickname';
      }),
      /has problems/,
      /^taught\[2\]\.kind: must be one of "command", "concept", "name"$/,
    );
  });

  it('a format-4 backup that already holds skills', async () => {
    const v4 = JSON.parse(
      readFileSync(new URL('./fixtures/backup-v4.json', import.meta.url), 'utf8'),
    );
    v4.skills = [];
    await expectRefused(
      JSON.stringify(v4),
      /This backup \(format 4\) has problems/,
      /^has unknown field\(s\) "skills"$/,
    );
  });

  it('skills of an unknown blueprint, two with one id, or with a form their blueprint refuses', async () => {
    // Skills are exported by name: Dad jokes, Feed the cat, Kind words.
    await expectRefused(
      variant((b) => {
        b.skills.push(structuredClone(b.skills[0]!));
      }),
      /has problems/,
      /^skills\[3\]\.id: "dad_jokes" is used more than once$/,
    );
    await expectRefused(
      variant((b) => {
        b.skills[1]!.blueprint = 'horoscope';
      }),
      /has problems/,
      /^skills\[1\]\.blueprint: must be one of "qa", /,
    );
    await expectRefused(
      variant((b) => {
        b.skills[2]!.config = { compliments: 'you are great' };
      }),
      /has problems/,
      /^skills\[2\]\.config: the skill "Kind words" — ./,
    );
  });

  it('events that point at removed entities are fine', async () => {
    const text = variant(
      (b) => ((b.events[0] as Record<string, unknown>).entityId = 'light.long_gone'),
    );
    const { parseBackup } = await import('./parse.ts');
    expect(parseBackup(text)).toMatchObject({ ok: true });
  });

  it('a file with thousands of problems lists ten and counts the rest', async () => {
    const result = await expectRefused(
      variant((b) => {
        b.events = Array.from({ length: 500 }, (_, i) => ({
          ...(b.events[0] as object),
          id: `e${i}`,
          at: -1,
        }));
      }),
      /has problems/,
      /…and 490 more problems\.$/,
    );
    expect(result.problems).toHaveLength(11);
  });

  it('nesting too deep for any real backup', async () => {
    await expectRefused(
      `{"format":"teachable-home-backup","version":2,"meta":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      /nested far too deeply/,
    );
  });

  it('a format-1 backup with a format-1 problem, named in format-1 terms', async () => {
    const v1 = JSON.parse(
      readFileSync(new URL('./fixtures/backup-v1.json', import.meta.url), 'utf8'),
    );
    v1.home.entities[0].attributes.brightness = 300;
    await expectRefused(
      JSON.stringify(v1),
      /This backup \(format 1\) has problems/,
      /home\.entities\[0\]\.attributes\.brightness: must be between 0 and 255 \(format 1\)/,
    );
  });

  it('a valid backup when writing it fails half-way', async () => {
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const result = await importBackup(
      db,
      variant((b) => (b.home.entities = b.home.entities.slice(0, 2))),
    );
    expect(result).toMatchObject({
      ok: false,
      message: /valid but could not be saved/,
      problems: ['QuotaExceededError'],
    });
    expect(await dump(db)).toBe(before);
  });
});

describe('findJsonSyntaxError', () => {
  it('finds nothing in valid JSON and the first error otherwise', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, null, "x\\u0041"]}')).toBeUndefined();
    expect(findJsonSyntaxError('{"a": 1,}')).toMatchObject({ position: 8, line: 1, column: 9 });
    expect(findJsonSyntaxError('[1]\n x')).toMatchObject({
      line: 2,
      column: 2,
      problem: 'unexpected "x" after the end of the data',
    });
    expect(findJsonSyntaxError('{"a": 01}')).toMatchObject({
      problem: 'unexpected "1": expected "," or "}"',
    });
    expect(findJsonSyntaxError('["\\q"]')).toMatchObject({
      problem: 'a bad escape sequence inside text',
    });
    expect(findJsonSyntaxError('{a: 1}')).toMatchObject({
      problem: 'unexpected "a": expected a field name in double quotes',
    });
  });
});
