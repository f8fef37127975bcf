// Sharing a skill: what travels (and what stays home), round trips through a file and a link,
// every refusal with its words, hostile input, the preview's lines and the skill an import adds.
import { describe, expect, it } from 'vitest';
import { toLinkData } from '../sharing/linkData.ts';
import { skillSchema, type Skill } from './model.ts';
import { BLUEPRINTS, blueprintById } from './registry.ts';
import {
  exportSkill,
  importedSkill,
  MAX_SHARED_SKILL_CHARS,
  parseSharedSkill,
  pluralLabel,
  previewSharedSkill,
  refuseSkillBySize,
  sharedSkillFileName,
  sharedSkillLink,
  sharedSkillToLinkData,
  sharedSkillToText,
  type SharedSkill,
} from './share.ts';
import { MAX_QA_ITEMS, MAX_QA_PHRASINGS } from './templates/qa.ts';
import type { BlueprintId } from './types.ts';

const NOW = Date.parse('2026-03-03T19:30:00Z');

const trivia = {
  categories: [],
  questions: [
    { question: 'Which planet is the biggest?', choices: ['Mars', 'Jupiter'], answer: 'Jupiter' },
    { question: 'What do bees make?', choices: ['Milk', 'Honey'], answer: 'Honey' },
  ],
  perGame: 2,
};

function skill(overrides: Partial<Skill> = {}): Skill {
  return {
    id: 'skill-trivia-night',
    blueprint: 'trivia',
    name: 'Trivia night',
    phrases: ["let's play trivia"],
    status: 'enabled',
    config: trivia,
    memory: { best: 7, games: 12 },
    createdAt: 1_000,
    updatedAt: 2_000,
    ...overrides,
  };
}

const exampleSkill = (id: BlueprintId): Skill => {
  const blueprint = blueprintById(id);
  return skill({
    blueprint: id,
    name: blueprint.defaultName,
    phrases: [],
    config: blueprint.example,
  });
};

function accepted(input: unknown): SharedSkill {
  const result = parseSharedSkill(input);
  if (!result.ok) throw new Error(`refused: ${result.problems.join(' ')}`);
  return result.shared;
}

function refused(input: unknown): string[] {
  const result = parseSharedSkill(input);
  if (result.ok) throw new Error('accepted what it should refuse');
  return result.problems;
}

/** The exported file as plain data, to damage in a test. */
const fileData = (from = skill()) =>
  JSON.parse(sharedSkillToText(exportSkill(from, NOW))) as Record<string, unknown> & {
    skill: Record<string, unknown> & { config: Record<string, unknown> };
  };
const text = (value: unknown) => JSON.stringify(value);

describe('exportSkill', () => {
  it('keeps the template, name, start phrases and form; not its id, switch, dates or memory', () => {
    const shared = exportSkill(skill(), NOW);
    expect(shared).toEqual({
      format: 'teachable-home/skill',
      version: 1,
      exportedAt: NOW,
      skill: {
        blueprint: 'trivia',
        name: 'Trivia night',
        phrases: ["let's play trivia"],
        config: trivia,
      },
    });
    const file = sharedSkillToText(shared);
    for (const stays of ['skill-trivia-night', 'enabled', 'memory', 'best', 'createdAt'])
      expect(file).not.toContain(stays);
  });

  it('names the file after the skill', () => {
    expect(sharedSkillFileName(exportSkill(skill(), NOW))).toBe('trivia-night.skill.json');
    expect(sharedSkillFileName(exportSkill(skill({ name: 'Café quiz ☕' }), NOW))).toBe(
      'cafe-quiz.skill.json',
    );
  });
});

describe('round trips', () => {
  it('file: every template’s example comes back as it left', () => {
    for (const blueprint of BLUEPRINTS) {
      const shared = exportSkill(exampleSkill(blueprint.id), NOW);
      const result = parseSharedSkill(sharedSkillToText(shared));
      expect(result, blueprint.id).toEqual({ ok: true, shared, from: 'text' });
    }
  });

  it('link: the whole link, its hash or its data; names in any script survive', () => {
    const shared = exportSkill(
      skill({ name: 'Quiz für Zoë 日本', phrases: ['¿jugamos?', 'quiz time 🎲'] }),
      NOW,
    );
    const link = sharedSkillLink(shared, 'https://home.example/');
    expect(link).toMatch(/^https:\/\/home\.example\/skills\/import#skill=[A-Za-z0-9_-]+$/);
    expect(parseSharedSkill(link)).toEqual({ ok: true, shared, from: 'link' });
    expect(accepted(`#skill=${sharedSkillToLinkData(shared)}`)).toEqual(shared);
    expect(accepted(sharedSkillToLinkData(shared))).toEqual(shared);
  });

  it('the largest form a template allows fits, in a link too, even in scripts that take more room', () => {
    const long = (n: number, letter: string) => letter.repeat(n);
    const config = {
      intro: long(200, '語'),
      items: Array.from({ length: MAX_QA_ITEMS }, (_, i) => ({
        phrasings: Array.from(
          { length: MAX_QA_PHRASINGS },
          (_, j) => `${i}-${j} ${long(110, '問')}`,
        ),
        answer: long(500, '答'),
      })),
    };
    const shared = exportSkill(skill({ blueprint: 'qa', config }), NOW);
    expect(sharedSkillToText(shared).length).toBeLessThan(MAX_SHARED_SKILL_CHARS);
    expect(accepted(sharedSkillLink(shared, 'https://home.example'))).toEqual(shared);
  });

  it('the form comes back as its template reads it (trimmed)', () => {
    const data = fileData();
    data.skill.config.questions = [{ question: '  Which?  ', choices: ['A', 'B'], answer: 'A ' }];
    const shared = accepted(text(data));
    expect((shared.skill.config as typeof trivia).questions[0]).toEqual({
      question: 'Which?',
      choices: ['A', 'B'],
      answer: 'A',
    });
  });
});

describe('parseSharedSkill refuses what it cannot add, saying why', () => {
  it('what is not a shared skill', () => {
    expect(refused('hello, this is a note')[0]).toBe('This is not a shared skill.');
    expect(refused(42)).toEqual(['This is not a shared skill.']);
    expect(refused('[1, 2]')).toEqual(['This is not a shared skill.']);
    expect(refused('  ')[0]).toMatch(/^There is nothing to import yet/);
    expect(refused(text({ format: 'teachable-home/routine', version: 1 }))[0]).toMatch(
      /^This is a shared routine, not a shared skill\./,
    );
    expect(refused(text({ format: 'teachable-home-backup', version: 5 }))[0]).toMatch(
      /backup of a whole home.*Settings → Data/,
    );
  });

  it('text cut short, and a link cut short or changed', () => {
    const whole = sharedSkillToText(exportSkill(skill(), NOW));
    expect(refused(whole.slice(0, 120))[0]).toMatch(/^This is not a complete shared skill/);
    const data = sharedSkillToLinkData(exportSkill(skill(), NOW));
    expect(refused(`skill=${data.slice(0, 101)}`)[0]).toMatch(/^This link is incomplete/);
    expect(refused(`skill=${data.slice(0, 100)}`)[0]).toMatch(/^This link is incomplete/);
  });

  it('a newer version, or a version that is not one', () => {
    expect(refused(text({ ...fileData(), version: 2 }))).toEqual([
      'This skill was shared by a newer version of Teachable Home, so this one can’t read it.',
    ]);
    expect(refused(text({ ...fileData(), version: '1' }))).toEqual([
      'The skill in this file is damaged: its version number is missing or wrong.',
    ]);
  });

  it('a template this version does not have', () => {
    const data = fileData();
    data.skill.blueprint = 'karaoke';
    expect(refused(text(data))).toEqual([
      'This skill was made with a template this version of Teachable Home doesn’t have (“karaoke”), so it can’t be added here.',
    ]);
  });

  it('a form its template does not accept, said with the form’s labels', () => {
    const data = fileData();
    const questions = data.skill.config.questions as { answer: string }[];
    questions[1]!.answer = 'Wax';
    data.skill.config.perGame = 0;
    expect(refused(text(data))).toEqual([
      'The skill in this file is damaged: its Trivia quiz form doesn’t pass the template’s checks.',
      'Questions › Question 2 › Right answer: the answer must be one of the choices.',
      'Questions in a game: ask at least 1 question in a game.',
    ]);
    const missing = fileData();
    delete (missing.skill as { config?: unknown }).config;
    expect(refused(text(missing))).toEqual([
      'The skill in this file is damaged: its form is missing.',
    ]);
  });

  it('wrong types and unknown fields around the form, placed in words', () => {
    const data = fileData();
    data.skill.name = 5;
    data.skill.phrases = ['ok', '', 'x'.repeat(200)];
    data.exportedAt = 'yesterday';
    expect(refused(text(data))).toEqual([
      'The skill in this file is damaged: the date it was shared should be a number.',
      'Its name should be text.',
      expect.stringMatching(/^Start phrase 2 is empty\.$/),
      'Start phrase 3 is too long (at most 80 characters).',
    ]);
    expect(refused(text({ ...fileData(), skill: 'trivia' }))).toEqual([
      'The skill in this file is damaged: the skill should be a group of fields.',
    ]);
    expect(
      refused(text({ ...fileData(), skill: { ...fileData().skill, memory: { best: 99 } } })),
    ).toEqual([
      'The skill in this file is damaged: the skill has fields Teachable Home doesn’t know: “memory”.',
    ]);
    const tooMany = fileData();
    tooMany.skill.phrases = ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'];
    expect(refused(text(tooMany))[0]).toMatch(
      /its list of start phrases has too many \(at most 5\)/,
    );
  });

  it('names that reach object prototypes, anywhere', () => {
    const file = sharedSkillToText(exportSkill(skill(), NOW));
    const inForm = file.replace('"perGame": 2', '"perGame": 2, "__proto__": { "polluted": true }');
    expect(refused(inForm)).toEqual([
      'The skill in this file is damaged: it contains the field name “__proto__”, which is not allowed.',
    ]);
    const atTop = file.replace('"version": 1,', '"version": 1, "constructor": {},');
    expect(refused(atTop)[0]).toMatch(/field name “constructor”, which is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // In a link too.
    const data = JSON.parse(inForm) as unknown;
    expect(refused(`skill=${toLinkData(data)}`)[0]).toMatch(/^The skill in this link is damaged/);
  });

  it('nesting far too deep', () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const input = text(fileData()).replace('"categories":[]', `"categories":${deep}`);
    expect(input).toContain(deep);
    expect(refused(input)).toEqual([
      'The skill in this file is damaged: it is nested far too deeply to be a skill.',
    ]);
  });

  it('anything too large, before reading it', () => {
    const huge = text({ ...fileData(), padding: 'x'.repeat(MAX_SHARED_SKILL_CHARS) });
    expect(refused(huge)).toEqual([
      expect.stringMatching(/^This is too large to be a shared skill \(\d+ kB; .* 300 kB\)\.$/),
    ]);
    expect(refused('A'.repeat(MAX_SHARED_SKILL_CHARS * 2))[0]).toMatch(/too large/);
    expect(refuseSkillBySize(50 * 1024 * 1024)?.problems[0]).toMatch(/^This is too large/);
    expect(refuseSkillBySize(4_000)).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    const file = sharedSkillToText(exportSkill(exampleSkill('houseguest'), NOW));
    const inputs: unknown[] = [null, undefined, {}, [], true, Symbol('x'), () => 1, 1n];
    for (let at = 0; at < file.length; at += 37) {
      inputs.push(file.slice(0, at), file.slice(at));
      inputs.push(`${file.slice(0, at)}"${file.slice(at + 1)}`);
      inputs.push(`${file.slice(0, at)}null${file.slice(at + 4)}`);
    }
    for (const input of inputs) {
      const result = parseSharedSkill(input);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('previewSharedSkill', () => {
  it('says the template, the name, how it starts and how much it holds', () => {
    expect(previewSharedSkill(exportSkill(skill(), NOW))).toEqual([
      '“Trivia night”, made with the Trivia quiz template.',
      blueprintById('trivia').description,
      "To start it, say “open Trivia night” or “let's play trivia”.",
      // No categories: an empty list is left out.
      'It holds 2 questions.',
    ]);
  });

  it('counts every list of the form, from the template’s own labels', () => {
    const guide = exampleSkill('houseguest');
    const config = guide.config as Record<string, unknown[]>;
    const lines = previewSharedSkill(
      exportSkill({ ...guide, config: { ...config, rules: ['Shoes off'] } }, NOW),
    );
    expect(lines.at(-1)).toBe(
      `It holds ${config.places!.length} things, 1 rule, ${config.contacts!.length} contacts and ${config.topics!.length} topics.`,
    );
    const turns = exampleSkill('whoseTurn');
    const tasks = (turns.config as { tasks: unknown[] }).tasks.length;
    expect(previewSharedSkill(exportSkill(turns, NOW)).at(-1)).toBe(`It holds ${tasks} tasks.`);
  });

  it('pluralises labels as English does', () => {
    expect(pluralLabel('category')).toBe('categories');
    expect(pluralLabel('way to ask')).toBe('ways to ask');
    expect(pluralLabel('day')).toBe('days');
    expect(pluralLabel('fun fact')).toBe('fun facts');
    expect(pluralLabel('box')).toBe('boxes');
    expect(pluralLabel('person')).toBe('people');
  });
});

describe('importedSkill', () => {
  const shared = exportSkill(skill(), NOW);

  it('is a new draft with a fresh id and dates, remembering nothing yet', () => {
    const added = importedSkill(shared, [], 'skill-new', NOW + 5);
    expect(added).toEqual({
      id: 'skill-new',
      blueprint: 'trivia',
      name: 'Trivia night',
      phrases: ["let's play trivia"],
      status: 'draft',
      config: trivia,
      createdAt: NOW + 5,
      updatedAt: NOW + 5,
    });
    expect(skillSchema.safeParse(added).success).toBe(true);
    expect(importedSkill(shared, [], 'x', NOW, 'enabled').status).toBe('enabled');
  });

  it('takes a name this home does not have yet, within the 40-letter limit', () => {
    const mine = skill({ id: 'mine' });
    expect(importedSkill(shared, [mine], 'x', NOW).name).toBe('Trivia night (imported)');
    expect(
      importedSkill(shared, [mine, skill({ id: 'b', name: 'trivia night (imported)' })], 'x', NOW)
        .name,
    ).toBe('Trivia night (imported 2)');
    const long = 'The longest trivia night name you can do';
    expect(long).toHaveLength(40);
    const named = importedSkill(
      exportSkill(skill({ name: long }), NOW),
      [skill({ name: long })],
      'x',
      NOW,
    );
    expect(named.name).toBe('The longest trivia night name (imported)');
    expect(skillSchema.safeParse(named).success).toBe(true);
  });
});
