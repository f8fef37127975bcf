// After a title with several versions was played ("Wow": Kate Bush's or Post Malone's), the next
// words may correct the choice — "no, the Kate Bush one", "the other one". The version meant is
// played on the same player, and the choice is remembered as a preference (unless learning is
// paused), so the next "play wow" starts with it. The choice stays in the dialogue state while
// it can still be corrected: a turn that played such a title sets it, every other turn drops it.
import { mediaItem } from '../home/catalogue.ts';
import type { Command } from '../home/commands.ts';
import { execute } from '../home/execute.ts';
import type { Interpretation } from '../language/types.ts';
import { describe } from '../learning/preferences/alternatives.ts';
import { correctChoice, mediaChoiceFor } from '../learning/preferences/choice.ts';
import { chooseWithPreference, used } from '../learning/preferences/prefer.ts';
import type { MediaChoice } from '../learning/preferences/types.ts';
import { changeLines } from './explain.ts';
import { plain } from './reply.ts';
import { REPHRASE_WINDOW_MS } from '../learning/types.ts';
import type { DialogueState, TurnInput, TurnResult } from './types.ts';
import { curly, theName } from './words.ts';
import { voiceCause } from './voiceCause.ts';

/** The dialogue state with the choice that may be corrected next, or without any. */
export function withMedia(state: DialogueState, choice: MediaChoice | undefined): DialogueState {
  const { media: _old, ...rest } = state;
  void _old;
  return choice ? { ...rest, media: choice } : rest;
}

/** Learning is on for this turn: there is a learning state and it is not paused. */
const learning = (input: TurnInput) =>
  input.learning && !input.learning.state.paused ? input.learning.state : undefined;

/** "no, the Kate Bush one" after a choice among versions: the version meant, played and learned. */
export function correctMediaTurn(input: TurnInput): TurnResult | undefined {
  const choice = input.state.media;
  // "The other one" hours later is not about that choice.
  if (!choice || input.now - choice.at > REPHRASE_WINDOW_MS) return undefined;
  const learned = learning(input);
  const prefs = input.learning?.state.preferences ?? [];
  const fixed = correctChoice(choice, input.text, prefs, input.now, learned !== undefined);
  const player = input.home.entities.find((e) => e.id === choice.entityId);
  const before = mediaItem(choice.chosen);
  if (!fixed || !player || !before) return undefined;
  const { item } = fixed;
  const cause = voiceCause(input);
  const commands: Command[] = fixed.already
    ? []
    : [{ entityId: player.id, type: 'play_media', mediaId: item.id }];
  const execution =
    commands.length > 0 ? execute(input.home, commands, cause, input.now) : undefined;
  const errors = execution?.errors.map((e) => plain(e.message).text) ?? [];
  const interpretation: Interpretation = {
    text: input.text,
    intent: 'HassMediaSearchAndPlay',
    slots: { search_query: item.title, name: player.name, domain: 'media_player' },
    targets: [player.id],
    media: [item.id],
    template: 'media_correction',
  };
  const reasons = [
    fixed.already
      ? `You named the version I was already playing: ${describe(item)}.`
      : `You corrected my choice: I had played ${describe(before)}, and ${curly(input.text.trim())} means ${describe(item)}.`,
    learned
      ? `I'll play ${describe(item)} next time you ask for ${item.title}.`
      : input.learning?.state.paused
        ? "Learning is paused, so I won't remember this choice."
        : '',
  ].filter((r) => r !== '');
  const { slots, targets } = interpretation;
  return {
    reply: errors.length > 0 ? errors.join(' ') : fixed.reply,
    outcome: errors.length > 0 ? 'failed' : 'acted',
    interpretation,
    commands,
    ...(execution ? { execution } : {}),
    explanation: {
      understood: fixed.already
        ? `Keep playing ${describe(item)} on ${theName(player)}`
        : `Play ${describe(item)} on ${theName(player)} instead of ${describe(before)}`,
      intent: 'HassMediaSearchAndPlay',
      slots: { search_query: item.title, name: player.name },
      targets: [{ id: player.id, name: player.name }],
      changes: execution ? changeLines(execution.events, execution.home, input.unit) : [],
      reasons,
    },
    // Still correctable ("no, the other one"): the choice now points at the version played.
    state: withMedia(
      { previous: { intent: interpretation.intent, slots, targets } },
      { ...choice, chosen: item.id, at: input.now },
    ),
    ...(learned ? { learning: { ...learned, preferences: fixed.prefs } } : {}),
  };
}

/**
 * After a turn that played a title: the choice kept for a correction when the title has several
 * versions (one player, one version played), and the preference marked used when it decided.
 */
export function rememberPlayed(input: TurnInput, result: TurnResult): TurnResult {
  const parts = result.interpretation.parts?.length
    ? result.interpretation.parts
    : [result.interpretation];
  const asked = parts.filter((p) => p.intent === 'HassMediaSearchAndPlay');
  const played = result.commands.filter((c) => c.type === 'play_media');
  const failed = new Set(result.execution?.errors.map((e) => e.command) ?? []);
  const [only] = played;
  if (asked.length !== 1 || played.length !== 1 || !only || failed.has(only)) return result;
  const item = mediaItem(only.type === 'play_media' ? String(only.mediaId) : undefined);
  if (!item) return result;
  const choice = mediaChoiceFor(only.entityId, item, input.now);
  const state = withMedia(result.state, choice);
  const learned = learning(input);
  const versions = (asked[0]!.media ?? []).flatMap((id) => mediaItem(id) ?? []);
  const { ordered, preference } = chooseWithPreference(versions, learned?.preferences ?? []);
  const decided = preference && versions.length > 1 && ordered[0]?.id === item.id;
  return {
    ...result,
    state,
    ...(learned && decided
      ? {
          learning: {
            ...learned,
            preferences: used(learned.preferences, preference.id, input.now),
          },
        }
      : {}),
  };
}
