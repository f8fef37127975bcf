// Teaching in conversation, turn by turn through takeTurn: the offer after a failed request, the
// question, the answer read back, the save and the doing; then the taught words at work.
import { describe, expect, it } from 'vitest';
import type { Entity, Home } from '../home/model.ts';
import { demoHome } from '../home/scenarios/demo.ts';
import { DEFAULT_SETTINGS } from '../settings/settings.ts';
import { vocabularyOf, type TaughtItem } from '../teaching/model.ts';
import { takeTurn } from './turn.ts';
import type { DialogueState, TurnResult } from './types.ts';

const NOW = Date.parse('2026-03-03T19:30:00Z');

/** A person talking from the living room, remembering what the assistant learned. */
function conversation() {
  let home: Home = demoHome(NOW);
  let state: DialogueState = {};
  const learned: TaughtItem[] = [];
  let runs = 0;
  const say = (text: string): TurnResult => {
    const result = takeTurn({
      home,
      text,
      area: 'living_room',
      state,
      now: NOW,
      unit: 'C',
      timeZone: 'Europe/London',
      taught: vocabularyOf(learned),
      routines: { list: [], settings: DEFAULT_SETTINGS, newRunId: () => `run-${runs++}` },
    });
    if (result.execution) home = result.execution.home;
    state = result.state;
    if (result.learned) learned.push(result.learned);
    return result;
  };
  const entity = (id: string) => home.entities.find((e) => e.id === id) as Entity;
  return { say, entity, learned, state: () => state };
}

const brightness = (e: Entity) => (e.attributes as { brightness?: number }).brightness;

describe('teaching a command in conversation', () => {
  it('offers, asks, reads back, saves and does it; then the phrase works', () => {
    const c = conversation();
    expect(c.say('movie mode')).toMatchObject({
      outcome: 'asked',
      reply: "I don't know what “movie mode” is. Do you want to teach me?",
    });
    expect(c.say('yes').reply).toBe('What should “movie mode” do?');
    expect(c.say('living room lights to 20 percent').reply).toMatch(
      /^So “movie mode” means: .*20 %\. Shall I save that\?$/,
    );
    expect(c.learned).toEqual([]);
    const saved = c.say('yes');
    expect(saved.outcome).toBe('acted');
    expect(saved.learned).toMatchObject({
      kind: 'command',
      phrases: ['movie mode'],
      source: 'conversation',
    });
    expect(brightness(c.entity('light.living_room_lamp'))).toBe(20);
    expect(c.state().teach).toBeUndefined();

    c.say('set the living room lamp to 80 percent');
    expect(brightness(c.entity('light.living_room_lamp'))).toBe(80);
    const again = c.say('movie mode');
    expect(again.interpretation.intent).toBe('RunTaughtCommand');
    expect(brightness(c.entity('light.living_room_lamp'))).toBe(20);
    expect(again.explanation.reasons).toContain('Because you taught me “movie mode” on 3 March.');
    // Its changes say who taught them.
    expect(again.execution?.events[0]?.cause).toMatchObject({
      kind: 'taught',
      phrase: 'movie mode',
      parent: { kind: 'voice', utterance: 'movie mode' },
    });
  });

  it('"cancel" at any step leaves nothing half-saved', () => {
    for (const steps of [
      ['movie mode'],
      ['movie mode', 'yes'],
      ['movie mode', 'yes', 'lights off'],
    ]) {
      const c = conversation();
      for (const text of steps) c.say(text);
      expect(c.say('never mind')).toMatchObject({
        outcome: 'said',
        reply: "OK, I won't learn that.",
      });
      expect(c.learned).toEqual([]);
      expect(c.state().teach).toBeUndefined();
    }
  });

  it('a request of its own during the dialogue is handled as usual and ends the teaching', () => {
    const c = conversation();
    c.say('movie mode');
    c.say('yes');
    const answer = c.say('is the back door locked?');
    expect(answer.outcome).toBe('answered');
    expect(c.state().teach).toBeUndefined();
  });

  it('"teach you something" starts the dialogue on purpose', () => {
    const c = conversation();
    expect(c.say('teach you something')).toMatchObject({ outcome: 'asked' });
    expect(c.state().teach).toBeDefined();
  });
});

describe('teaching a setting word and a name', () => {
  it('a concept taught on one light applies to another', () => {
    const c = conversation();
    expect(c.say('set the bedside lamp to study mode').reply).toBe(
      'What does “study mode” mean for a light?',
    );
    c.say('full brightness and cool white');
    const saved = c.say('yes');
    expect(saved.learned).toMatchObject({ kind: 'concept', word: 'study mode', domain: 'light' });
    expect(brightness(c.entity('light.bedside_lamp'))).toBe(100);
    const other = c.say('set the living room lamp to study mode');
    expect(other.interpretation.intent).toBe('ApplyConcept');
    expect(other.reply).toMatch(/^Set the Living room lamp to “study mode”\./);
    expect(brightness(c.entity('light.living_room_lamp'))).toBe(100);
  });

  it('a name, then the request that failed on it, understood', () => {
    const c = conversation();
    c.say('turn off the living room ceiling');
    expect(c.say('turn on the big light').reply).toBe(
      "I don't know “the big light”. Which device is it?",
    );
    c.say('the living room ceiling');
    const saved = c.say('yes');
    expect(saved.learned).toMatchObject({ kind: 'name', name: 'the big light' });
    expect(c.entity('light.living_room_ceiling').state).toBe('on');
    c.say('turn off the big light');
    expect(c.entity('light.living_room_ceiling').state).toBe('off');
  });
});
