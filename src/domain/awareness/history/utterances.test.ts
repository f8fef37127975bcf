// What the household says is what the assistant understands: every request in the history, read
// by the real interpreter in the room it was said in, means the devices it changed.
import { describe, expect, it } from 'vitest';
import { interpret } from '../../language/interpret.ts';
import { month } from './testing.ts';

describe('voice requests in the history', () => {
  // A few households' months, so that rarely chosen wordings are read too.
  const months = [1, 2, 3].map((seed) => month({ seed, anomalies: 5, anomalyAtEnd: true }));
  const { home } = months[0]!;
  const said = new Map<string, { utterance: string; area?: string; entities: Set<string> }>();
  for (const e of months.flatMap((m) => m.history.events)) {
    if (e.cause.kind !== 'voice') continue;
    const key = `${e.cause.utterance} @ ${e.cause.area ?? ''}`;
    const entry = said.get(key) ?? {
      utterance: e.cause.utterance,
      ...(e.cause.area !== undefined ? { area: e.cause.area } : {}),
      entities: new Set<string>(),
    };
    entry.entities.add(e.entityId);
    said.set(key, entry);
  }

  it('are varied', () => {
    expect(said.size).toBeGreaterThan(30);
  });

  it.each([...said.values()].map((s) => [s.utterance, s] as const))(
    '“%s” is understood as the devices it changed',
    (_text, { utterance, area, entities }) => {
      const reading = interpret(utterance, { home, ...(area !== undefined ? { area } : {}) });
      for (const id of entities) expect(reading.targets).toContain(id);
    },
  );
});
