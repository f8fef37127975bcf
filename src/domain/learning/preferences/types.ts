// Personal preferences among alternatives (issue 8): some titles of the media catalogue exist in
// several versions (two songs called "Wow"); when a person corrects a choice ("no, the Kate Bush
// one"), that version is preferred the next time the title is asked for. One zod definition
// serves the domain, storage, backups and the "Things I've learned" page.
import { z } from '../../zod.ts';

/** Evidence kept per preference: the newest corrections, enough to show "when" on the page. */
export const MAX_EVIDENCE = 10;
/** One per ambiguous title; the catalogue has a handful, so this only guards against junk. */
export const MAX_PREFERENCES = 500;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const said = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));
const time = z.number().check(z.minimum(0));

/** One correction that taught the preference: when, and the words. */
export interface PreferenceEvidence {
  /** Simulated epoch ms. */
  at: number;
  said: string;
}

export interface Preference {
  /** Stable per title (`media:<key>`): one preference per ambiguous title. */
  id: string;
  /** What was ambiguous: the normalized title ("wow"), see `titleKey`. */
  key: string;
  /** The catalogue id chosen ("song.wow_kate_bush"). */
  choice: string;
  /** The choice in words, kept so the page can show it even if the catalogue changes. */
  label: string;
  createdAt: number;
  /** When the preference last decided what to play. */
  lastUsedAt?: number;
  /** Newest last, at most MAX_EVIDENCE. */
  evidence: PreferenceEvidence[];
}

export const preferenceEvidenceSchema = z.strictObject({ at: time, said });

export const preferenceSchema: z.ZodMiniType<Preference> = z.strictObject({
  id,
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  choice: id,
  label: z.string().check(z.minLength(1), z.maxLength(300)),
  createdAt: time,
  lastUsedAt: z.optional(time),
  evidence: z.array(preferenceEvidenceSchema).check(z.minLength(1), z.maxLength(MAX_EVIDENCE)),
});

export const preferencesSchema = z.array(preferenceSchema).check(z.maxLength(MAX_PREFERENCES));

/**
 * What a turn that played something from the catalogue leaves for the next turn, so that
 * "no, the Kate Bush one" can be read against it. Kept only when the title had alternatives.
 */
export interface MediaChoice {
  /** The player it went to. */
  entityId: string;
  /** The normalized title asked for ("wow"). */
  key: string;
  /** The catalogue id played. */
  chosen: string;
  /** Every version of the title, the chosen one included, by catalogue id. */
  alternatives: string[];
  /** Simulated epoch ms of the turn. */
  at: number;
}

export const mediaChoiceSchema: z.ZodMiniType<MediaChoice> = z.strictObject({
  entityId: id,
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  chosen: id,
  alternatives: z.array(id).check(z.minLength(2), z.maxLength(50)),
  at: time,
});
