import { describe, expect, it } from 'vitest';
import { demoHome } from '../../domain/home/scenarios/demo.ts';
import type { Home } from '../../domain/home/model.ts';
import { spoken, suggestionsFor } from './suggestions.ts';

const home = demoHome(Date.UTC(2026, 2, 3, 19, 30));

describe('suggestionsFor', () => {
  it('fits the room: lights on in the living room, so turn them off or dim them', () => {
    const chips = suggestionsFor(home, 'living_room', 'C');
    expect(chips).toEqual([
      'Turn off the lights',
      'Dim the lights a bit',
      'Is the front door locked?',
      'Set the living room to 22 degrees',
      'Which lights are on?',
      'Turn up the living room TV',
    ]);
  });

  it('offers to turn the lights on where all are off, and uses that room’s devices first', () => {
    const chips = suggestionsFor(home, 'main_bedroom', 'C');
    expect(chips).toContain('Turn on the lights');
    expect(chips).not.toContain('Dim the lights a bit');
    expect(chips).toContain('Set the main bedroom to 19 degrees');
    expect(chips.length).toBeGreaterThanOrEqual(4);
    expect(chips.length).toBeLessThanOrEqual(6);
  });

  it('speaks temperatures in the person’s unit', () => {
    // 21 °C is 69.8 °F: one degree warmer is 71.
    expect(suggestionsFor(home, 'living_room', 'F')).toContain('Set the living room to 71 degrees');
  });

  it('names another room’s lights from a room without any', () => {
    const dark: Home = {
      ...home,
      entities: home.entities.filter((e) => e.id !== 'light.bathroom'),
    };
    expect(suggestionsFor(dark, 'bathroom', 'C')[0]).toBe('Turn off the hallway lights');
  });

  it('suggests nothing a home cannot do', () => {
    const empty: Home = { floors: [], areas: [], entities: [] };
    expect(suggestionsFor(empty, undefined, 'C')).toEqual([]);
    const kettleOnly: Home = {
      ...home,
      entities: home.entities.filter((e) => e.id === 'switch.kettle'),
    };
    expect(suggestionsFor(kettleOnly, 'kitchen', 'C')).toEqual([]);
  });
});

describe('spoken', () => {
  it('lowercases names for a sentence but keeps abbreviations', () => {
    expect(spoken('Front door')).toBe('front door');
    expect(spoken('Living room TV')).toBe('living room TV');
    expect(spoken("Kids' room")).toBe("kids' room");
  });
});
