// What a person taught the assistant, as stored: commands, concepts and names in one table.
// Deleting only marks an item (`deletedAt`), so it can be undone; lists and the vocabulary leave
// marked ones out. Every row is validated when read back: a broken one is repaired where that is
// unambiguous, otherwise left out with a warning, never fatal (see restore.ts).
import { z } from '../domain/zod.ts';
import {
  conceptSchema,
  taughtCommandSchema,
  taughtItemSchema,
  taughtNameSchema,
  vocabularyOf,
  type TaughtItem,
  type TaughtKind,
  type TaughtVocabulary,
} from '../domain/teaching/model.ts';
import type { TaughtRow, TeachableHomeDb } from './db.ts';
import { humanErrors, issueToProblem, limitProblems, quote } from './problems.ts';
import { reportRestore, restore } from './restore.ts';

const deletedAt = { deletedAt: z.optional(z.number()) };

// The mark is added to each kind rather than to the union, so a row is still checked against
// the one shape its `kind` names and repairs point at the right fields.
const taughtRowSchema: z.ZodMiniType<TaughtRow> = z.discriminatedUnion('kind', [
  z.extend(taughtCommandSchema, deletedAt),
  z.extend(conceptSchema, deletedAt),
  z.extend(taughtNameSchema, deletedAt),
]);

/** How the kinds are called in messages. */
const KIND_WORDS: Record<TaughtKind, string> = {
  command: 'taught command',
  concept: 'taught word',
  name: 'taught name',
};

/** What a person calls an item: a command's first phrase, a concept's word, a name. */
export function taughtLabel(item: TaughtItem): string {
  switch (item.kind) {
    case 'command':
      return item.phrases[0] ?? '';
    case 'concept':
      return item.word;
    case 'name':
      return item.name;
  }
}

const KIND_ORDER: Record<TaughtKind, number> = { command: 0, concept: 1, name: 2 };

function byKindThenLabel(a: TaughtItem, b: TaughtItem): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    taughtLabel(a).localeCompare(taughtLabel(b)) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function readRows(rows: readonly unknown[]): TaughtRow[] {
  const kept: TaughtRow[] = [];
  for (const row of rows) {
    const result = restore(taughtRowSchema, row);
    const { id } = (row ?? {}) as { id?: unknown };
    if (result.ok) {
      kept.push(result.value);
      if (result.fixes.length > 0)
        reportRestore(
          `Repaired a stored taught item (${quote(String(id))}): ${result.fixes.join('; ')}`,
        );
    } else {
      reportRestore(
        `Left a broken taught item (${quote(String(id))}) out: ${result.problems.join('; ')}`,
      );
    }
  }
  return kept;
}

function withoutMark(row: TaughtRow): TaughtItem {
  const { deletedAt: _deleted, ...item } = row;
  void _deleted;
  return item as TaughtItem;
}

/** The stored row, deleted or not; undefined when missing or broken beyond repair. */
async function readRow(db: TeachableHomeDb, id: string): Promise<TaughtRow | undefined> {
  const row = await db.taught.get(id);
  return row === undefined ? undefined : readRows([row])[0];
}

/** Every taught item that is not deleted: commands, then concepts, then names, each by name. */
export async function listTaught(db: TeachableHomeDb): Promise<TaughtItem[]> {
  return readRows(await db.taught.toArray())
    .filter((row) => row.deletedAt === undefined)
    .map(withoutMark)
    .sort(byKindThenLabel);
}

/** One taught item; undefined when there is none, it is deleted, or its row is broken. */
export async function getTaught(db: TeachableHomeDb, id: string): Promise<TaughtItem | undefined> {
  const row = await readRow(db, id);
  return row === undefined || row.deletedAt !== undefined ? undefined : withoutMark(row);
}

/** What the interpreter needs: the items that are not deleted, split by kind. */
export async function vocabulary(db: TeachableHomeDb): Promise<TaughtVocabulary> {
  return vocabularyOf(await listTaught(db));
}

function refuse(item: unknown, error: z.core.$ZodError): Error {
  const kind = (item as { kind?: unknown } | null)?.kind;
  const what =
    typeof kind === 'string' && kind in KIND_WORDS ? KIND_WORDS[kind as TaughtKind] : 'taught item';
  const problems = limitProblems(error.issues.map((i) => issueToProblem(i)));
  return new Error(`This ${what} could not be saved: ${problems.join('; ')}.`);
}

/**
 * Saves a taught item, new or changed (a new phrase, word or name is a save too). `taughtAt`
 * stays as first saved; `updatedAt` becomes `now`. Saving a deleted item brings it back. Throws,
 * saving nothing, when the item is invalid. Returns the item as stored.
 */
export async function saveTaught(
  db: TeachableHomeDb,
  item: TaughtItem,
  now: number,
): Promise<TaughtItem> {
  const checked = taughtItemSchema.safeParse(item, { error: humanErrors });
  if (!checked.success) throw refuse(item, checked.error);
  return db.transaction('rw', db.taught, async () => {
    const previous = await readRow(db, checked.data.id);
    const saved: TaughtItem = {
      ...checked.data,
      taughtAt: previous?.taughtAt ?? checked.data.taughtAt,
      updatedAt: now,
    };
    await db.taught.put(saved);
    return saved;
  });
}

/** Marks a taught item deleted (the assistant stops understanding it). False when there is none. */
export async function deleteTaught(db: TeachableHomeDb, id: string, now: number): Promise<boolean> {
  const changed = await db.taught
    .where('id')
    .equals(id)
    .modify((row) => {
      row.deletedAt = now;
    });
  return changed > 0;
}

/** Undo of deleteTaught. False when there is no such item. */
export async function undoDeleteTaught(db: TeachableHomeDb, id: string): Promise<boolean> {
  const changed = await db.taught
    .where('id')
    .equals(id)
    .modify((row) => {
      delete row.deletedAt;
    });
  return changed > 0;
}
