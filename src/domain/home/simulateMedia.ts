// The media process: a playing item advances; at its end the next item of the queue starts, and
// at the end of the queue the player falls idle. Positions are kept in whole milliseconds so that
// the moment an item ends does not depend on how time was stepped.
import type { Happening, Stepped } from './simulateStep.ts';
import { unchanged } from './simulateStep.ts';
import { mediaItem } from './catalogue.ts';
import type { MediaEntity } from './model.ts';

/** The model's ceiling for media_position; endless streams stop counting there. */
const MAX_POSITION_MS = 24 * 3600 * 1000;

/** Length of an item in ms; 0 = endless (radio, or an item the catalogue does not know). */
function lengthMs(id: string | undefined): number {
  return (mediaItem(id)?.duration ?? 0) * 1000;
}

export function stepMedia(entity: MediaEntity, from: number, to: number): Stepped<MediaEntity> {
  if (entity.state !== 'playing') return unchanged(entity);
  const happenings: Happening[] = [];
  let mediaId = entity.attributes.media_id;
  let queue = entity.attributes.queue;
  let positionMs = Math.round(entity.attributes.media_position * 1000);
  let state: MediaEntity['state'] = 'playing';
  let t = from;

  // Each pass ends one item; the queue is at most 500 items, so this ends.
  for (;;) {
    const length = lengthMs(mediaId);
    if (length === 0) {
      positionMs = Math.min(MAX_POSITION_MS, positionMs + (to - t));
      break;
    }
    const left = Math.max(0, length - positionMs);
    if (left > to - t) {
      positionMs += to - t;
      break;
    }
    t += left;
    const [next, ...rest] = queue;
    if (next === undefined) {
      happenings.push({
        at: t,
        changes: [
          { key: 'state', from: 'playing', to: 'idle' },
          { key: 'media_id', from: mediaId ?? null, to: null },
        ],
      });
      state = 'idle';
      mediaId = undefined;
      positionMs = 0;
      break;
    }
    happenings.push({ at: t, changes: [{ key: 'media_id', from: mediaId ?? null, to: next }] });
    mediaId = next;
    queue = rest;
    positionMs = 0;
  }

  const position = positionMs / 1000;
  if (happenings.length === 0 && position === entity.attributes.media_position)
    return unchanged(entity);
  const { media_id: _previous, ...rest } = entity.attributes;
  return {
    entity: {
      ...entity,
      state,
      attributes: {
        ...rest,
        ...(mediaId === undefined ? {} : { media_id: mediaId }),
        media_position: position,
        queue,
      },
    },
    happenings,
  };
}
