// "play wow on the kitchen speaker": the version of the title to play — the person's preferred
// one first (learning/preferences), else the catalogue's first — played on the player the words
// meant, and said: "Playing Wow by Post Malone on the Kitchen speaker." "Why?" says which version
// and why. A title the catalogue doesn't have gets what it does have instead.
import { CATALOGUE, mediaItem, type MediaItem, type MediaKind } from '../home/catalogue.ts';
import type { Entity } from '../home/model.ts';
import type { Interpretation } from '../language/types.ts';
import { editDistance } from '../language/slots.ts';
import { describe, titleKey } from '../learning/preferences/alternatives.ts';
import { chooseWithPreference, playingPreferredWords } from '../learning/preferences/prefer.ts';
import type { Preference } from '../learning/preferences/types.ts';
import { taughtWhen } from '../teaching/words.ts';
import { act } from './act.ts';
import { playMediaPlan } from './commandsFor.ts';
import { noTarget } from './failures.ts';
import { saying, type PartContext, type PartResult } from './part.ts';
import { areaById } from './places.ts';
import { curly, joinList, theName } from './words.ts';

const isPlayer = (e: Entity) => e.domain === 'media_player';

const KIND_NAMES: Partial<Record<MediaKind, string>> = {
  song: 'songs',
  episode: 'shows',
  movie: 'films',
  radio: 'radio',
};

/** "songs like “Wow” and “Running Up That Hill”, shows like “Planet of Forests” …" */
function whatIHave(): string {
  const groups = Object.entries(KIND_NAMES).map(([kind, name]) => {
    const titles = [...new Set(CATALOGUE.filter((i) => i.kind === kind).map((i) => i.title))].slice(
      0,
      kind === 'song' ? 2 : 1,
    );
    return `${name} like ${joinList(titles.map(curly))}`;
  });
  return joinList(groups);
}

/** Titles within a typo or two of what was said ("cloudbustin"). */
function near(said: string): string[] {
  const key = titleKey(said);
  if (key.length < 4) return [];
  const max = key.length >= 8 ? 2 : 1;
  const titles = [...new Set(CATALOGUE.map((i) => i.title))];
  return titles.filter((t) => editDistance(key, titleKey(t), max) <= max);
}

/** "I can't find “despacito” in the music and shows I have. I have songs like …" */
export function notInCatalogue(said: string): string {
  if (said.trim() === '')
    return `Tell me what to play, for example ${curly('play Clair de Lune')}.`;
  const close = near(said);
  const meant = close.length > 0 ? ` Did you mean ${joinList(close.map(curly), 'or')}?` : '';
  return `I can't find ${curly(said)} in the music and shows I have.${meant || ` I have ${whatIHave()}.`}`;
}

/** For "Why?": which version, and why that one. */
function versionNote(
  versions: readonly MediaItem[],
  item: MediaItem,
  preference: Preference | undefined,
  context: PartContext,
): string | undefined {
  const all = CATALOGUE.filter((i) => titleKey(i.title) === titleKey(item.title));
  if (all.length < 2) return undefined;
  const title = curly(item.title);
  if (preference) {
    const last = preference.evidence.at(-1);
    const when = last
      ? ` ${taughtWhen({ taughtAt: last.at }, context.input.timeZone ?? 'UTC', context.input.now)}`
      : '';
    const said = last ? ` (you said ${curly(last.said)}${when})` : '';
    return `${title} has ${all.length} versions; I played ${describe(item)} because you preferred it${said}.`;
  }
  if (versions.length === 1)
    return `${title} has ${all.length} versions; you asked for ${describe(item)}.`;
  return `${title} has ${all.length} versions: ${joinList(all.map(describe))}. I played the first; say ${curly('the other one')} to switch.`;
}

/** Why this player, when the person named none and it isn't in their room. */
function playerNote(
  part: Interpretation,
  context: PartContext,
  player: Entity,
): string | undefined {
  const { input, home } = context;
  const { name, area, floor } = part.slots;
  if (name !== undefined || area !== undefined || floor !== undefined) return undefined;
  if (player.area === input.area || part.fromContext?.includes('targets')) return undefined;
  const room = areaById(home, input.area);
  const why =
    player.state === 'playing'
      ? 'it was playing'
      : player.state === 'paused'
        ? 'it was paused'
        : 'it is the only one';
  return `${room ? `There is no TV or speaker in the ${room.name}, so ` : ''}I used ${theName(player)}: ${why}.`;
}

export function playTitle(
  part: Interpretation,
  context: PartContext,
  entities: Entity[],
): PartResult {
  const { input, home } = context;
  const versions = (part.media ?? []).flatMap((id) => mediaItem(id) ?? []);
  if (versions.length === 0)
    return saying(context, 'failed', [notInCatalogue(part.slots.search_query ?? '')]);
  const players = entities.filter(isPlayer);
  if (players.length === 0)
    return saying(context, 'failed', [noTarget(part, home, input.area, isPlayer)]);
  const prefs = input.learning?.state.preferences ?? [];
  const { ordered, preference } = chooseWithPreference(versions, prefs);
  const item = ordered[0]!;
  const decided = versions.length > 1 ? preference : undefined;
  const notes = [
    versionNote(versions, item, decided, context),
    playerNote(part, context, players[0]!),
  ];
  const result = act(part, context, playMediaPlan(item.id), players);
  const clean = result.outcome === 'acted' && (result.execution?.errors.length ?? 0) === 0;
  // The preference decided: the reply says so ("— you preferred that one last time").
  const sentences =
    decided && clean && players.length === 1
      ? [
          {
            text: playingPreferredWords(item, theName(players[0]!)).replace(/\.$/, ''),
            verbFirst: false,
          },
        ]
      : result.sentences;
  return {
    ...result,
    sentences,
    notes: [...result.notes, ...notes.filter((n) => n !== undefined)],
  };
}
