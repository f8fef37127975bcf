// Every blueprint, in the gallery's order (by category, then as listed). Adding a template is
// writing its file under templates/ and listing it here.
import { choresBlueprint } from './templates/chores.ts';
import { countdownBlueprint } from './templates/countdown.ts';
import { bedtimeBlueprint } from './templates/bedtime.ts';
import { dialoguesBlueprint } from './templates/dialogues.ts';
import { flashcardsBlueprint } from './templates/flashcards.ts';
import { babysitterBlueprint, houseguestBlueprint } from './templates/guides.ts';
import { qaBlueprint } from './templates/qa.ts';
import {
  complimentsBlueprint,
  funFactsBlueprint,
  jokesBlueprint,
} from './templates/randomLists.ts';
import { triviaBlueprint } from './templates/trivia.ts';
import { whoseTurnBlueprint } from './templates/whoseTurn.ts';
import {
  BLUEPRINT_CATEGORIES,
  type AnyBlueprint,
  type BlueprintCategory,
  type BlueprintId,
} from './types.ts';

export const BLUEPRINTS: readonly AnyBlueprint[] = [
  triviaBlueprint,
  jokesBlueprint,
  complimentsBlueprint,
  qaBlueprint,
  flashcardsBlueprint,
  funFactsBlueprint,
  whoseTurnBlueprint,
  houseguestBlueprint,
  babysitterBlueprint,
  choresBlueprint,
  countdownBlueprint,
  bedtimeBlueprint,
  dialoguesBlueprint,
];

const byId = new Map<BlueprintId, AnyBlueprint>(BLUEPRINTS.map((b) => [b.id, b]));

export function blueprintById(id: BlueprintId): AnyBlueprint {
  const found = byId.get(id);
  if (!found) throw new Error(`There is no blueprint “${id}”.`);
  return found;
}

/** The gallery: each category with its blueprints, in order. */
export function blueprintsByCategory(): {
  category: BlueprintCategory;
  blueprints: AnyBlueprint[];
}[] {
  return BLUEPRINT_CATEGORIES.map((category) => ({
    category,
    blueprints: BLUEPRINTS.filter((b) => b.category === category),
  }));
}
