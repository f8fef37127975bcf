import { describe, it } from 'vitest';
import type { MediaEntity } from '../model.ts';
import { makeMedia } from '../testing.ts';
import { expectRow, type Row } from './expectRow.ts';

const off = makeMedia();
const idle = makeMedia({ state: 'idle' });
const loadedOff = makeMedia({ attributes: { media_id: 'song.wow_kate_bush', media_position: 12 } });
const queuedOnly = makeMedia({
  state: 'idle',
  attributes: { queue: ['song.something', 'song.come_together'] },
});
const hounds = ['song.hounds_of_love', 'song.cloudbusting'];
const playing = makeMedia({
  state: 'playing',
  attributes: { media_id: 'song.running_up_that_hill', media_position: 30, queue: hounds },
});
const paused = makeMedia({
  state: 'paused',
  attributes: { media_id: 'song.running_up_that_hill', media_position: 30, queue: hounds },
});
const secondJustStarted = makeMedia({
  state: 'playing',
  attributes: { media_id: 'song.hounds_of_love', media_position: 3, queue: ['song.cloudbusting'] },
});
const firstJustStarted = makeMedia({
  state: 'playing',
  attributes: { media_id: 'song.running_up_that_hill', media_position: 2, queue: hounds },
});
const lastOne = makeMedia({
  state: 'playing',
  attributes: { media_id: 'song.cloudbusting', media_position: 100, queue: [] },
});
const muted = makeMedia({ state: 'idle', attributes: { muted: true } });

// prettier-ignore
const rows: Row<MediaEntity>[] = [
  ['turn_on with nothing loaded is idle', off, { type: 'turn_on' }, { state: 'idle' }],
  ['turn_on with something loaded is paused', loadedOff, { type: 'turn_on' }, { state: 'paused', attributes: { media_id: 'song.wow_kate_bush' } }],
  ['turn_on when on is a no-op', playing, { type: 'turn_on' }, { state: 'playing', noop: true }],
  ['turn_off keeps what is loaded', playing, { type: 'turn_off' }, { state: 'off', attributes: { media_id: 'song.running_up_that_hill' } }],
  ['toggle on', off, { type: 'toggle' }, { state: 'idle' }],
  ['toggle off', paused, { type: 'toggle' }, { state: 'off' }],
  ['play with nothing loaded or queued', off, { type: 'play' }, { error: 'Kitchen speaker has nothing to play; choose something from the catalogue first.' }],
  ['play takes the first queued item', queuedOnly, { type: 'play' }, { state: 'playing', attributes: { media_id: 'song.something', media_position: 0, queue: ['song.come_together'] } }],
  ['play resumes', paused, { type: 'play' }, { state: 'playing', attributes: { media_position: 30 } }],
  ['play turns an off player on', loadedOff, { type: 'play' }, { state: 'playing' }],
  ['play when playing is a no-op', playing, { type: 'play' }, { noop: true }],
  ['pause', playing, { type: 'pause' }, { state: 'paused' }],
  ['pause when off is a no-op', off, { type: 'pause' }, { state: 'off', noop: true }],
  ['next plays the next queued item', playing, { type: 'next' }, { state: 'playing', attributes: { media_id: 'song.hounds_of_love', media_position: 0, queue: ['song.cloudbusting'] } }],
  ['next while paused stays paused', paused, { type: 'next' }, { state: 'paused', attributes: { media_id: 'song.hounds_of_love' } }],
  ['next at the end of the queue', lastOne, { type: 'next' }, { error: 'There is nothing after “Cloudbusting by Kate Bush” on Kitchen speaker.' }],
  ['next with nothing at all', idle, { type: 'next' }, { error: 'Nothing is queued on Kitchen speaker.' }],
  ['next when off', loadedOff, { type: 'next' }, { error: 'Kitchen speaker is off; turn it on first.' }],
  ['previous after 5 s restarts the item', playing, { type: 'previous' }, { state: 'playing', attributes: { media_id: 'song.running_up_that_hill', media_position: 0, queue: hounds } }],
  ['previous early steps back in the album', secondJustStarted, { type: 'previous' }, { state: 'playing', attributes: { media_id: 'song.running_up_that_hill', media_position: 0, queue: hounds } }],
  ['previous on the first of an album restarts it', firstJustStarted, { type: 'previous' }, { attributes: { media_id: 'song.running_up_that_hill', media_position: 0 } }],
  ['previous with nothing loaded', idle, { type: 'previous' }, { error: 'Nothing is playing on Kitchen speaker.' }],
  ['set_volume', idle, { type: 'set_volume', volume: 55 }, { attributes: { volume: 55 } }],
  ['set_volume 101', idle, { type: 'set_volume', volume: 101 }, { error: 'Volume must be between 0 and 100 %; 101 is out of range.' }],
  ['set_volume NaN', idle, { type: 'set_volume', volume: NaN }, { error: 'Volume must be a number between 0 and 100 %; NaN is not a number.' }],
  ['adjust_volume clamps at 100', idle, { type: 'adjust_volume', by: 80 }, { attributes: { volume: 100 } }],
  ['adjust_volume clamps at 0', idle, { type: 'adjust_volume', by: -50 }, { attributes: { volume: 0 } }],
  ['mute', idle, { type: 'mute' }, { attributes: { muted: true } }],
  ['mute when muted is a no-op', muted, { type: 'mute' }, { noop: true }],
  ['unmute', muted, { type: 'unmute' }, { attributes: { muted: false } }],
  ['play_media queues the rest of the album', off, { type: 'play_media', mediaId: 'song.here_comes_the_sun' }, { state: 'playing', attributes: { media_id: 'song.here_comes_the_sun', media_position: 0, queue: ['song.something', 'song.come_together'] } }],
  ['play_media of a single', playing, { type: 'play_media', mediaId: 'song.wow_post_malone' }, { state: 'playing', attributes: { media_id: 'song.wow_post_malone', queue: [] } }],
  ['play_media with an unknown id', idle, { type: 'play_media', mediaId: 'song.nope' }, { error: "There is nothing with the id 'song.nope' in the media catalogue." }],
  ['lock is not a speaker command', idle, { type: 'lock' }, { error: "Kitchen speaker is a speaker; it can't be locked." }],
];

describe('media player commands', () => {
  it.each(rows)('%s', (_label, entity, command, expected) => expectRow(entity, command, expected));
});
