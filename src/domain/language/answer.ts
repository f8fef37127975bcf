// Understanding the answer to "Which one: Kitchen ceiling or Kitchen countertop?": a name or
// part of one ("the countertop"), a position ("the first one", "the last"), or "both" / "all".
import type { Entity } from '../home/model.ts';
import { nameTokens, type Tokens } from './normalize.ts';
import { DEVICE_WORDS } from './grammar/words.ts';
import type { InterpretContext, Interpretation } from './types.ts';

const ORDINALS: Readonly<Record<string, number>> = {
  first: 0,
  '1st': 0,
  second: 1,
  '2nd': 1,
  third: 2,
  '3rd': 2,
  fourth: 3,
  '4th': 3,
  fifth: 4,
};
const MAIN = new Set(['main', 'big', 'overhead', 'ceiling', 'top']);
const EVERY = new Set(['both', 'all', 'every', 'each', 'either', 'everything']);

export function answerPending(
  tokens: Tokens,
  context: InterpretContext,
): Interpretation | undefined {
  const pending = context.pending;
  if (!pending) return undefined;
  const options = pending.options
    .map((id) => context.home.entities.find((e) => e.id === id))
    .filter((e): e is Entity => e !== undefined);
  if (options.length === 0) return undefined;
  const words = tokens.base;
  const answer = (chosen: readonly Entity[]): Interpretation => {
    const rest = { ...pending.interpretation };
    delete rest.ambiguous;
    return {
      ...rest,
      text: tokens.raw.join(' '),
      targets: chosen.map((e) => e.id),
      slots: { ...rest.slots, ...(chosen.length === 1 ? { name: chosen[0]!.name } : {}) },
      fromContext: [...new Set([...(rest.fromContext ?? []), 'answer' as const])],
    };
  };
  if (words.length <= 4 && words.some((w) => EVERY.has(w))) return answer(options);
  for (const w of words) {
    const index = ORDINALS[w];
    if (index !== undefined && index < options.length && words.length <= 4)
      return answer([options[index]!]);
  }
  if (
    words.length <= 4 &&
    words.includes('last') &&
    !words.includes('song') &&
    !words.includes('track')
  )
    return answer([options[options.length - 1]!]);

  // Words that tell the options apart: those not shared by every option. The names a person
  // taught count as the device's own ("the big light").
  const taughtNames = context.taught?.names ?? [];
  const taughtFor = (id: string) =>
    taughtNames.flatMap((n) =>
      n.target.kind === 'entity' && n.target.entityId === id ? nameTokens(n.name) : [],
    );
  const names = options.map((e) => [
    ...nameTokens(e.name),
    ...(e.aliases ?? []).flatMap(nameTokens),
    ...taughtFor(e.id),
  ]);
  // "the main one": the room's own light ("Office light", a ceiling light) rather than a lamp.
  if (words.some((w) => MAIN.has(w)) && words.length <= 4) {
    const main = options.filter((e) => {
      const tokens = nameTokens(e.name).filter((t) => !DEVICE_WORDS[t]);
      const room = context.home.areas.find((a) => a.id === e.area);
      return (
        tokens.includes('ceiling') ||
        (room !== undefined && tokens.join(' ') === nameTokens(room.name).join(' '))
      );
    });
    if (main.length === 1) return answer(main);
  }
  // Words every option shares tell none of them apart; kind words ("light") count for less
  // than the words that name a thing ("ceiling").
  const common = new Set(names[0]!.filter((t) => names.every((n) => n.includes(t))));
  const weight = (w: string) => (DEVICE_WORDS[w] ? 0.5 : 1);
  const scores = names.map((n) =>
    words.filter((w) => n.includes(w) && !common.has(w)).reduce((sum, w) => sum + weight(w), 0),
  );
  const best = Math.max(...scores);
  if (best === 0 || words.length > best + 4) return undefined;
  const winners = options.filter((_, i) => scores[i] === best);
  return winners.length === 1 ? answer(winners) : undefined;
}
