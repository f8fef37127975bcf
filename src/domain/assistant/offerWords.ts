// What the reply says after an accepted offer ran its commands, in the words any request would
// get: "Closed the Garage door.", "Locked the Front door and the Back door.", "The Porch light was
// already on.", or what went wrong.
import type { Command } from '../home/commands.ts';
import type { ExecuteResult } from '../home/execute.ts';
import type { Entity } from '../home/model.ts';
import { wordAct, type ActWording, type Sentence } from './actionWords.ts';
import { groupPhrase } from './places.ts';
import { joinSentences, plain } from './reply.ts';
import type { TurnInput } from './types.ts';

interface Bucket {
  wording: ActWording;
  entities: Entity[];
}

export function doneWords(
  input: TurnInput,
  commands: readonly Command[],
  execution: ExecuteResult,
): string {
  const changed = new Map<string, Bucket>();
  const already = new Map<string, Bucket>();
  for (const id of new Set(commands.map((c) => c.entityId))) {
    const before = input.home.entities.find((e) => e.id === id);
    const failed = new Set(execution.errors.filter((e) => e.entityId === id).map((e) => e.command));
    const ok = commands.filter((c) => c.entityId === id && !failed.has(c));
    if (!before || ok.length === 0) continue;
    const after = execution.home.entities.find((e) => e.id === id) ?? before;
    const wording = wordAct(ok, before, after, input.unit);
    const buckets = after === before ? already : changed;
    const bucket = buckets.get(wording.key);
    if (bucket) bucket.entities.push(after);
    else buckets.set(wording.key, { wording, entities: [after] });
  }
  const say = (how: 'done' | 'already') => (bucket: Bucket) =>
    bucket.wording[how]({
      entities: bucket.entities,
      object: groupPhrase(execution.home, bucket.entities),
    });
  const sentences: Sentence[] = [
    ...[...changed.values()].map(say('done')),
    ...[...already.values()].map(say('already')),
    ...[...new Set(execution.errors.map((e) => e.message))].map(plain),
  ];
  return joinSentences(sentences) || 'Done.';
}
