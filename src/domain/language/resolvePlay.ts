// "play wow": which catalogue items the title means, and which one player plays it. A player said
// ("on the kitchen speaker", "in the bedroom") is the one; otherwise the player in the room the
// person speaks from, else the one playing (or paused) elsewhere, else the only one, else the
// assistant asks which — one title goes to one player unless several were asked for.
import type { Entity } from '../home/model.ts';
import type { Capture } from './grammar/match.ts';
import type { TitleCapture } from './mediaTitles.ts';
import type { Resolved } from './resolve.ts';
import type { DeviceCapture, NameCapture } from './slots.ts';
import type { InterpretContext } from './types.ts';

/** Slots that say where or on what to play. */
const PLACE_SLOTS = new Set(['name', 'area', 'floor', 'here', 'everywhere', 'pronoun', 'device']);

/** One player among several: the one playing, else the one paused; undefined if that's no help. */
function busiest(players: readonly Entity[]): Entity | undefined {
  for (const state of ['playing', 'paused']) {
    const found = players.filter((e) => e.state === state);
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** The players a request for several means: of the kind said, in the room or floor said. */
function everyPlayer(captures: readonly Capture[], context: InterpretContext): Entity[] {
  const { home } = context;
  const get = <T>(slot: string) => captures.find((c) => c.slot === slot)?.value as T | undefined;
  const device = get<DeviceCapture>('device');
  const area = get<NameCapture>('area');
  const floor = get<NameCapture>('floor');
  const floorAreas = floor
    ? home.areas.filter((a) => a.floor && floor.ids.includes(a.floor)).map((a) => a.id)
    : undefined;
  const areas = area?.ids ?? floorAreas;
  const fits = (e: Entity) =>
    !device ||
    device.kinds.length === 0 ||
    device.kinds.some(
      (k) =>
        k.domain === e.domain &&
        (k.device_class === undefined ||
          (e.domain === 'media_player' && e.attributes.device_class === k.device_class)),
    );
  return home.entities.filter(
    (e) =>
      e.domain === 'media_player' &&
      fits(e) &&
      (!areas || (e.area !== undefined && areas.includes(e.area))),
  );
}

export function resolvePlay(
  resolved: Resolved,
  captures: readonly Capture[],
  context: InterpretContext,
): Resolved {
  const { interpretation, found } = resolved;
  const title = captures.find((c) => c.slot === 'search_query');
  if (title?.list !== 'title') {
    // "play despacito": no title of the catalogue. Not a request to play nothing, and not a
    // guess at another title: Unknown, with the words kept so the reply can say what there is.
    // (Read through {any:unknown}, so a reading of known words, typos corrected, still wins.)
    const said = captures.find((c) => c.slot === 'unknown')?.value;
    return {
      interpretation: {
        text: interpretation.text,
        intent: 'Unknown',
        slots: { search_query: typeof said === 'string' ? said : '' },
        targets: [],
      },
      found: false,
      penalty: resolved.penalty,
    };
  }
  const value = title.value as TitleCapture;
  interpretation.media = [...value.ids];
  interpretation.slots.search_query = value.said;
  const { home } = context;
  const byId = (id: string) => home.entities.find((e) => e.id === id);
  const targets = interpretation.targets.flatMap((id) => byId(id) ?? []);
  const said = captures.filter((c) => PLACE_SLOTS.has(c.slot));
  const many =
    captures.some((c) => c.slot === 'everywhere' || c.slot === 'quant') ||
    said.some((c) => c.slot === 'device' && (c.value as DeviceCapture).plural);
  if (many) {
    // "everywhere", "on all the speakers": every player of the kind said, where it was said.
    const every = everyPlayer(captures, context);
    if (every.length > 0) interpretation.targets = every.map((e) => e.id);
    return { ...resolved, found: found || every.length > 0 };
  }
  if (interpretation.ambiguous) return resolved;
  const fromContext = interpretation.fromContext ?? [];
  const implied = said.length === 0 && !fromContext.includes('targets');
  // Several players where the person said: the one playing, else paused; else ask. Nothing
  // said: the room's player, else the one playing or paused anywhere, or the only one; else ask.
  const all = home.entities.filter((e) => e.domain === 'media_player');
  const local = all.filter((e) => context.area !== undefined && e.area === context.area);
  const players = !implied ? targets : local.length > 0 ? local : all;
  if (players.length === 0) return resolved;
  const chosen = players.length === 1 ? players[0] : busiest(players);
  if (implied) {
    delete interpretation.slots.area;
    const room = home.areas.find((a) => a.id === context.area);
    if (chosen && room && chosen.area === room.id) interpretation.slots.area = room.name;
    else if (chosen) {
      // Not the speaker's room: the reply and "Why?" say which player and why.
      const rest = fromContext.filter((f) => f !== 'area');
      if (rest.length > 0) interpretation.fromContext = rest;
      else delete interpretation.fromContext;
    }
  }
  if (chosen) {
    interpretation.targets = [chosen.id];
    return { ...resolved, found: true };
  }
  interpretation.targets = players.map((e) => e.id);
  interpretation.ambiguous = players.map((e) => e.id);
  return resolved;
}
