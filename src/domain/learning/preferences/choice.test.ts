import { describe, expect, it } from 'vitest';
import { mediaItem } from '../../home/catalogue.ts';
import { alternativesFor } from './alternatives.ts';
import { correctChoice, mediaChoiceFor } from './choice.ts';
import { chooseWithPreference, playingPreferredWords } from './prefer.ts';
import { mediaChoiceSchema, type Preference } from './types.ts';

const SPEAKER = 'media_player.kitchen_speaker';
const T0 = Date.UTC(2026, 2, 3, 18, 0);
const item = (id: string) => mediaItem(id)!;

describe('mediaChoiceFor', () => {
  it('remembers a title with versions, with every version', () => {
    const choice = mediaChoiceFor(SPEAKER, item('song.wow_post_malone'), T0);
    expect(choice).toEqual({
      entityId: SPEAKER,
      key: 'wow',
      chosen: 'song.wow_post_malone',
      alternatives: ['song.wow_kate_bush', 'song.wow_post_malone'],
      at: T0,
    });
    expect(mediaChoiceSchema.safeParse(choice).success).toBe(true);
  });

  it('nothing for a title with one version', () => {
    expect(mediaChoiceFor(SPEAKER, item('song.something'), T0)).toBeUndefined();
  });
});

describe('correctChoice: the whole round', () => {
  it('"no, the Kate Bush one" plays it, remembers it, and the next "Wow" starts with it', () => {
    const choice = mediaChoiceFor(SPEAKER, item('song.wow_post_malone'), T0)!;
    const fixed = correctChoice(choice, 'no, the Kate Bush one', [], T0 + 5000)!;
    expect(fixed.item.id).toBe('song.wow_kate_bush');
    expect(fixed.entityId).toBe(SPEAKER);
    expect(fixed.already).toBe(false);
    expect(fixed.reply).toBe("OK, Wow by Kate Bush. I'll play that one next time you ask for Wow.");
    const next = chooseWithPreference(alternativesFor('Wow'), fixed.prefs);
    expect(next.ordered[0]!.id).toBe('song.wow_kate_bush');
    expect(playingPreferredWords(next.ordered[0]!)).toBe(
      'Playing Wow by Kate Bush — you preferred that one last time.',
    );
  });

  it('words that are not a correction leave everything as it was', () => {
    const choice = mediaChoiceFor(SPEAKER, item('song.wow_post_malone'), T0)!;
    expect(correctChoice(choice, 'no, the Beatles one', [], T0)).toBeUndefined();
    expect(correctChoice(choice, 'turn on the lights', [], T0)).toBeUndefined();
  });

  it('naming the version already playing confirms it', () => {
    const choice = mediaChoiceFor(SPEAKER, item('song.wow_kate_bush'), T0)!;
    const same = correctChoice(choice, 'I meant the Kate Bush one', [], T0)!;
    expect(same.already).toBe(true);
    expect(same.reply).toBe(
      "That is Wow by Kate Bush. I'll keep playing that one when you ask for Wow.",
    );
    expect(same.prefs.map((p) => p.choice)).toEqual(['song.wow_kate_bush']);
  });

  it('with learning paused it plays the version but remembers nothing', () => {
    const choice = mediaChoiceFor(SPEAKER, item('song.wow_kate_bush'), T0)!;
    const kept: Preference[] = [];
    const fixed = correctChoice(choice, 'the other one', kept, T0, false)!;
    expect(fixed.item.id).toBe('song.wow_post_malone');
    expect(fixed.prefs).toEqual([]);
    expect(fixed.reply).toBe('OK, Wow by Post Malone.');
  });
});
