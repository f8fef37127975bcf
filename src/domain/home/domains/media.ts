// TVs and speakers playing from the built-in catalogue.
//
// The player keeps what is loaded (media_id, media_position) and what comes next (queue). There is
// no play history: "previous" restarts the current item when more than 5 s of it has played, as
// players do, and otherwise steps back to the item before it in its album or series (putting the
// current item back at the front of the queue). An item with nothing before it restarts.
import { CATALOGUE, describeMedia, followingItems, mediaItem } from '../catalogue.ts';
import type { MediaEntity } from '../model.ts';
import {
  checkRange,
  checkStep,
  clamp,
  fail,
  ok,
  PERCENT,
  show,
  type DomainHandler,
  type Outcome,
} from './common.ts';

const VOLUME = { label: 'Volume', ...PERCENT, unit: '%' };
/** Past this many seconds into an item, "previous" restarts it instead of going back. */
export const RESTART_AFTER_SECONDS = 5;

type Attributes = MediaEntity['attributes'];
type State = MediaEntity['state'];

const withState = (
  player: MediaEntity,
  state: State,
  changes: Partial<Attributes> = {},
): MediaEntity => ({
  ...player,
  state,
  attributes: { ...player.attributes, ...changes },
});

const title = (id: string | undefined): string => {
  const item = mediaItem(id);
  return item ? `“${describeMedia(item)}”` : 'that';
};

function turnOn(player: MediaEntity): MediaEntity {
  if (player.state !== 'off') return player;
  return withState(player, player.attributes.media_id !== undefined ? 'paused' : 'idle');
}

function play(player: MediaEntity): Outcome<MediaEntity> {
  if (player.attributes.media_id !== undefined) return ok(withState(player, 'playing'));
  const [first, ...rest] = player.attributes.queue;
  if (first === undefined) {
    return fail(`${player.name} has nothing to play; choose something from the catalogue first.`);
  }
  return ok(withState(player, 'playing', { media_id: first, media_position: 0, queue: rest }));
}

function precedingItem(id: string): string | undefined {
  const album = mediaItem(id)?.album;
  if (album === undefined) return undefined;
  const items = CATALOGUE.filter((item) => item.album === album);
  const at = items.findIndex((item) => item.id === id);
  return at > 0 ? items[at - 1]?.id : undefined;
}

/** Skipping keeps a playing player playing and a paused one paused; an idle one becomes paused. */
const afterSkip = (player: MediaEntity): State =>
  player.state === 'playing' ? 'playing' : 'paused';

function next(player: MediaEntity): Outcome<MediaEntity> {
  if (player.state === 'off') return fail(`${player.name} is off; turn it on first.`);
  const [following, ...rest] = player.attributes.queue;
  if (following === undefined) {
    const current = player.attributes.media_id;
    return fail(
      current === undefined
        ? `Nothing is queued on ${player.name}.`
        : `There is nothing after ${title(current)} on ${player.name}.`,
    );
  }
  return ok(
    withState(player, afterSkip(player), { media_id: following, media_position: 0, queue: rest }),
  );
}

function previous(player: MediaEntity): Outcome<MediaEntity> {
  if (player.state === 'off') return fail(`${player.name} is off; turn it on first.`);
  const current = player.attributes.media_id;
  if (current === undefined) return fail(`Nothing is playing on ${player.name}.`);
  const before =
    player.attributes.media_position > RESTART_AFTER_SECONDS ? undefined : precedingItem(current);
  if (before === undefined) return ok(withState(player, player.state, { media_position: 0 }));
  return ok(
    withState(player, afterSkip(player), {
      media_id: before,
      media_position: 0,
      queue: [current, ...player.attributes.queue],
    }),
  );
}

function playMedia(player: MediaEntity, mediaId: unknown): Outcome<MediaEntity> {
  if (typeof mediaId !== 'string' || mediaItem(mediaId) === undefined) {
    return fail(`There is nothing with the id ${show(mediaId)} in the media catalogue.`);
  }
  return ok(
    withState(player, 'playing', {
      media_id: mediaId,
      media_position: 0,
      queue: followingItems(mediaId),
    }),
  );
}

export const mediaHandler: DomainHandler<MediaEntity> = {
  apply(player, command) {
    switch (command.type) {
      case 'turn_on':
        return ok(turnOn(player));
      case 'turn_off':
        return ok(withState(player, 'off'));
      case 'toggle':
        return ok(player.state === 'off' ? turnOn(player) : withState(player, 'off'));
      case 'play':
        return play(player);
      case 'pause':
        // Pausing what isn't playing is harmless: nothing to do, and nothing to complain about.
        return ok(player.state === 'playing' ? withState(player, 'paused') : player);
      case 'next':
        return next(player);
      case 'previous':
        return previous(player);
      case 'set_volume': {
        const error = checkRange(command.volume, VOLUME);
        return error
          ? fail(error)
          : ok(withState(player, player.state, { volume: command.volume }));
      }
      case 'adjust_volume': {
        const error = checkStep(command.by, VOLUME);
        if (error) return fail(error);
        return ok(
          withState(player, player.state, {
            volume: clamp(player.attributes.volume + command.by, PERCENT),
          }),
        );
      }
      case 'mute':
        return ok(withState(player, player.state, { muted: true }));
      case 'unmute':
        return ok(withState(player, player.state, { muted: false }));
      case 'play_media':
        return playMedia(player, command.mediaId);
      default:
        return fail(`${player.name} can't do that.`);
    }
  },
};
