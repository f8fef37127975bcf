// Teaching in conversation through the real interpreter, then using what was taught: the words
// work in the next request (the interpreter reads the taught vocabulary), and running them does
// what was taught, on other devices of the kind too.
import { describe, expect, it } from 'vitest';
import { execute } from '../home/execute.ts';
import type { Home } from '../home/model.ts';
import { interpret } from '../language/interpret.ts';
import { conceptCommands } from './concepts.ts';
import { teachStep } from './dialogue.ts';
import type { TeachContext, TeachResult } from './dialogueState.ts';
import { vocabularyOf, type TaughtItem } from './model.ts';
import { offerTeaching } from './offer.ts';
import { commandPlan } from './run.ts';
import { NOW, teachContext } from './testing.ts';

/** Says `request`, takes the offer, answers each question; returns the last result. */
function teach(ctx: TeachContext, request: string, answers: string[]): TeachResult {
  const offer = offerTeaching(request, interpret(request, { home: ctx.home, area: ctx.area }));
  if (!offer) throw new Error(`no offer for “${request}”`);
  let state = offer.state;
  let result: TeachResult | undefined;
  for (const answer of answers) {
    result = teachStep(state, answer, ctx);
    if (result.state) state = result.state;
  }
  return result!;
}

const heard = (text: string, ctx: TeachContext, taught: TaughtItem[]) =>
  interpret(text, { home: ctx.home, area: ctx.area, taught: vocabularyOf(taught) });
const run = (home: Home, commands: Parameters<typeof execute>[1]) =>
  execute(home, commands, { kind: 'manual' }, NOW).home;

describe('taught in conversation, then used', () => {
  it('"movie mode" = lights 20 %: said again, the lights go to 20 %', () => {
    const ctx = teachContext();
    const saved = teach(ctx, 'movie mode', ['yes', 'lights 20%', 'yes']).save!;
    const again = heard('movie mode', ctx, [saved]);
    expect(again).toMatchObject({ intent: 'RunTaughtCommand', taught: { id: saved.id } });
    if (saved.kind !== 'command') throw new Error('a command');
    const after = run(ctx.home, commandPlan(saved, ctx.home).commands);
    const lights = after.entities.filter((e) => e.domain === 'light' && e.area === 'living_room');
    expect(lights.map((l) => l.domain === 'light' && l.attributes.brightness)).toEqual([
      20, 20, 20,
    ]);
  });

  it('"study mode" taught on the living room lamp works on the bedroom lamp', () => {
    const ctx = teachContext();
    const result = teach(ctx, 'set the living room lamp to study mode', [
      'full brightness and cool white',
      'yes',
    ]);
    const saved = result.save!;
    const bedroom = heard('set the bedroom lamp to study mode', ctx, [saved]);
    expect(bedroom).toMatchObject({
      intent: 'ApplyConcept',
      targets: ['light.bedside_lamp'],
      taught: { id: saved.id },
    });
    if (saved.kind !== 'concept') throw new Error('a concept');
    const lamps = ctx.home.entities.filter((e) => bedroom.targets.includes(e.id));
    const after = run(ctx.home, conceptCommands(saved, lamps).commands);
    expect(after.entities.find((e) => e.id === 'light.bedside_lamp')).toMatchObject({
      state: 'on',
      attributes: { brightness: 100, color_mode: 'color_temp', color_temp_kelvin: 4000 },
    });
  });

  it('"the big light": the failed request works once the name is taught', () => {
    const ctx = teachContext();
    const result = teach(ctx, 'turn on the big light', ['the living room ceiling', 'yes']);
    expect(result.retry).toBe('turn on the big light');
    const retried = heard(result.retry!, ctx, [result.save!]);
    expect(retried).toMatchObject({
      intent: 'HassTurnOn',
      targets: ['light.living_room_ceiling'],
      names: [result.save!.id],
    });
  });
});
