import { describe, expect, it } from 'vitest';
import { blueprintById } from '../../../domain/blueprints/registry.ts';
import { exportSkill, sharedSkillToLinkData } from '../../../domain/blueprints/share.ts';
import { addedNotice, readHash } from './importWords.ts';

const jokes = blueprintById('jokes');
const shared = exportSkill(
  {
    id: 's1',
    blueprint: 'jokes',
    name: 'Dad jokes',
    phrases: [],
    status: 'enabled',
    config: jokes.example,
    createdAt: 1,
    updatedAt: 1,
  },
  1,
);

describe('readHash', () => {
  it('reads the skill a shared link carries, and nothing from other hashes', () => {
    expect(readHash(`#skill=${sharedSkillToLinkData(shared)}`)).toEqual({
      ok: true,
      shared,
      from: 'link',
    });
    expect(readHash('')).toBeNull();
    expect(readHash('#main')).toBeNull();
    expect(readHash('#routine=abc')).toBeNull();
  });

  it('refuses a link that was cut short, in words', () => {
    const cut = readHash(`#skill=${sharedSkillToLinkData(shared).slice(0, 50)}`);
    expect(cut?.ok).toBe(false);
    expect(cut && !cut.ok && cut.problems[0]).toMatch(/^This link is incomplete/);
  });
});

describe('addedNotice', () => {
  it('says how to start a skill that is on, and what a draft needs', () => {
    expect(addedNotice({ name: 'Dad jokes', status: 'enabled' })).toEqual({
      title: 'Added “Dad jokes”',
      body: 'It is on: say “open Dad jokes” to start it.',
    });
    expect(addedNotice({ name: 'Dad jokes', status: 'draft' }).title).toBe(
      'Added “Dad jokes” as a draft',
    );
  });
});
