// "I don't know 'the big light'. Which device is it?" answered with a device or a room: its name
// as the home writes it, an alias, or any way the interpreter understands ("the ceiling light in
// the living room"). Several matches are asked about rather than guessed.
import { curly, joinList, theName } from '../assistant/words.ts';
import type { Home } from '../home/model.ts';
import { DEVICE_WORDS } from '../language/grammar/words.ts';
import { nameTokens, tokenize } from '../language/normalize.ts';
import { withoutOpening } from './answers.ts';
import type { TeachContext, TeachTopic } from './dialogueState.ts';
import type { TaughtName } from './model.ts';
import { aside, answerContext, isRequest, unclear, understoodAs, type Reading } from './reading.ts';

type NameTopic = Extract<TeachTopic, { kind: 'name' }>;
export type NameTarget = TaughtName['target'];

const same = (a: string, b: string) => nameTokens(a).join(' ') === nameTokens(b).join(' ');

/** An example of what to answer, from this home. */
function example(home: Home, expects: NameTopic['expects']): string {
  if (expects === 'room') return home.areas[0]?.name ?? 'Kitchen';
  return (
    home.entities.find((e) => e.domain === 'light')?.name ??
    home.entities[0]?.name ??
    'Kitchen light'
  );
}

export const nameHint = (home: Home, expects: NameTopic['expects']) =>
  `Say its name as the Home page shows it, for example ${curly(example(home, expects))}.`;

/** The words of an answer that name something: "it's the living room ceiling" → "living room ceiling". */
const cleaned = (text: string) =>
  withoutOpening(text)
    .replace(
      /^(?:i\s+mean(?:t)?|that\s+is|that's|it\s+is|it's|the\s+one\s+called|the\s+one|called)\s+/i,
      '',
    )
    .trim();

/** The device or room an answer names, or why it names none. */
export function readName(answer: string, topic: NameTopic, ctx: TeachContext): Reading<NameTarget> {
  const text = cleaned(answer);
  const { home } = ctx;
  const hint = nameHint(home, topic.expects);
  if (text === '') return unclear(hint);
  const device = home.entities.find(
    (e) => same(e.name, text) || (e.aliases ?? []).some((a) => same(a, text)),
  );
  if (device) return understoodAs({ kind: 'entity', entityId: device.id });
  const area = home.areas.find((a) => same(a.name, text));
  if (area) return understoodAs({ kind: 'area', areaId: area.id });

  const question = ctx.interpret(text, answerContext(ctx));
  const other = aside(question);
  // A question about devices, or a skill's start ("open Big days"): a request, not a name.
  if (other === 'unrelated' && (question.targets.length > 0 || question.intent === 'StartSkill'))
    return { ok: false, why: 'unrelated' };
  if (other === 'help') return { ok: false, why: 'help', hint };
  // A whole request of its own ("turn off the living room lamp"): the person said it another
  // way rather than answer; the request runs, and learning may pair it with the one that failed.
  if (question.intent !== 'Unknown' && isRequest(question)) return { ok: false, why: 'unrelated' };

  // Said as a request would say it: "the ceiling light in the living room", "the kids room".
  const meaning = ctx.interpret(`turn on ${text}`, answerContext(ctx));
  const saysKind = tokenize(text).base.some((t) => DEVICE_WORDS[t] !== undefined);
  if (meaning.slots.area !== undefined && meaning.slots.name === undefined && !saysKind) {
    const room = home.areas.find((a) => a.name === meaning.slots.area);
    if (room) return understoodAs({ kind: 'area', areaId: room.id });
  }
  const options = meaning.ambiguous?.length ? meaning.ambiguous : meaning.targets;
  const found = options.flatMap((id) => home.entities.find((e) => e.id === id) ?? []);
  if (found.length === 1) return understoodAs({ kind: 'entity', entityId: found[0]!.id });
  if (found.length > 1 && found.length <= 5)
    return unclear(`Which one: ${joinList(found.map(theName), 'or')}?`);
  if (found.length > 5) return unclear(`That could be ${found.length} devices. ${hint}`);
  return unclear(`I couldn't find ${curly(text)} in this home. ${hint}`);
}
