// Resolving a setting said as a word ("set the bedroom lamp to study mode", intent ApplyConcept):
// which taught concept it is — a word taught for lights and for thermostats is picked by the
// device named —, which of the devices meant it applies to (those of the concept's kind), and
// what to report when it fits none of them or nobody taught it yet, so the reply can say so or
// ask what it means.
import type { Entity } from '../home/model.ts';
import type { Concept } from '../teaching/model.ts';
import { CONCEPT_DOMAINS } from '../teaching/model.ts';
import { conceptIndex, nearestConcept, type ConceptValue } from './concepts.ts';
import { nameTokens } from './normalize.ts';
import type { ConceptCapture } from './slots.ts';
import type { Correction, InterpretContext } from './types.ts';

/** The setting a reading is about: a taught concept, or the words of one nobody taught. */
export interface MeantSetting {
  value?: ConceptValue;
  /** The words as said, when no concept has them. */
  word: string;
  corrections: Correction[];
}

/**
 * The setting meant: the concept the grammar read, the one an unknown setting was a typo of
 * ("stduy mode"), or the one the previous request applied ("and the kitchen too").
 */
export function meantSetting(
  said: ConceptCapture | undefined,
  setting: string | undefined,
  previousWord: string | undefined,
  context: InterpretContext,
): MeantSetting | undefined {
  if (said) return { value: said, word: said.word, corrections: [] };
  const words = setting ?? previousWord;
  if (words === undefined) return undefined;
  const concepts = context.taught?.concepts;
  if (concepts && concepts.length > 0) {
    const index = conceptIndex(concepts);
    const near = nearestConcept(index, nameTokens(words));
    if (near) return { value: near.value, word: words, corrections: near.corrections };
  }
  return { word: words, corrections: [] };
}

/** The kinds of device a setting can be for: its concepts' kinds, or any a concept may have. */
export function settingDomains(meant: MeantSetting): readonly string[] {
  if (!meant.value) return CONCEPT_DOMAINS;
  return [...new Set(meant.value.concepts.map((c) => c.domain))];
}

export interface AppliedSetting {
  targets: Entity[];
  /** The concept applied; undefined when nobody taught this setting. */
  concept?: Concept;
  /** The word for the slot: as taught, or as said when untaught. */
  word: string;
  /** The setting is untaught, or fits none of the devices meant. */
  unresolved: boolean;
}

/** Domains to prefer when an untaught setting is said of a room with several kinds of device. */
const PREFERRED = ['light', 'cover', 'climate', 'media_player', 'fan'];

/**
 * The devices the setting applies to. `named` says whether the request named devices or a place
 * (or inherited them): then finding none of the concept's kind is worth saying.
 */
export function applySetting(
  meant: MeantSetting,
  found: readonly Entity[],
  named: boolean,
): AppliedSetting {
  const candidates = found.filter((e) => (CONCEPT_DOMAINS as readonly string[]).includes(e.domain));
  if (!meant.value) {
    // Nobody taught it: the devices as meant, of one kind, so the question can be about them.
    const domain = PREFERRED.find((d) => candidates.some((e) => e.domain === d));
    const targets = candidates.filter((e) => e.domain === domain);
    return { targets, word: meant.word, unresolved: true };
  }
  const concepts = meant.value.concepts;
  // A word taught for several kinds: the kind of the devices meant decides.
  const chosen = concepts.find((c) => candidates.some((e) => e.domain === c.domain));
  const concept = chosen ?? concepts[0]!;
  return {
    targets: chosen ? candidates.filter((e) => e.domain === chosen.domain) : [],
    concept,
    word: concept.word,
    unresolved: !chosen && named,
  };
}
