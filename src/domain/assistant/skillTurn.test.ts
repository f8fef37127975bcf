// Skills in the conversation, through takeTurn: "open <name>" opens a session whose turns come
// first, the frame's words always work, a one-shot "ask <name> …" answers without a session, a
// request of its own leaves the skill, a session left alone or a skill switched off ends it, and
// what a skill remembers is handed back to be saved.
import { describe, expect, it } from 'vitest';
import { blueprintById } from '../blueprints/registry.ts';
import type { Skill } from '../blueprints/model.ts';
import { SESSION_TIMEOUT_MS } from '../blueprints/session.ts';
import { seeded } from '../blueprints/testing.ts';
import { NOW } from '../home/testing.ts';
import { demo, inputFor } from './testing.ts';
import { takeTurn } from './turn.ts';
import type { DialogueState, TurnResult } from './types.ts';

function skill(
  id: string,
  blueprint: Skill['blueprint'],
  name: string,
  extra: Partial<Skill> = {},
): Skill {
  return {
    id,
    blueprint,
    name,
    phrases: [],
    status: 'enabled',
    config: blueprintById(blueprint).example,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const jokes = skill('s-jokes', 'jokes', 'Silly jokes');
const guide = skill('s-guide', 'houseguest', 'House guide');

/** A conversation: each line a turn, the state carried over; skills' memory saved between. */
function converse(lines: string[], skills: Skill[] = [jokes, guide], start = NOW) {
  let state: DialogueState = {};
  let now = start;
  const list = skills.map((s) => ({ ...s }));
  const results: TurnResult[] = [];
  const random = seeded(7);
  for (const text of lines) {
    const result = takeTurn(
      inputFor(demo(), {
        text,
        state,
        now,
        area: 'living_room',
        timeZone: 'UTC',
        skills: { list, random },
      }),
    );
    if (result.skillMemory) {
      const saved = list.find((s) => s.id === result.skillMemory!.skillId);
      if (saved) saved.memory = result.skillMemory.memory;
    }
    state = result.state;
    results.push(result);
    now += 15_000;
  }
  return { results, state, skills: list };
}

describe('talking to a skill in the conversation', () => {
  it('opens a session on its name; its turns come first until “stop”', () => {
    const { results, state } = converse(['open silly jokes', 'yes', 'repeat', 'stop', 'yes']);
    const [open, another, repeat, stop, after] = results;
    expect(open!.interpretation.intent).toBe('StartSkill');
    expect(open!.outcome).toBe('asked');
    expect(open!.state.skill?.skillId).toBe('s-jokes');
    expect(another!.interpretation.intent).toBe('SkillTurn');
    expect(another!.reply).not.toBe(open!.reply);
    expect(repeat!.reply).toBe(another!.reply);
    expect(stop!.reply).toContain('Goodbye');
    expect(stop!.state.skill).toBeUndefined();
    // After the session, "yes" is no longer the skill's.
    expect(after!.interpretation.intent).not.toBe('SkillTurn');
    expect(state.skill).toBeUndefined();
  });

  it('remembers between sessions what the skill said: no joke twice until all were told', () => {
    const count = (blueprintById('jokes').example as { items: string[] }).items.length;
    const lines = Array.from({ length: count }, () => ['open silly jokes', 'stop']).flat();
    const { results } = converse(lines);
    const told = results
      .filter((r) => r.interpretation.intent === 'StartSkill')
      .map((r) => r.reply.split('Want another')[0]);
    expect(new Set(told).size).toBe(count);
  });

  it('answers a one-shot question without opening a session, and says how it matched', () => {
    const { results } = converse(['ask house guide what is the wifi password']);
    const [answer] = results;
    expect(answer!.state.skill).toBeUndefined();
    expect(answer!.outcome).toBe('answered');
    expect(answer!.explanation.skill).toMatchObject({
      name: 'House guide',
      template: 'Houseguest guide',
    });
    expect(answer!.explanation.reasons.join(' ')).toMatch(/matched/i);
  });

  it('leaves the skill for a request of its own, and does it', () => {
    const { results } = converse(['open house guide', 'turn off the living room lamp']);
    const [, request] = results;
    expect(request!.reply).toMatch(/^I've left House guide\./);
    expect(request!.outcome).toBe('acted');
    expect(request!.state.skill).toBeUndefined();
  });

  it('ends a session left alone, and one whose skill was switched off', () => {
    const open = converse(['open silly jokes']);
    const later = takeTurn(
      inputFor(demo(), {
        text: 'yes',
        state: open.state,
        now: NOW + SESSION_TIMEOUT_MS + 60_000,
        skills: { list: [jokes], random: seeded(1) },
      }),
    );
    expect(later.interpretation.intent).not.toBe('SkillTurn');
    const off = takeTurn(
      inputFor(demo(), {
        text: 'yes',
        state: open.state,
        now: NOW + 20_000,
        skills: { list: [{ ...jokes, status: 'disabled' }], random: seeded(1) },
      }),
    );
    expect(off.interpretation.intent).not.toBe('SkillTurn');
  });

  it('does not start drafts or switched-off skills by voice', () => {
    const { results } = converse(['open silly jokes'], [{ ...jokes, status: 'draft' }]);
    expect(results[0]!.interpretation.intent).not.toBe('StartSkill');
  });

  it('opens a skill turned on while a teach question about its name was open', () => {
    // "open silly jokes" said while it was a draft: asked which device "silly jokes" is.
    const taught = { commands: [], concepts: [], names: [] };
    const draft = { ...jokes, status: 'draft' as const };
    const first = takeTurn(
      inputFor(demo(), {
        text: 'open silly jokes',
        taught,
        skills: { list: [draft], random: seeded(1) },
      }),
    );
    expect(first.state.teach).toBeDefined();
    // Turned on, and said again: the skill's start, not an answer to the question.
    const again = takeTurn(
      inputFor(demo(), {
        text: 'open silly jokes',
        state: first.state,
        taught,
        skills: { list: [jokes], random: seeded(1) },
      }),
    );
    expect(again.interpretation.intent).toBe('StartSkill');
    expect(again.state.teach).toBeUndefined();
  });

  it('hands back what the skill remembers, to be saved with the turn', () => {
    const { results } = converse(['open silly jokes']);
    expect(results[0]!.skillMemory?.skillId).toBe('s-jokes');
  });
});
