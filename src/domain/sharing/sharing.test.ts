// The mechanics every shared thing uses, apart from any format: link data, file names, hostile
// shapes, "(imported)" names, issues in words, and reading the input.
import { describe, expect, it } from 'vitest';
import { z } from '../zod.ts';
import { shareFileName } from './fileName.ts';
import { issueDetail, placedIssue, REPORT_INPUT } from './issueWords.ts';
import { fromLinkData, hashCarries, linkDataOf, shareLink, toLinkData } from './linkData.ts';
import { importedName } from './names.ts';
import { readShared, refuseBySize, type ShareKind } from './read.ts';
import { findHostileShape, own } from './safeKeys.ts';

const NOTE: ShareKind = {
  noun: 'note',
  format: 'teachable-home/note',
  version: 2,
  param: 'note',
  importTitle: 'Import a note',
  maxChars: 1_000,
};

describe('link data', () => {
  it('carries any text, in any script, with nothing a URL would escape', () => {
    const value = { title: 'Crème brûlée 🍮 日本語 ‘quotes’', n: [1, 2, 3] };
    const data = toLinkData(value);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(fromLinkData(data)!)).toEqual(value);
  });

  it('carries large values (past the size of one call’s arguments)', () => {
    const value = { text: 'x'.repeat(300_000) };
    expect(JSON.parse(fromLinkData(toLinkData(value))!)).toEqual(value);
  });

  it('refuses data that was cut, changed or is not UTF-8 text', () => {
    expect(fromLinkData('abc=')).toBeUndefined();
    expect(fromLinkData('a')).toBeUndefined();
    expect(fromLinkData('__79')).toBeUndefined(); // 0xff 0xfe 0xfd
    expect(fromLinkData('')).toBeUndefined();
  });

  it('finds the data in a whole link, a hash, a query or alone', () => {
    const link = shareLink('https://example.org/', '/notes/import', 'note', 'abc123');
    expect(link).toBe('https://example.org/notes/import#note=abc123');
    expect(linkDataOf(link, 'note')).toBe('abc123');
    expect(linkDataOf('#x=1&note=abc', 'note')).toBe('abc');
    expect(linkDataOf('?note=abc#more', 'note')).toBe('abc');
    expect(linkDataOf('abc_-9', 'note')).toBe('abc_-9');
    expect(linkDataOf('not a link', 'note')).toBeUndefined();
    expect(linkDataOf('#routine=abc', 'note')).toBeUndefined();
    expect(hashCarries('#note=abc', 'note')).toBe(true);
    expect(hashCarries('#notes=abc', 'note')).toBe(false);
  });
});

describe('file names', () => {
  it('are the name in plain letters, then what it is', () => {
    expect(shareFileName('Good night', 'routine')).toBe('good-night.routine.json');
    expect(shareFileName('  Crème brûlée!  ', 'skill')).toBe('creme-brulee.skill.json');
    expect(shareFileName('日本語', 'skill')).toBe('skill.skill.json');
    expect(shareFileName('a'.repeat(100), 'skill')).toBe(`${'a'.repeat(60)}.skill.json`);
  });
});

describe('hostile shapes', () => {
  it('finds names that reach prototypes anywhere, and absurd nesting', () => {
    const parsed: unknown = JSON.parse('{"a":[{"b":{"__proto__":{"x":1}}}]}');
    expect(findHostileShape(parsed, 10)).toEqual({ kind: 'key', key: '__proto__' });
    expect(findHostileShape({ a: { constructor: 1 } }, 10)).toEqual({
      kind: 'key',
      key: 'constructor',
    });
    const deep = JSON.parse(`${'['.repeat(50)}${']'.repeat(50)}`) as unknown;
    expect(findHostileShape(deep, 20)).toEqual({ kind: 'depth' });
    expect(findHostileShape({ a: [{ b: 'constructor' }] }, 10)).toBeUndefined();
    expect(findHostileShape('text', 10)).toBeUndefined();
  });

  it('looks keys up without reaching the prototype', () => {
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({ a: 1 }, 'a')).toBe(1);
  });
});

describe('imported names', () => {
  it('keeps a free name, else adds “(imported)”, then a number, within the limit', () => {
    expect(importedName('Quiz', ['Other'], 40)).toBe('Quiz');
    expect(importedName('Quiz', ['quiz '], 40)).toBe('Quiz (imported)');
    expect(importedName('Quiz', ['Quiz', 'QUIZ (imported)'], 40)).toBe('Quiz (imported 2)');
    const long = 'A name that is exactly forty letters lon';
    const named = importedName(long, [long], 40);
    expect(named).toBe('A name that is exactly forty (imported)');
    expect(named.length).toBeLessThanOrEqual(40);
  });
});

describe('issues in words', () => {
  const issuesOf = (schema: z.ZodMiniType, value: unknown) =>
    schema.safeParse(value, REPORT_INPUT).error!.issues.map(issueDetail);

  it('says what is wrong without the schema’s jargon', () => {
    const schema = z.strictObject({
      name: z.string().check(z.minLength(1), z.maxLength(3)),
      list: z.array(z.number()).check(z.maxLength(1)),
      kind: z.enum(['a', 'b']),
    });
    expect(issuesOf(schema, {})).toEqual(['is missing', 'is missing', 'should be one of “a”, “b”']);
    expect(issuesOf(schema, { name: 'long', list: [1, 2], kind: 'c', more: 1 })).toEqual([
      'is too long (at most 3 characters)',
      'has too many (at most 1)',
      'should be one of “a”, “b”',
      'has fields Teachable Home doesn’t know: “more”',
    ]);
    expect(issuesOf(schema, { name: 5, list: 'x', kind: 'a' })).toEqual([
      'should be text',
      'should be a list',
    ]);
    expect(placedIssue('step 2', 'command', 'is missing')).toBe('in step 2, “command” is missing');
    expect(placedIssue('the file', undefined, 'is missing')).toBe('the file is missing');
  });
});

describe('reading what was shared', () => {
  const text = (value: unknown) => JSON.stringify(value);
  const problems = (input: unknown) => {
    const read = readShared(input, NOTE);
    return read.ok ? [] : read.problems;
  };

  it('gives the object of the right format and version, from text or a link', () => {
    const note = { format: 'teachable-home/note', version: 2, body: 'hi' };
    expect(readShared(`\ufeff ${text(note)} `, NOTE)).toEqual({
      ok: true,
      data: note,
      from: 'text',
    });
    expect(readShared(`https://x.org/notes/import#note=${toLinkData(note)}`, NOTE)).toEqual({
      ok: true,
      data: note,
      from: 'link',
    });
  });

  it('refuses everything else in words, naming the kind', () => {
    expect(problems(7)).toEqual(['This is not a shared note.']);
    expect(problems(' ')[0]).toMatch(/^There is nothing to import yet: .*a shared note/);
    expect(problems('hello there')).toEqual([
      'This is not a shared note.',
      'A shared note is a file whose name ends in “.note.json”, the text of one, or a link to “Import a note”.',
    ]);
    expect(problems('{"format":')[0]).toMatch(/^This is not a complete shared note/);
    expect(problems(text({ format: 'teachable-home/note', version: 3 }))).toEqual([
      'This note was shared by a newer version of Teachable Home, so this one can’t read it.',
    ]);
    expect(problems(text({ format: 'teachable-home/note' }))).toEqual([
      'The note in this file is damaged: its version number is missing or wrong.',
    ]);
    expect(problems('x'.repeat(4_000))[0]).toMatch(/^This is too large to be a shared note/);
    expect(refuseBySize(NOTE, 1_000_000)?.problems[0]).toMatch(/too large/);
    expect(refuseBySize(NOTE, 1_000)).toBeUndefined();
  });

  it('says where the other things Teachable Home writes belong', () => {
    expect(problems(text({ format: 'teachable-home/skill', version: 1 }))).toEqual([
      'This is a shared skill, not a shared note. To add it, open Skills and choose “Import a skill”.',
    ]);
    expect(problems(text({ format: 'teachable-home/routine', version: 1 }))[0]).toMatch(
      /^This is a shared routine, not a shared note\. .*Import a routine/,
    );
    expect(problems(text({ format: 'teachable-home-backup', version: 5 }))[0]).toMatch(
      /backup of a whole home.*Settings → Data/,
    );
    expect(problems(text({ format: 'constructor' }))).toEqual(['This is not a shared note.']);
  });
});
