// The shared-routine format (issue 4, "Share"): one routine, without what belongs to the home it
// came from (its id, its dates, whether it is switched on), and the names of what it refers to —
// devices, rooms, other routines — so that the home importing it can choose its own. Versioned
// like the backup file: a newer app may write version 2, and this one must say so rather than
// guess.
import { z } from '../zod.ts';
import { DOMAINS, type Domain } from '../home/model.ts';
import { FORBIDDEN_KEYS } from '../sharing/safeKeys.ts';
import type { ShareKind } from '../sharing/read.ts';
import { routineSchema, type Routine } from './model.ts';

export const SHARED_FORMAT = 'teachable-home/routine';
export const SHARED_VERSION = 1;

/** Where a shared link leads, in the app. */
export const IMPORT_PATH = '/routines/import';
/** The hash parameter that carries a routine: `#routine=<data>`. */
export const LINK_PARAM = 'routine';

/**
 * 200 kB of text. The largest routine the model allows (10 triggers, 10 conditions, 30 actions
 * with long texts, 50 devices) is a fraction of this; anything bigger is not a routine.
 */
export const MAX_SHARED_CHARS = 200_000;

/** The routine as the shared reader knows it (sharing/read.ts). */
export const ROUTINE_SHARE: ShareKind = {
  noun: 'routine',
  format: SHARED_FORMAT,
  version: SHARED_VERSION,
  param: LINK_PARAM,
  importTitle: 'Import a routine',
  maxChars: MAX_SHARED_CHARS,
};

/** The part of a routine that travels: what it does, not where it lives. */
export type SharedRoutineBody = Omit<Routine, 'id' | 'createdAt' | 'updatedAt' | 'enabled'>;

/** A device as the sending home knew it: enough to find its counterpart here. */
export interface SharedDevice {
  name: string;
  domain: Domain;
  /** Its device_class ("door", "temperature", "tv"), when it has one. */
  deviceClass?: string;
  /** The name of its room in the sending home. */
  area?: string;
}

export interface SharedRoutine {
  format: typeof SHARED_FORMAT;
  version: typeof SHARED_VERSION;
  /** Simulated epoch ms of the sending home. */
  exportedAt: number;
  routine: SharedRoutineBody;
  /** Every device (and person) the routine refers to, by its id in the sending home. */
  devices: Record<string, SharedDevice>;
  /** Every room it refers to: id → name. */
  areas: Record<string, string>;
  /** Every routine it runs: id → name. */
  routines: Record<string, string>;
}

const name = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

// Ids that reach object prototypes when used to look something up in a plain object: refused as
// keys, so no lookup by a key from a file can ever find Object.prototype's members.
const key = (pattern = /./) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(120),
    z.regex(pattern),
    z.refine((k) => !FORBIDDEN_KEYS.has(k), 'is not an allowed name'),
  );

const sharedDeviceSchema = z.strictObject({
  name,
  domain: z.enum(DOMAINS as [Domain, ...Domain[]]),
  deviceClass: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
  area: z.optional(name),
});

export const sharedRoutineSchema: z.ZodMiniType<SharedRoutine> = z.strictObject({
  format: z.literal(SHARED_FORMAT),
  version: z.literal(SHARED_VERSION),
  exportedAt: z.number().check(z.minimum(0)),
  routine: z.omit(routineSchema, { id: true, createdAt: true, updatedAt: true, enabled: true }),
  devices: z.record(key(/^[a-z_]+\.[a-z0-9_]+$/), sharedDeviceSchema),
  areas: z.record(key(/^[a-z0-9_.-]+$/), name),
  routines: z.record(key(), name),
});

export { own } from '../sharing/safeKeys.ts';
