// Reading something shared — a routine, a skill — from whatever the person has: the file's text,
// the link, or the link's data alone. This part knows nothing of what is inside; it turns the
// input into the JSON object of the right format and version, or refuses it with sentences a
// person can act on. Each format then checks its own contents (routines/shareParse.ts,
// blueprints/shareParse.ts). Never throws.
import { fromLinkData, linkDataOf } from './linkData.ts';
import { isObject, own } from './safeKeys.ts';

/** What one kind of shared thing is, for reading it and for the words about it. */
export interface ShareKind {
  /** What one is called: "routine", "skill". */
  noun: string;
  /** The `format` field its files carry: "teachable-home/routine". */
  format: string;
  /** The newest version this app writes and reads. */
  version: number;
  /** The hash parameter of its links: "routine" for `#routine=<data>`. */
  param: string;
  /** The import page's title, as the person finds it: "Import a routine". */
  importTitle: string;
  /** The most characters of JSON one can be; anything longer is not one. */
  maxChars: number;
}

export type SharedSource = 'text' | 'link';
export type Refused = { ok: false; problems: string[] };
export type ReadShared = { ok: true; data: Record<string, unknown>; from: SharedSource } | Refused;

/**
 * Other things Teachable Home writes, and where a person takes them instead. Strings rather than
 * the formats' constants: this module is below every format.
 */
const ELSEWHERE: Record<string, { what: string; where: string }> = {
  'teachable-home-backup': {
    what: 'a backup of a whole home',
    where: 'To restore it, go to Settings → Data.',
  },
  'teachable-home/routine': {
    what: 'a shared routine',
    where: 'To add it, open Routines and choose “Import a routine”.',
  },
  'teachable-home/skill': {
    what: 'a shared skill',
    where: 'To add it, open Skills and choose “Import a skill”.',
  },
};

/** Past this many details a person stops reading; the first says the most. */
const DETAILS_SHOWN = 5;

export const refuse = (...problems: string[]): Refused => ({ ok: false, problems });

/** The longest input worth reading: base64 makes 3 bytes 4 characters, plus the link around it. */
export const maxInputChars = (kind: ShareKind) => Math.ceil((kind.maxChars * 4) / 3) + 2_000;

export function tooLarge(kind: ShareKind, chars: number): Refused {
  return refuse(
    `This is too large to be a shared ${kind.noun} (${Math.ceil(chars / 1000)} kB; a shared ${kind.noun} is at most ${kind.maxChars / 1000} kB).`,
  );
}

/**
 * A file too large to be read at all: refused by its size, before its text is loaded. Undefined
 * when it is small enough to read (reading still checks the text).
 */
export function refuseBySize(kind: ShareKind, size: number): Refused | undefined {
  return size > maxInputChars(kind) * 4 ? tooLarge(kind, size) : undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "The routine in this file is damaged: <first>." and the next few details, one per line. */
export function damaged(kind: ShareKind, from: SharedSource, details: readonly string[]): Refused {
  const [first = 'it is not complete', ...rest] = details;
  return refuse(
    `The ${kind.noun} in this ${from === 'link' ? 'link' : 'file'} is damaged: ${first}.`,
    ...rest.slice(0, DETAILS_SHOWN - 1).map((d) => `${capital(d)}.`),
  );
}

/** The input as the JSON object of `kind`'s format at its version, or why it is not. */
export function readShared(input: unknown, kind: ShareKind): ReadShared {
  const notOne = `This is not a shared ${kind.noun}.`;
  if (typeof input !== 'string') return refuse(notOne);
  if (input.length > maxInputChars(kind)) return tooLarge(kind, input.length);
  // Editors on Windows may save with a byte order mark, which JSON.parse refuses.
  const trimmed = input.replace(/^\ufeff/, '').trim();
  if (trimmed === '')
    return refuse(
      `There is nothing to import yet: choose a file, paste a shared ${kind.noun}, or open a shared link.`,
    );

  let text: string;
  let from: SharedSource;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    text = trimmed;
    from = 'text';
  } else {
    const data = linkDataOf(trimmed, kind.param);
    if (data === undefined)
      return refuse(
        notOne,
        `A shared ${kind.noun} is a file whose name ends in “.${kind.noun}.json”, the text of one, or a link to “${kind.importTitle}”.`,
      );
    const decoded = fromLinkData(data);
    if (decoded === undefined)
      return refuse(
        'This link is incomplete or was changed: part of it may have been lost when it was copied. Copy the whole link again.',
      );
    text = decoded;
    from = 'link';
  }
  if (text.length > kind.maxChars) return tooLarge(kind, text.length);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return from === 'link'
      ? refuse('This link is incomplete or was changed: copy the whole link again.')
      : refuse(
          `This is not a complete shared ${kind.noun}: the text is cut short or broken. If you pasted it, copy all of it again.`,
        );
  }
  if (!isObject(data) || data.format !== kind.format) {
    const other =
      isObject(data) && typeof data.format === 'string' ? own(ELSEWHERE, data.format) : undefined;
    return other
      ? refuse(`This is ${other.what}, not a shared ${kind.noun}. ${other.where}`)
      : refuse(notOne);
  }
  if (typeof data.version === 'number' && data.version > kind.version)
    return refuse(
      `This ${kind.noun} was shared by a newer version of Teachable Home, so this one can’t read it.`,
    );
  if (data.version !== kind.version)
    return damaged(kind, from, ['its version number is missing or wrong']);
  return { ok: true, data, from };
}
