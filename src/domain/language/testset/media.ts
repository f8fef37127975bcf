// Volume, mute and playback: the TV in the living room (paused) and the speaker in the kitchen
// (playing jazz).
import { SPEAKER, TV } from './ids.ts';
import type { TestCase } from './types.ts';

const up = { direction: 'up' } as const;
const down = { direction: 'down' } as const;

export const MEDIA: readonly TestCase[] = [
  {
    text: 'louder',
    area: 'kitchen',
    expect: { intent: 'MediaAdjustVolume', slots: up, targets: [SPEAKER] },
  },
  {
    text: 'quieter please',
    area: 'living_room',
    expect: { intent: 'MediaAdjustVolume', slots: down, targets: [TV] },
  },
  { text: 'turn the tv up', expect: { intent: 'MediaAdjustVolume', slots: up, targets: [TV] } },
  {
    text: 'turn down the music',
    area: 'kitchen',
    expect: { intent: 'MediaAdjustVolume', slots: down, targets: [SPEAKER] },
  },
  {
    text: 'turn the volume down a lot',
    area: 'kitchen',
    expect: { intent: 'MediaAdjustVolume', slots: down, targets: [SPEAKER] },
  },
  {
    text: 'turn the volume up by 10',
    area: 'living_room',
    expect: { intent: 'MediaAdjustVolume', slots: { ...up, amount: 10 }, targets: [TV] },
  },
  {
    text: 'make the kitchen speaker louder',
    expect: { intent: 'MediaAdjustVolume', slots: up, targets: [SPEAKER] },
  },
  {
    text: 'make the telly quieter',
    expect: { intent: 'MediaAdjustVolume', slots: down, targets: [TV] },
  },
  {
    text: 'a bit louder',
    area: 'living_room',
    expect: { intent: 'MediaAdjustVolume', slots: up, targets: [TV] },
  },
  {
    text: 'volume up',
    area: 'kitchen',
    expect: { intent: 'MediaAdjustVolume', slots: up, targets: [SPEAKER] },
  },
  {
    text: 'volume down on the tv',
    expect: { intent: 'MediaAdjustVolume', slots: down, targets: [TV] },
  },
  {
    text: 'lower the volume of the kitchen speaker',
    expect: { intent: 'MediaAdjustVolume', slots: down, targets: [SPEAKER] },
  },
  {
    text: 'the music is too loud',
    area: 'kitchen',
    expect: { intent: 'MediaAdjustVolume', slots: down, targets: [SPEAKER] },
  },
  {
    text: "I can't hear the tv",
    expect: { intent: 'MediaAdjustVolume', slots: up, targets: [TV] },
  },
  {
    text: 'set the volume to 40',
    area: 'kitchen',
    expect: { intent: 'HassSetVolume', slots: { volume_level: 40 }, targets: [SPEAKER] },
  },
  {
    text: 'set the tv volume to 15 percent',
    expect: { intent: 'HassSetVolume', slots: { volume_level: 15 }, targets: [TV] },
  },
  {
    text: 'volume 20 on the kitchen speaker',
    expect: { intent: 'HassSetVolume', slots: { volume_level: 20 }, targets: [SPEAKER] },
  },
  {
    text: 'turn the tv volume to 35%',
    expect: { intent: 'HassSetVolume', slots: { volume_level: 35 }, targets: [TV] },
  },
  { text: 'mute the tv', expect: { intent: 'HassMediaMute', targets: [TV] } },
  { text: 'mute', area: 'kitchen', expect: { intent: 'HassMediaMute', targets: [SPEAKER] } },
  { text: 'unmute the kitchen speaker', expect: { intent: 'HassMediaUnmute', targets: [SPEAKER] } },
  { text: 'silence the television', expect: { intent: 'HassMediaMute', targets: [TV] } },
  { text: 'unmute the telly', expect: { intent: 'HassMediaUnmute', targets: [TV] } },
  {
    text: 'pause the music',
    expect: { intent: 'HassMediaPause', targets: [SPEAKER] },
    why: 'Only the speaker is playing.',
  },
  { text: 'pause', area: 'kitchen', expect: { intent: 'HassMediaPause', targets: [SPEAKER] } },
  {
    text: 'stop the music',
    area: 'kitchen',
    expect: { intent: 'HassMediaPause', targets: [SPEAKER] },
  },
  { text: 'resume the tv', expect: { intent: 'HassMediaUnpause', targets: [TV] } },
  {
    text: 'carry on playing',
    area: 'living_room',
    expect: { intent: 'HassMediaUnpause', targets: [TV] },
  },
  { text: 'resume', area: 'living_room', expect: { intent: 'HassMediaUnpause', targets: [TV] } },
  { text: 'next song', area: 'kitchen', expect: { intent: 'HassMediaNext', targets: [SPEAKER] } },
  {
    text: 'skip this track',
    area: 'kitchen',
    expect: { intent: 'HassMediaNext', targets: [SPEAKER] },
  },
  { text: 'play the next episode on the tv', expect: { intent: 'HassMediaNext', targets: [TV] } },
  {
    text: 'play the previous song',
    area: 'kitchen',
    expect: { intent: 'HassMediaPrevious', targets: [SPEAKER] },
  },
  {
    text: 'go back a track on the kitchen speaker',
    expect: { intent: 'HassMediaPrevious', targets: [SPEAKER] },
  },
  { text: 'turn off the tv', expect: { intent: 'HassTurnOff', targets: [TV] } },
  { text: 'switch the telly on', expect: { intent: 'HassTurnOn', targets: [TV] } },
];
