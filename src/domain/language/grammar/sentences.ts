// The grammar, as data: expansion rules and, per intent, the sentences that mean it. Syntax in
// syntax.ts. "the", "a" and "my" never appear: the tokenizer drops them, so every sentence
// already allows them. Plurals need no alternatives either: words match in singular or plural.
// `SetValue`, `Adjust` and `FollowUp` are decided by what the target turns out to be
// (resolve.ts): "set X to 50" is a brightness for a light and a position for a blind.
import type { IntentName, Slots } from '../types.ts';
import type { Kind } from './words.ts';

export type GrammarIntent = IntentName | 'SetValue' | 'Adjust' | 'FollowUp' | 'Repeat';

export interface SentenceGroup {
  id: string;
  intent: GrammarIntent;
  sentences: readonly string[];
  /** Slots every sentence of the group fills. */
  slots?: Partial<Slots>;
  /** Domains the group's targets may have; the default is every controllable one. */
  domains?: readonly string[];
  /** Narrower than domains: the kinds of device the group is about (temperature sensors). */
  kinds?: readonly Kind[];
  /** A question about the room the person is in when no place is said ("how humid is it?"). */
  contextArea?: boolean;
  /** With no place said, the whole home rather than the speaker's room ("lock the doors"). */
  houseWide?: boolean;
  /** "Lock up" means every lock in the house, wherever the person is. */
  everywhere?: boolean;
  /** Added to a parse's score: prefers one group over another for the same words. */
  weight?: number;
}

export const RULES: Readonly<Record<string, string>> = {
  on: '(turn|switch|power|put|flip|click|bring) on | activate | enable | start [up] | fire up | power up | boot up',
  off: '(turn|switch|power|shut|flip|click) off | deactivate | disable | kill | shut down | cut [off]',
  turn: 'turn | switch | power | put | flip | set | get',
  place:
    '(in|on|at|inside|of|for|from|within|upstairs in|downstairs in) ({area}|{floor}) | {here} | <everywhere> | {area} | {floor}',
  everywhere:
    '[in|across|throughout|around|on|all over|over] {everywhere} [in (house|home|apartment)]',
  where: '{area} | {floor} | <everywhere>',
  // A target: named devices, kinds of devices in a place, or "it" from the last request.
  target:
    '[{quant}] [<where>] {device} [<place>] | [{quant}] [{area}] {name} [{device}] [<place>] | {pronoun} [<place>] | <several>',
  // "the landing light, the bathroom light and the office light" (commas are gone by now).
  several: '{name} [{device}] [{name} [{device}]] [{name} [{device}]] and {name} [{device}]',
  // A target, or a whole room or floor ("set the bedroom to 50%").
  zone: '<target> | [{quant}] (<where>|{here})',
  // Unknown words where a name belongs: the reply can say what does exist.
  unknown: '[{quant}] [<where>] {any:unknown} [{device}] [<place>]',
  // A place the home does not have: "the lights in the attic".
  nowhere: '[{quant}] {device} (in|on|at) {any:unknown_area}',
  set: 'set | change | adjust | make | turn | put | bring | switch | dim | brighten [up] | move',
  bright: 'brightness | brightness level | light level | light',
  colour: 'color | colour | light color',
  bv: '{number:value} [percent] [brightness|bright] | [to] {brightness_word:value} [brightness|bright]',
  temp: 'temperature | temp | heat | heating | thermostat',
  degrees: '{number:temperature} [degree] [{temp_unit}] | {number:temperature} {temp_unit}',
  amount:
    'by {number:amount} [percent|degree] [{temp_unit}] | {number:amount} (percent|degree) [{temp_unit}] | [by] {size} | some',
  volume: 'volume | sound | volume level',
  // Asking for a title: "play wow", "put on clair de lune", "i want to hear halo".
  play: 'play | put on | listen to | watch | start playing | (i want|i would like|let us) [to] (hear|watch|listen to|play)',
};

const CONTROLLABLE = ['light', 'switch', 'fan', 'cover', 'media_player', 'climate'];

export const GROUPS: readonly SentenceGroup[] = [
  {
    id: 'turn_on',
    intent: 'HassTurnOn',
    domains: CONTROLLABLE,
    sentences: [
      '<on> <zone> [<place>]',
      '<turn> <zone> on [<place>]',
      '<zone> [to] on [<place>]',
      '(make sure|i want|i would like) <zone> [is|are] on [<place>]',
      '(turn|switch|put) <zone> back on',
      'boil <zone>',
    ],
  },
  {
    id: 'light_up',
    intent: 'HassTurnOn',
    domains: ['light'],
    sentences: ['(light up|illuminate|brighten up) <zone>', 'light <zone> up'],
    weight: 1,
  },
  {
    id: 'turn_on_unknown',
    intent: 'HassTurnOn',
    domains: CONTROLLABLE,
    sentences: [
      '<on> (<unknown>|<nowhere>)',
      '<turn> <unknown> on',
      '<unknown> on',
      '<turn> <nowhere> on',
    ],
  },
  {
    id: 'turn_off',
    intent: 'HassTurnOff',
    domains: CONTROLLABLE,
    sentences: [
      '<off> <zone> [<place>]',
      '<turn> <zone> off [<place>]',
      '<zone> [to] off [<place>]',
      '(make sure|i want|i would like) <zone> [is|are] off [<place>]',
      '(turn|switch) <zone> back off',
      'turn of <zone> [<place>]',
    ],
  },
  {
    id: 'turn_off_unknown',
    intent: 'HassTurnOff',
    domains: CONTROLLABLE,
    sentences: [
      '<off> (<unknown>|<nowhere>)',
      '<turn> <unknown> off',
      '<unknown> off',
      '<turn> <nowhere> off',
    ],
  },
  {
    id: 'lights_out',
    intent: 'HassTurnOff',
    domains: ['light'],
    sentences: ['<target> out [<place>]'],
  },
  {
    id: 'open',
    intent: 'HassTurnOn',
    domains: ['cover'],
    sentences: [
      '(open|raise|lift|pull up|roll up|draw back) <zone> [<place>]',
      '<zone> (open|up)',
      '(put|pull|roll|bring) <zone> up',
      'let [some] (light|daylight|sun|sunshine) in [<place>]',
    ],
  },
  {
    id: 'close',
    intent: 'HassTurnOff',
    domains: ['cover'],
    sentences: [
      '(close|shut|lower|pull down|roll down|draw) <zone> [<place>]',
      '<zone> (closed|down)',
      '(put|pull|roll|bring|let) <zone> down',
    ],
  },
  {
    id: 'set_unknown',
    intent: 'SetValue',
    sentences: [
      '<set> (<unknown>|<nowhere>) (to|at) {number:value} [percent]',
      '(dim|brighten) (<unknown>|<nowhere>) to {number:value} [percent]',
    ],
  },
  {
    id: 'dimmer_unknown',
    intent: 'LightAdjustBrightness',
    domains: ['light'],
    slots: { direction: 'down' },
    sentences: ['(dim|darken) (<unknown>|<nowhere>) [<amount>]'],
  },
  {
    id: 'brighter_unknown',
    intent: 'LightAdjustBrightness',
    domains: ['light'],
    slots: { direction: 'up' },
    sentences: ['brighten (<unknown>|<nowhere>) [<amount>]'],
  },
  {
    id: 'playing',
    intent: 'HassGetState',
    domains: ['media_player'],
    contextArea: true,
    slots: { query: 'one' },
    sentences: [
      'what is (playing|on) [<place>]',
      'what is (playing|on) on <zone>',
      'what is on <zone>',
      'what is <zone> playing',
      'what (song|music|show|movie|episode|track) is (this|playing|on) [<place>]',
    ],
    weight: 1,
  },
  {
    id: 'set_temperature_unknown',
    intent: 'HassClimateSetTemperature',
    domains: ['climate'],
    sentences: ['[<set>] (<unknown>|<nowhere>) to <degrees>'],
  },
  { id: 'open_unknown', intent: 'HassTurnOn', domains: ['cover'], sentences: ['open <unknown>'] },
  {
    id: 'close_unknown',
    intent: 'HassTurnOff',
    domains: ['cover'],
    sentences: ['(close|shut) <unknown>'],
  },
  {
    id: 'lock',
    intent: 'HassTurnOn',
    domains: ['lock'],
    houseWide: true,
    sentences: [
      '(lock|secure) <zone> [<place>]',
      '<target> lock',
      'make sure <zone> (is|are) locked',
    ],
  },
  {
    id: 'lock_up',
    intent: 'HassTurnOn',
    domains: ['lock'],
    everywhere: true,
    sentences: ['lock (up|everything|all)'],
  },
  {
    id: 'unlock',
    intent: 'HassTurnOff',
    domains: ['lock'],
    houseWide: true,
    sentences: ['unlock <zone> [<place>]'],
  },
  {
    id: 'everything',
    intent: 'HassTurnOff',
    domains: ['light', 'switch', 'fan', 'media_player'],
    sentences: ['<off> (everything|all) [<place>]', '<turn> (everything|all) off [<place>]'],
  },
  {
    id: 'everything_on',
    intent: 'HassTurnOn',
    domains: ['light', 'switch', 'fan', 'media_player'],
    sentences: ['<on> everything [<place>]', '<turn> everything on [<place>]'],
  },
  {
    // "open the front door" when the front door is a lock: a cover of that name wins if there is one.
    id: 'open_lock',
    intent: 'HassTurnOff',
    domains: ['lock'],
    sentences: ['open <target>'],
    weight: -2,
  },
  { id: 'lock_unknown', intent: 'HassTurnOn', domains: ['lock'], sentences: ['lock <unknown>'] },
  {
    id: 'unlock_unknown',
    intent: 'HassTurnOff',
    domains: ['lock'],
    sentences: ['unlock <unknown>'],
  },

  // Values: brightness, or whatever the target takes ("set the blinds to 30%").
  {
    id: 'set_value',
    intent: 'SetValue',
    sentences: [
      '[<set>] [<bright> [of|for|in|on]] <zone> [<bright>] [to] <bv> [<place>]',
      '[<set>] <bright> [<place>] [to] <bv> [<place>]',
      '<set> <zone> [speed|brightness|level] (to|at|on) {number:value} [percent] [<place>]',
      '[<set>] <zone> [speed] [to|on] {speed_word:value} [speed] [<place>]',
    ],
  },
  {
    id: 'set_color',
    intent: 'HassLightSet',
    domains: ['light'],
    sentences: [
      '[<set>] [<colour> [of|for|in|on]] <zone> [<colour>] [to|into] {color} [<colour>] [<place>]',
      '[<set>] <colour> [<place>] [to] {color} [<place>]',
      '[<set>] <zone> [to] {color} (at|and|with) <bv> [<place>]',
      '(i want|i would like) <zone> [to be] [in] {color}',
      '<zone> in {color}',
    ],
  },
  {
    id: 'set_position',
    intent: 'HassSetPosition',
    domains: ['cover'],
    sentences: [
      '(open|close|lower|raise|set|move) <zone> [position] to {number:position} [percent] [<place>]',
      '(open|close|lower|raise|set|move) <zone> [position] to {position_word:position} [<place>]',
      '[<set>] <zone> position [to] {number:position} [percent] [<place>]',
      '(open|raise|lower|close) <zone> {position_word:position} [<place>]',
    ],
  },
  {
    id: 'set_temperature',
    intent: 'HassClimateSetTemperature',
    domains: ['climate'],
    sentences: [
      '[<set>] [<temp>] [<place>] [<temp>] to <degrees> [<place>]',
      '[<set>] <temp> (of|in|on|for) <zone> to <degrees>',
      '[<set>] <zone> [<temp>] to <degrees>',
      '(heat|warm|cool) [up|down] <zone> to <degrees>',
      '(make|set) it <degrees> [<place>]',
      '(turn|put|set) <temp> (up|down) to <degrees> [<place>]',
      '(put|set) <temp> (on|at) <degrees> [<place>]',
      '(keep|hold) <zone> at <degrees>',
      'i (want|would like) it [to be] <degrees> [<place>]',
    ],
    weight: 0.5,
  },
  {
    id: 'set_volume',
    intent: 'HassSetVolume',
    domains: ['media_player'],
    sentences: [
      '[<set>] [<zone>] <volume> [(of|on|for) <zone>] [up|down] to {number:volume_level} [percent] [on <zone>] [<place>]',
      '(turn|crank|put) (up|down) <volume> [(of|on|for) <zone>] to {number:volume_level} [percent] [on <zone>]',
      '(increase|decrease|raise|lower|reduce) [<zone>] <volume> [(of|on|for) <zone>] to {number:volume_level} [percent] [on <zone>]',
      'on <zone> (increase|decrease|raise|lower|set|change|turn up|turn down) <volume> to {number:volume_level} [percent]',
      '<volume> [to] {number:volume_level} [percent] [on <zone>]',
      '<zone> <volume> [to|at] {number:volume_level} [percent]',
      '(put|set|turn) [<zone>] <volume> at {number:volume_level} [percent] [on <zone>]',
    ],
  },

  // Settings said as words: a concept the person taught ("study mode" for lights, "cozy" for a
  // thermostat; {concept} is empty until one is taught), or a setting nobody taught yet, read
  // only when nothing else fits, so the assistant can ask what it means.
  {
    id: 'apply_concept',
    intent: 'ApplyConcept',
    sentences: [
      '<set> <zone> [to|in|into|on] {concept} [mode|setting] [<place>]',
      '<zone> (to|in|into|on) {concept} [mode|setting] [<place>]',
      '[<on>|use] {concept} [mode|setting] [(for|on|in) <zone>] [<place>]',
      '(i want|i would like) {concept} [mode|setting] [(for|on|in) <zone>] [<place>]',
    ],
  },
  {
    id: 'apply_concept_unknown',
    intent: 'ApplyConcept',
    sentences: ['<set> (<unknown>|<nowhere>) (to|in|into) {concept} [mode|setting]'],
  },
  {
    id: 'apply_setting',
    intent: 'ApplyConcept',
    sentences: ['(set|put|turn|switch|change) <zone> (to|in|into) {setting} [<place>]'],
  },

  // Relative changes.
  {
    id: 'brighter',
    intent: 'LightAdjustBrightness',
    domains: ['light'],
    slots: { direction: 'up' },
    sentences: [
      '(brighten|raise) [up] [<zone>] [<amount>] [<place>]',
      'brighten <zone> up [<amount>]',
      '(make|turn|set) <zone> [<amount>] (brighter|lighter) [<amount>] [<place>]',
      '<zone> brighter [<amount>]',
      '(increase|raise|boost|turn up|up) <bright> [(of|in|on|for) <zone>] [<amount>] [<place>]',
      '[<amount>] (brighter|more light) [<amount>]',
      '<zone> is [<amount>] too (dark|dim)',
      '(make|get) it [<amount>] (brighter|lighter) [<place>]',
      'it is [<amount>] too (dark|dim) [<place>]',
      '(turn|bump|push) <bright> up [<amount>]',
      '(bump|push) [up] <zone> [up] [<amount>]',
    ],
  },
  {
    id: 'dimmer',
    intent: 'LightAdjustBrightness',
    domains: ['light'],
    slots: { direction: 'down' },
    sentences: [
      '(dim|darken) [down] [<zone>] [<amount>] [<place>]',
      '(make|turn|set) <zone> [<amount>] (dimmer|darker) [<amount>] [<place>]',
      '<zone> (dimmer|darker) [<amount>]',
      '(decrease|lower|reduce|turn down|down) <bright> [(of|in|on|for) <zone>] [<amount>] [<place>]',
      '[<amount>] (dimmer|darker|less light) [<amount>]',
      '<zone> is [<amount>] too bright',
      '(make|get) it [<amount>] (darker|dimmer) [<place>]',
      'it is [<amount>] too bright [<place>]',
      '(turn|bring) <bright> down [<amount>]',
    ],
  },
  {
    id: 'warmer',
    intent: 'ClimateAdjustTemperature',
    domains: ['climate'],
    slots: { direction: 'up' },
    sentences: [
      '(make|get) it [<amount>] (warmer|hotter) [<place>] [<amount>]',
      '[<amount>] (warmer|hotter) [<amount>] [<place>]',
      '(turn|crank|bump|push) [<where>] <temp> up [<place>] [<amount>] [<place>]',
      '<zone> is [<amount>] too (cold|chilly)',
      '(turn|crank) up <temp> [<place>] [<amount>] [<place>]',
      '(increase|raise|up|bump up) [<where>] <temp> [<place>] [<amount>] [<place>]',
      '(warm|heat) up <zone> [<amount>]',
      '(warm|heat) (it|things) up [<amount>] [<place>]',
      '(make|get) <zone> [<amount>] (warmer|hotter) [<amount>]',
      'i am [<amount>] [too] (cold|chilly|freezing|cool)',
      'it is [<amount>] [too] (cold|chilly|freezing) [<place>]',
      '(bump|push) [up] <temp> [up] [<amount>] [<place>]',
    ],
  },
  {
    id: 'cooler',
    intent: 'ClimateAdjustTemperature',
    domains: ['climate'],
    slots: { direction: 'down' },
    sentences: [
      '(make|get) it [<amount>] (cooler|colder) [<place>] [<amount>]',
      '[<amount>] (cooler|colder) [<amount>] [<place>]',
      '(turn|bring) [<where>] <temp> down [<place>] [<amount>] [<place>]',
      '<zone> is [<amount>] too (hot|warm)',
      '(turn|crank) down <temp> [<place>] [<amount>] [<place>]',
      '(decrease|lower|reduce|drop) [<where>] <temp> [<place>] [<amount>] [<place>]',
      'cool down <zone> [<amount>]',
      'cool (it|things) down [<amount>] [<place>]',
      '(make|get) <zone> [<amount>] (cooler|colder) [<amount>]',
      'i am (hot|warm|boiling|too warm|too hot)',
      'it is (hot|warm|too warm|too hot|boiling) [<place>]',
    ],
  },
  {
    id: 'louder',
    intent: 'MediaAdjustVolume',
    domains: ['media_player'],
    slots: { direction: 'up' },
    sentences: [
      '(turn|crank|pump) up [<zone>] <volume> [(of|on|for) <zone>] [<amount>] [on <zone>] [<place>]',
      '(increase|raise|boost) [<zone>] <volume> [(of|on|for) <zone>] [<amount>] [<place>]',
      '<volume> up [<amount>] [on <zone>]',
      '(make|turn) <zone> [<amount>] louder [<amount>]',
      '[<amount>] (louder|more volume) [<amount>] [<place>]',
      '(turn|crank|pump) <volume> up [<amount>] [(on|of) <zone>] [<place>]',
      '<zone> is [<amount>] too quiet',
      '<zone> louder',
      'i (can not|cannot) hear [it|<zone>]',
      'it is [<amount>] too quiet [<place>]',
      '(crank|pump) it up',
    ],
  },
  {
    id: 'quieter',
    intent: 'MediaAdjustVolume',
    domains: ['media_player'],
    slots: { direction: 'down' },
    sentences: [
      '(turn|bring) down [<zone>] <volume> [(of|on|for) <zone>] [<amount>] [on <zone>] [<place>]',
      '(decrease|lower|reduce) [<zone>] <volume> [(of|on|for) <zone>] [<amount>] [<place>]',
      '<volume> down [<amount>] [on <zone>]',
      '(make|turn) <zone> [<amount>] (quieter|softer) [<amount>]',
      '[<amount>] (quieter|softer|less volume) [<amount>] [<place>]',
      '(turn|bring) <volume> down [<amount>] [(on|of) <zone>] [<place>]',
      '<zone> is [<amount>] too loud',
      '<zone> (quieter|softer)',
      'it is [<amount>] too loud [<place>]',
    ],
  },
  {
    id: 'turn_up',
    intent: 'Adjust',
    domains: ['light', 'climate', 'media_player', 'cover', 'fan'],
    slots: { direction: 'up' },
    sentences: [
      '(turn|crank|bump|bring|put) <zone> up [<amount>]',
      '(turn|crank|bump|bring) up <zone> [<amount>]',
      '<zone> up [<amount>]',
      'raise <zone> [<amount>]',
    ],
  },
  {
    id: 'turn_down',
    intent: 'Adjust',
    domains: ['light', 'climate', 'media_player', 'cover', 'fan'],
    slots: { direction: 'down' },
    sentences: [
      '(turn|crank|bring|put) <zone> down [<amount>]',
      '(turn|crank|bring) down <zone> [<amount>]',
      '<zone> down [<amount>]',
      'lower <zone> [<amount>]',
    ],
  },

  // Media.
  {
    id: 'pause',
    intent: 'HassMediaPause',
    domains: ['media_player'],
    sentences: ['pause [<zone>] [<place>]', '<zone> pause', 'stop <zone> [<place>]', 'pause it'],
  },
  {
    id: 'unpause',
    intent: 'HassMediaUnpause',
    domains: ['media_player'],
    sentences: [
      '(unpause|resume|continue|play) [<zone>] [<place>]',
      '<zone> (unpause|resume)',
      '(resume|continue) (playing|playback) [<place>]',
      '(keep|carry on|go on) [playing] [<place>]',
      'play [some] <zone> [<place>]',
    ],
  },
  {
    // A title of the catalogue ({title}: whole titles only), on a player said or implied.
    id: 'play_title',
    intent: 'HassMediaSearchAndPlay',
    domains: ['media_player'],
    sentences: [
      '<play> {title:search_query} [(on|through|with|to) <zone>] [<place>]',
      '<place> <play> {title:search_query}',
      '<zone> play {title:search_query}',
    ],
  },
  {
    // "play despacito": a title the catalogue doesn't have (Unknown, resolvePlay.ts), so the
    // reply can say what it has.
    id: 'play_title_unknown',
    intent: 'HassMediaSearchAndPlay',
    domains: ['media_player'],
    sentences: [
      'play [song|track|tune|episode|movie|film|podcast] {any:unknown} [(on|through) <zone>] [<place>]',
    ],
  },
  {
    id: 'next',
    intent: 'HassMediaNext',
    domains: ['media_player'],
    sentences: [
      '(next|skip) [to] [next|this] [item|song|track|episode|one] [on <zone>] [<place>]',
      '<zone> (next|skip) [to] [next|this] [item|song|track|episode|one]',
      '(play|go to) next [item|song|track|episode|one] [on <zone>] [<place>]',
      'skip ahead [on <zone>] [<place>]',
    ],
  },
  {
    id: 'previous',
    intent: 'HassMediaPrevious',
    domains: ['media_player'],
    sentences: [
      '[<place>] go back [to (previous|last) [item|song|track|episode|one]] [on <zone>] [<place>]',
      'go back [1] (item|song|track|episode) [on <zone>] [<place>]',
      '[<place>] (replay|play) (previous|last) [item|song|track|episode|one] [again] [on <zone>] [<place>]',
      '(previous|last) (item|song|track|episode) [on <zone>] [<place>]',
      '<zone> (go back [to (previous|last) [item|song|track|episode]]|(play|replay) (previous|last) [item|song|track|episode] [again])',
    ],
  },
  {
    id: 'mute',
    intent: 'HassMediaMute',
    domains: ['media_player'],
    sentences: [
      '(mute|silence|hush) [<zone>] [<place>]',
      '<zone> mute',
      '(turn|switch) off sound [on <zone>]',
    ],
  },
  {
    id: 'unmute',
    intent: 'HassMediaUnmute',
    domains: ['media_player'],
    sentences: ['unmute [<zone>] [<place>]', '<zone> unmute', '(turn|switch) on sound [on <zone>]'],
  },

  // Questions.
  {
    id: 'is_state',
    intent: 'HassGetState',
    slots: { query: 'one' },
    sentences: [
      '(is|are) <zone> {state} [<place>]',
      '(is|are) <zone> {state} (right now|at moment|still)',
      'is there {state} <zone>',
    ],
  },
  {
    id: 'is_state_unknown',
    intent: 'HassGetState',
    slots: { query: 'one' },
    sentences: ['(is|are) <unknown> {state} [<place>]'],
    weight: -1,
  },
  {
    id: 'all_state',
    intent: 'HassGetState',
    slots: { query: 'all' },
    sentences: [
      '(are|is) (all|every|each) [of] <zone> [{state}] [<place>] {state} [<place>]',
      '(are|is) (all|every|each) [of] <zone> {state} [<place>]',
      '(are|is) everything {state} [<place>]',
    ],
    weight: 1,
  },
  {
    id: 'any_state',
    intent: 'HassGetState',
    slots: { query: 'any' },
    sentences: [
      '[tell me if] (are|is) [there] any [of] <zone> {state} [<place>]',
      '[tell me if] there (are|is) any [of] <zone> {state} [<place>]',
      '[tell me if] (are|is) [there] any {state} <zone> [<place>]',
      'any <zone> {state} [<place>]',
      'do i have any {state} <zone> [<place>]',
      'do i have any <zone> {state} [<place>]',
      '(is|are) (anything|something|anyone|anybody|someone) {state} [<place>]',
      '(is|are) there any <zone> [<place>]',
      '(is|are) there [any] <zone> [{state}] [<place>]',
      '(are|is) there any problem with <zone>',
    ],
    weight: 1,
  },
  {
    id: 'which_state',
    intent: 'HassGetState',
    slots: { query: 'which' },
    sentences: [
      '(which|what) [of] <zone> (are|is) {state} [<place>]',
      '(which|what) [of] <zone> [<place>] (are|is) {state}',
      'list [all] <zone> that (are|is) {state} [<place>]',
      'who is {state}',
      '(which|what) <zone> (are|is) [there] <place>',
      'who (are|is) [all] <zone> (are|is) {state}',
    ],
    weight: 1,
  },
  {
    id: 'count_state',
    intent: 'HassGetState',
    slots: { query: 'count' },
    sentences: [
      'how many [of] <zone> (are|is) {state} [<place>]',
      'how many <zone> [<place>] (are|is) {state}',
      'how many <zone> (are there|do i have|exist|have i got) [<place>]',
      'how many <zone> <place>',
    ],
    weight: 1,
  },
  {
    id: 'value',
    intent: 'HassGetState',
    slots: { query: 'one' },
    sentences: [
      '(what|how) is [current] (state|status|value|reading) of <target>',
      'tell me [current] (state|status|value|reading) of <target>',
      '(what|how) is <target> [doing|reading|showing|saying|status|state|value|level]',
      'what is {words:measure} (of|in|indicated by|measured by|from|on|for|shown by|reported by) <target>',
      'what is <target> {words:measure}',
      'how much {words:measure} does <target> have [left]',
      'when will <target> be',
    ],
    weight: -0.5,
  },
  {
    id: 'everyone',
    intent: 'HassGetState',
    kinds: [{ domain: 'person' }],
    slots: { query: 'all' },
    sentences: ['(is|are) (everyone|everybody|all of us) [at] {state}'],
    weight: 1,
  },
  {
    id: 'where',
    intent: 'HassGetState',
    domains: ['person'],
    slots: { query: 'one' },
    sentences: ['where (is|are) <target>', 'is <target> (in|at home|out|around)'],
  },
  {
    id: 'humidity',
    intent: 'HassGetState',
    kinds: [{ domain: 'sensor', device_class: 'humidity' }],
    contextArea: true,
    slots: { query: 'one' },
    sentences: [
      'how (humid|damp|dry) is (it|<where>) [<place>]',
      'what is [<where>] humidity [<place>]',
    ],
    weight: 1,
  },
  {
    id: 'temperature',
    intent: 'HassClimateGetTemperature',
    domains: ['climate', 'sensor'],
    kinds: [{ domain: 'climate' }, { domain: 'sensor', device_class: 'temperature' }],
    weight: 2,
    sentences: [
      '(what|how) is <temp> [<place>]',
      'what is [<where>] <temp> [<place>]',
      'what is <temp> (of|on|for) <target>',
      '(what|how) is <temp> <target>',
      'how (warm|hot|cold|cool|chilly) is it <target>',
      'what is <target> <temp>',
      '(what|how) <temp> is it [<place>]',
      'how (warm|hot|cold|cool|chilly) is it [<place>]',
      'how (warm|hot|cold|cool|chilly) is (<where>|<target>)',
      'tell me <temp> [<place>]',
    ],
  },

  // Follow-ups and dialogue.
  {
    id: 'follow_target',
    intent: 'FollowUp',
    sentences: [
      'and <zone> [too|also|as well]',
      '<zone> (too|also|as well)',
      '(what|how) about <zone>',
      'same (for|with|in) <zone>',
      'also <zone>',
      'do <zone> too',
    ],
  },
  {
    id: 'follow_value',
    intent: 'FollowUp',
    sentences: [
      '(what|how) about {number:value} [percent|degree] [{temp_unit}]',
      '(what|how) about {color}',
      '(and|make it|try|no) {number:value} [percent|degree] [{temp_unit}]',
      '(make it|try) {color}',
    ],
  },
  {
    id: 'more',
    intent: 'Repeat',
    sentences: [
      '[and] [{size}] more',
      '[and] even more',
      'again',
      'do it again',
      'once more',
      'further',
    ],
  },
  {
    id: 'less',
    intent: 'Repeat',
    slots: { direction: 'down' },
    sentences: ['[and] [{size}] less', 'not so much', 'too much'],
  },
  {
    id: 'cancel',
    intent: 'Cancel',
    sentences: [
      'cancel [that|it]',
      'stop',
      'never mind',
      'nevermind',
      'forget it',
      'nothing',
      'no thanks',
      '(none|neither) [of them]',
      // Politeness with no request in it closes the exchange.
      'thanks | thank you | cheers | ok | okay | that is all | that will be all | got it',
    ],
  },
  {
    id: 'help',
    intent: 'Help',
    sentences: [
      'help [me]',
      'what can (you|i) (do|say|ask)',
      'what (are|do) you (able to do|understand|know)',
      'what should i say',
      'how does this work',
    ],
  },
  {
    id: 'teach',
    intent: 'Teach',
    sentences: [
      '[i want to|can i|let me|i would like to] teach you [something|[new] (command|word|phrase|name)]',
      '(learn|remember) new (command|word|phrase|name)',
    ],
  },
  {
    id: 'feedback',
    intent: 'Feedback',
    sentences: [
      '[no] that is (wrong|not right|not what i (meant|said|wanted))',
      '(wrong|no no|not that)',
      'no i meant {any:meant}',
      'i meant {any:meant}',
    ],
  },
];
