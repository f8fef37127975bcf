// From a parse to an interpretation: which entities the words mean (by name, room, floor, kind
// and the speaker's room), the slots in Home Assistant's names, and the intent for the words
// that depend on the target ("set X to 50": a brightness for a light, a position for a blind).
import type { Entity, Home } from '../home/model.ts';
import type { Capture } from './grammar/match.ts';
import type { SentenceGroup } from './grammar/sentences.ts';
import type { Kind, Size, StateMeaning } from './grammar/words.ts';
import { COVER_SYNONYMS } from './grammar/words.ts';
import { contextLexicon } from './lexicon.ts';
import { applySetting, meantSetting, settingDomains } from './resolveConcept.ts';
import { resolvePlay } from './resolvePlay.ts';
import type { ConceptCapture, DeviceCapture, NameCapture, StateCapture } from './slots.ts';
import type { Correction, InterpretContext, Interpretation, IntentName, Slots } from './types.ts';

export interface Resolved {
  interpretation: Interpretation;
  /** Whether the words found something in the home to act on or ask about. */
  found: boolean;
  /** How much the reading strains the words: a named device of a kind the sentence does not take. */
  penalty: number;
}

type Bag = Map<string, Capture>;

const ACTING_DOMAINS = ['light', 'switch', 'fan', 'cover', 'lock', 'climate', 'media_player'];
/** Intents where a singular word for several devices is worth a question rather than a guess. */
const PRECISE: ReadonlySet<string> = new Set([
  'HassLightSet',
  'LightAdjustBrightness',
  'HassSetPosition',
  'HassSetVolume',
  'MediaAdjustVolume',
  'HassFanSetSpeed',
  'ApplyConcept',
]);
const QUESTIONS: ReadonlySet<string> = new Set(['HassGetState']);

const classOf = (e: Entity): string | undefined =>
  'device_class' in e.attributes
    ? (e.attributes as { device_class?: string }).device_class
    : undefined;

const fits = (e: Entity, k: Kind) =>
  e.domain === k.domain && (k.device_class === undefined || classOf(e) === k.device_class);

function areaIdsOfFloor(home: Home, floorIds: readonly string[]): Set<string> {
  return new Set(home.areas.filter((a) => a.floor && floorIds.includes(a.floor)).map((a) => a.id));
}

const STEPS: Record<string, Record<Size, number>> = {
  LightAdjustBrightness: { small: 10, large: 40 },
  MediaAdjustVolume: { small: 5, large: 25 },
  ClimateAdjustTemperature: { small: 1, large: 3 },
};

function intentForDomain(
  kind: 'set' | 'adjust',
  domain: string | undefined,
  direction?: 'up' | 'down',
): IntentName {
  // "blinds up", "lower the blinds": open and close.
  if (kind === 'adjust' && domain === 'cover')
    return direction === 'down' ? 'HassTurnOff' : 'HassTurnOn';
  if (kind === 'adjust')
    return domain === 'climate'
      ? 'ClimateAdjustTemperature'
      : domain === 'media_player'
        ? 'MediaAdjustVolume'
        : 'LightAdjustBrightness';
  switch (domain) {
    case 'cover':
      return 'HassSetPosition';
    case 'climate':
      return 'HassClimateSetTemperature';
    case 'media_player':
      return 'HassSetVolume';
    case 'fan':
      return 'HassFanSetSpeed';
    default:
      return 'HassLightSet';
  }
}

const VALUE_SLOT: Partial<Record<IntentName, keyof Slots>> = {
  HassLightSet: 'brightness',
  HassSetPosition: 'position',
  HassClimateSetTemperature: 'temperature',
  HassSetVolume: 'volume_level',
  HassFanSetSpeed: 'percentage',
};

/** The domain most of the entities have, lights first on a tie ("set the bedroom to 50%"). */
function mainDomain(entities: readonly Entity[], prefer: readonly string[]): string | undefined {
  for (const d of prefer) if (entities.some((e) => e.domain === d)) return d;
  return entities[0]?.domain;
}

export function resolve(
  group: SentenceGroup,
  captures: readonly Capture[],
  context: InterpretContext,
  text: string,
): Resolved {
  const { home } = context;
  const bag: Bag = new Map();
  for (const c of captures) if (!bag.has(c.slot)) bag.set(c.slot, c);
  const get = <T>(slot: string) => bag.get(slot)?.value as T | undefined;

  const slots: Slots = { ...group.slots };
  const fromContext: NonNullable<Interpretation['fromContext']> = [];
  const corrections: Correction[] = [];
  let intent: IntentName;
  let domains = group.domains;
  const previous = context.previous;

  const name = get<NameCapture>('name');
  const area = get<NameCapture>('area');
  const floor = get<NameCapture>('floor');
  const device = get<DeviceCapture>('device');
  const state = get<StateCapture>('state');
  const unknown = get<string>('unknown');
  const unknownArea = get<string>('unknown_area');
  const pronoun = bag.has('pronoun');
  const everywhere = group.everywhere === true || bag.has('everywhere');
  const here = bag.has('here');
  const quant = bag.has('quant');
  for (const c of [name, area, floor]) if (c) corrections.push(...c.corrections);

  // Dialogue ("stop", "help") is about the conversation, not about devices.
  if (['Cancel', 'Help', 'Teach', 'Feedback'].includes(group.intent))
    return {
      interpretation: { text, intent: group.intent as IntentName, slots: {}, targets: [] },
      found: true,
      penalty: 0,
    };

  // Intents that depend on the previous turn.
  let inherited: readonly string[] | undefined;
  if (group.intent === 'FollowUp' || group.intent === 'Repeat') {
    if (!previous)
      return {
        interpretation: { text, intent: 'Unknown', slots: {}, targets: [] },
        found: false,
        penalty: 0,
      };
    fromContext.push('intent');
    const hasTarget = name || area || floor || device || pronoun || here || everywhere;
    if (group.intent === 'Repeat') {
      const adjusting = /Adjust/.test(previous.intent);
      const base = adjusting
        ? previous.intent
        : previous.intent === 'HassLightSet'
          ? 'LightAdjustBrightness'
          : previous.intent === 'HassClimateSetTemperature'
            ? 'ClimateAdjustTemperature'
            : previous.intent === 'HassSetVolume'
              ? 'MediaAdjustVolume'
              : previous.intent;
      intent = base;
      if (/Adjust/.test(base)) {
        const direction = previous.slots.direction ?? 'up';
        slots.direction =
          group.slots?.direction === 'down' ? (direction === 'up' ? 'down' : 'up') : direction;
      }
      Object.assign(slots, {
        ...previous.slots,
        direction: slots.direction ?? previous.slots.direction,
      });
      if (group.slots?.query) delete slots.query;
    } else {
      intent = previous.intent;
      const { name: _n, area: _a, floor: _f, ...kept } = previous.slots;
      void _n;
      void _a;
      void _f;
      Object.assign(slots, kept);
    }
    if (!hasTarget) {
      inherited = previous.targets.filter((id) => home.entities.some((e) => e.id === id));
      fromContext.push('targets');
    } else if (!device && !name && previous.targets.length > 0) {
      // "and the kitchen too": the same kind of device, somewhere else.
      const kinds = new Set(
        previous.targets
          .map((id) => home.entities.find((e) => e.id === id)?.domain)
          .filter((d): d is Entity['domain'] => d !== undefined),
      );
      domains = [...kinds];
    }
  } else if (group.intent === 'SetValue' || group.intent === 'Adjust') {
    intent = 'HassLightSet'; // decided below, once the targets are known
  } else intent = group.intent;

  // A setting said as a word: its concept's kinds of device are the ones meant ("study mode in
  // the bedroom" means the lights there when study mode is for lights).
  const setting =
    intent === 'ApplyConcept'
      ? meantSetting(
          get<ConceptCapture>('concept'),
          get<string>('setting'),
          group.intent === 'FollowUp' || group.intent === 'Repeat'
            ? previous?.slots.concept
            : undefined,
          context,
        )
      : undefined;
  if (setting) {
    domains = settingDomains(setting);
    corrections.push(...setting.corrections);
  }

  // Which kinds of device the words allow.
  const kindFilters: ((e: Entity) => boolean)[] = [];
  const stateMeanings: readonly StateMeaning[] | undefined = state?.meanings;
  if (device && device.kinds.length > 0) {
    let kinds = device.kinds;
    if (stateMeanings) {
      const both = kinds.filter((k) =>
        stateMeanings!.some(
          (m) =>
            m.domain === k.domain &&
            (!k.device_class || !m.device_class || m.device_class === k.device_class),
        ),
      );
      if (both.length > 0) kinds = both;
    }
    if (domains) {
      const allowed = kinds.filter((k) => domains!.includes(k.domain));
      if (allowed.length > 0) kinds = allowed;
    }
    kindFilters.push((e) => kinds.some((k) => fits(e, k)));
  }
  if (stateMeanings) {
    const meanings = stateMeanings;
    kindFilters.push((e) => meanings.some((m) => fits(e, m)));
  }
  if (group.kinds) {
    const kinds = group.kinds;
    kindFilters.push((e) => kinds.some((k) => fits(e, k)));
  }
  const domainFilter = domains
    ? (e: Entity) => domains!.includes(e.domain)
    : (e: Entity) => ACTING_DOMAINS.includes(e.domain) || QUESTIONS.has(intent);
  const kindOk = (e: Entity) => kindFilters.every((f) => f(e));

  // The place: said, or the speaker's room.
  const placeAreas = (): Set<string> | undefined => {
    if (area) return new Set(area.ids);
    if (floor) return areaIdsOfFloor(home, floor.ids);
    if (here && context.area) return new Set([context.area]);
    return undefined;
  };
  const inPlace = (e: Entity, areas: Set<string> | undefined) =>
    !areas || (e.area !== undefined && areas.has(e.area));

  let targets: Entity[] = [];
  let ambiguous: string[] | undefined;
  const unresolved: NonNullable<Interpretation['unresolved']> = {};
  let found = true;
  let penalty = 0;
  /** The kind of cover said, when a similar one stood in for it ("blinds" for curtains). */
  let saidClass: string | undefined;

  const index = contextLexicon(context).entities;
  const byId = (ids: readonly string[]) => {
    const found: Entity[] = [];
    for (const id of ids) {
      const e = index.byId.get(id);
      if (e) found.push(e);
    }
    return found.length > 1
      ? found.sort((a, b) => index.order.get(a)! - index.order.get(b)!)
      : found;
  };

  // "louder", "a bit warmer", "pause" right after a request about such a device: that device.
  const saidTarget =
    name || area || floor || device || pronoun || here || everywhere || unknown || unknownArea;
  const dialogue = ['Cancel', 'Help', 'Teach', 'Feedback', 'Unknown'].includes(intent);
  if (!inherited && !saidTarget && previous && !dialogue && !QUESTIONS.has(intent)) {
    const fitting = byId(previous.targets).filter((e) => domainFilter(e) && kindOk(e));
    if (fitting.length > 0) {
      inherited = fitting.map((e) => e.id);
      fromContext.push('targets');
    }
  }
  const names = captures.filter((c) => c.slot === 'name').map((c) => c.value as NameCapture);

  if (inherited) {
    targets = byId(inherited);
  } else if (pronoun) {
    if (previous) {
      targets = byId(previous.targets);
      fromContext.push('targets');
    } else if (group.intent === 'Adjust' && context.area) {
      // "turn it up" with nothing said before: the volume of what plays here, else of the room's
      // TV or speaker.
      const players = home.entities.filter(
        (e) => e.domain === 'media_player' && e.area === context.area,
      );
      const playing = players.filter((e) => e.state === 'playing');
      targets = playing.length > 0 ? playing : players;
      fromContext.push('area');
      if (targets.length === 0) unresolved.name = 'it';
    } else {
      found = false;
      unresolved.name = 'it';
    }
  } else if (names.length > 1) {
    // Several devices by name: each one the name means, of a kind the sentence takes.
    for (const n of names) {
      const all = byId(n.ids);
      const fit = all.filter((e) => kindOk(e) && domainFilter(e));
      if (fit.length === 0) penalty += 4;
      for (const e of fit.length > 0 ? fit : all) if (!targets.includes(e)) targets.push(e);
    }
    slots.name = names
      .map((n) => (n.ids.length === 1 ? (byId(n.ids)[0]?.name ?? n.text) : n.text))
      .join(', ');
  } else if (name) {
    let named = byId(name.ids);
    const matching = named.filter((e) => kindOk(e) && domainFilter(e));
    if (matching.length > 0) named = matching;
    else penalty += 4;
    const places = placeAreas();
    const placed = named.filter((e) => inPlace(e, places));
    // "the porch light in the kitchen" when the porch light is in the garden: there is no such
    // light there, and the reply says where it is instead of guessing.
    if (places && placed.length === 0 && named.length > 0) {
      unresolved.name = name.text;
      found = false;
    }
    named = placed;
    if (named.length > 1 && name.fit < 1 && context.area) {
      const local = named.filter((e) => e.area === context.area);
      if (local.length > 0) named = local;
    }
    // A taught name the person chose to win over another device's name of the same words.
    const chosen = name.taught?.filter((t) => t.overrides && named.some((e) => e.id === t.id));
    if (chosen && chosen.length > 0) named = named.filter((e) => chosen.some((t) => t.id === e.id));
    // A short form several devices share, or a taught name that is also another device's name:
    // which one is meant?
    const shared = name.fit < 1 || name.taught !== undefined;
    if (named.length > 1 && shared && !quant && !(device?.plural ?? false))
      ambiguous = named.map((e) => e.id);
    // A value question is about what a sensor measures; the words say which ("battery level").
    const measure = get<string>('measure');
    if (measure !== undefined && named.length > 1) {
      const sensors = named.filter((e) => e.domain === 'sensor');
      if (sensors.length > 0) named = sensors;
      const words = measure.toLowerCase().split(/\s+/);
      const scoreOf = (e: Entity) =>
        (classOf(e) ?? '').split('_').filter((w) => words.some((m) => m.startsWith(w))).length;
      const top = Math.max(...named.map(scoreOf));
      if (top > 0) named = named.filter((e) => scoreOf(e) === top);
    }
    if (group.id === 'temperature' && named.every((e) => e.domain !== 'climate'))
      intent = 'HassGetState';
    targets = named;
    slots.name = named.length === 1 ? named[0]!.name : name.text;
  } else if (unknown !== undefined) {
    found = false;
    unresolved.name = unknown;
    slots.name = unknown;
  } else if (unknownArea !== undefined) {
    found = false;
    unresolved.area = unknownArea;
    slots.area = unknownArea;
  } else {
    let areas = placeAreas();
    const question = QUESTIONS.has(intent);
    const singularQuestion =
      slots.query === 'one' && device !== undefined && !device.plural && !quant;
    if (
      !areas &&
      !everywhere &&
      !(group.houseWide && (quant || !device || device.plural)) &&
      (!question || group.contextArea || singularQuestion) &&
      context.area
    ) {
      areas = new Set([context.area]);
      fromContext.push('area');
    }
    // Only the rooms asked about are looked through; the whole home only when needed.
    const fits = (e: Entity) => domainFilter(e) && kindOk(e);
    let all: Entity[] | undefined;
    const everyCandidate = () => (all ??= home.entities.filter(fits));
    const local =
      areas && !everywhere
        ? [...areas]
            .flatMap((a) => index.byArea.get(a) ?? [])
            .sort((a, b) => index.order.get(a)! - index.order.get(b)!)
        : undefined;
    targets = local ? local.filter(fits) : everyCandidate();
    let candidates: Entity[] = targets;
    // "turn on the kitchen": its lights, as with every assistant.
    const switching = intent === 'HassTurnOn' || intent === 'HassTurnOff';
    if (switching && !device && !group.domains?.every((d) => d !== 'light')) {
      const lights = targets.filter((e) => e.domain === 'light');
      if (lights.length > 0 && group.id !== 'everything' && group.id !== 'everything_on')
        targets = lights;
    }
    const coverWord = device?.kinds.some(
      (k) => k.domain === 'cover' && COVER_SYNONYMS.includes(k.device_class ?? ''),
    );
    if (targets.length === 0 && coverWord) {
      // "the blinds" where there are only shades or curtains: those.
      const similar = (e: Entity) =>
        e.domain === 'cover' && COVER_SYNONYMS.includes(classOf(e) ?? '') && domainFilter(e);
      const nearby = home.entities.filter(
        (e) => similar(e) && inPlace(e, everywhere ? undefined : areas),
      );
      if (nearby.length > 0) {
        targets = nearby;
        candidates = home.entities.filter(similar);
        saidClass = device?.kinds.find((k) => k.domain === 'cover')?.device_class;
      }
    }
    const media = group.domains?.length === 1 && group.domains[0] === 'media_player';
    const active = (e: Entity) =>
      e.state === 'playing' || (intent === 'HassMediaUnpause' && e.state === 'paused');
    if (targets.length === 0 && (fromContext.includes('area') || (here && !area && !floor))) {
      candidates = everyCandidate();
      // Nothing of the kind where the person is: the only one in the home is surely meant; for
      // media, whatever is playing (or paused, to resume it).
      const playing = candidates.filter(active);
      const floorOf = (id: string | undefined) => home.areas.find((a) => a.id === id)?.floor;
      const sameFloor = candidates.filter(
        (e) => e.area && floorOf(e.area) === floorOf(context.area),
      );
      if (candidates.length === 1) targets = candidates;
      else if (media && playing.length > 0) targets = playing;
      // The one thermostat downstairs heats the kitchen too.
      else if (sameFloor.length === 1) targets = sameFloor;
      // "lock the door" where there is none: which of the home's doors?
      else if (device && !device.plural && !quant && candidates.length > 1) {
        targets = candidates;
        ambiguous = candidates.map((e) => e.id);
      }
    } else if (media && !device?.plural && !quant && (fromContext.includes('area') || !areas)) {
      candidates = everyCandidate();
      // "pause the music" means what is playing: here if anything plays here, else elsewhere.
      const local = targets.filter(active);
      const elsewhere = candidates.filter(active);
      if (local.length > 0) targets = local;
      else if (elsewhere.length > 0 && intent !== 'MediaAdjustVolume' && intent !== 'HassSetVolume')
        targets = elsewhere;
    }
    // "the lamp" in a room with a ceiling light and a lamp: the one called a lamp.
    if (targets.length > 1 && device && !device.plural && !quant) {
      const word = device.word.toLowerCase();
      const called = targets.filter((e) =>
        e.name
          .toLowerCase()
          .split(/\s+/)
          .some((w) => w === word),
      );
      if (called.length > 0) targets = called;
    }
    if (
      targets.length > 1 &&
      device &&
      !device.plural &&
      !quant &&
      (PRECISE.has(intent) || group.intent === 'SetValue' || group.intent === 'Adjust')
    )
      ambiguous = targets.map((e) => e.id);
    // "set the temperature to 21" with a thermostat on each floor and no room to go by: ask.
    const climate = intent === 'HassClimateSetTemperature' || intent === 'ClimateAdjustTemperature';
    if (climate && targets.length > 1 && !areas && !everywhere && !quant)
      ambiguous = targets.map((e) => e.id);
    // The speaker's room is the place only if that is where the devices are.
    const speaker = context.area;
    if (
      fromContext.includes('area') &&
      speaker &&
      (targets.length === 0 || targets.some((e) => e.area === speaker))
    ) {
      const a = home.areas.find((x) => x.id === speaker);
      if (a) slots.area = a.name;
    }
  }
  if (area) slots.area = area.text;
  if (floor) slots.floor = floor.text;
  if (here && context.area && !area) {
    const a = home.areas.find((x) => x.id === context.area);
    if (a) slots.area = a.name;
  }

  let taught: Interpretation['taught'];
  if (setting) {
    const named = Boolean(saidTarget || inherited || fromContext.includes('area'));
    // Nothing said and no room to go by: no devices, rather than every light in the home.
    const applied = applySetting(setting, named ? targets : [], named);
    targets = applied.targets;
    slots.concept = applied.word;
    if (applied.concept) taught = { id: applied.concept.id, phrase: applied.concept.word };
    if (applied.unresolved && !unresolved.name && !unresolved.area)
      unresolved.concept = applied.word;
    if (ambiguous) ambiguous = ambiguous.filter((id) => targets.some((e) => e.id === id));
  }

  // Intents decided by the target.
  if (
    group.intent === 'SetValue' ||
    group.intent === 'Adjust' ||
    (group.intent === 'FollowUp' && bag.has('value'))
  ) {
    const unit = bag.has('temp_unit');
    const d = unit
      ? 'climate'
      : (mainDomain(targets, ['light', 'cover', 'climate', 'media_player', 'fan']) ??
        device?.kinds[0]?.domain);
    if (group.intent === 'FollowUp') {
      const followed =
        /Adjust/.test(previous!.intent) ||
        previous!.intent === 'HassTurnOn' ||
        previous!.intent === 'HassTurnOff'
          ? intentForDomain('set', d)
          : previous!.intent;
      intent = followed;
      delete slots.direction;
      delete slots.amount;
    } else
      intent = intentForDomain(
        group.intent === 'Adjust' ? 'adjust' : 'set',
        d,
        group.slots?.direction,
      );
    if (group.intent === 'SetValue') {
      const domain = intent === 'HassLightSet' ? 'light' : d;
      const narrowed = targets.filter((e) => e.domain === domain);
      if (narrowed.length > 0) targets = narrowed;
      if (ambiguous) ambiguous = ambiguous.filter((id) => targets.some((e) => e.id === id));
      if (ambiguous && ambiguous.length < 2) ambiguous = undefined;
    }
  }
  if (group.intent === 'FollowUp' && bag.has('color')) intent = 'HassLightSet';

  // Values.
  const value = get<number>('value');
  const slotForValue = VALUE_SLOT[intent];
  if (value !== undefined && slotForValue) (slots as Record<string, unknown>)[slotForValue] = value;
  for (const key of ['temperature', 'position', 'volume_level', 'amount'] as const) {
    const v = get<number>(key);
    if (v !== undefined) slots[key] = v;
  }
  const color = get<string>('color');
  if (color !== undefined) {
    slots.color = color;
    delete slots.brightness;
    if (value !== undefined && intent === 'HassLightSet') slots.brightness = value;
  }
  const unit = get<'C' | 'F'>('temp_unit');
  if (unit) slots.temperature_unit = unit;
  const size = get<Size>('size');
  const steps = STEPS[intent];
  if (size && steps && slots.amount === undefined) slots.amount = steps[size];
  if (!/Adjust/.test(intent)) {
    delete slots.direction;
    if (group.intent !== 'FollowUp') delete slots.amount;
  }
  if (intent !== 'HassGetState') delete slots.query;

  // Kind and state, in Home Assistant's words.
  const shared = <T>(values: (T | undefined)[]): T | undefined =>
    values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined;
  let domain: string | undefined = shared(targets.map((e) => e.domain));
  let deviceClass = shared(targets.map(classOf));
  if (!domain && targets.length === 0) {
    const kinds = (device?.kinds ?? group.kinds ?? []).filter(
      (k) => !domains || domains.includes(k.domain),
    );
    const meaning = stateMeanings?.find(
      (m) =>
        kinds.length === 0 ||
        kinds.some(
          (k) => k.domain === m.domain && (!k.device_class || k.device_class === m.device_class),
        ),
    );
    const kind =
      meaning ?? kinds[0] ?? (domains?.length === 1 ? { domain: domains[0]! } : undefined);
    domain = kind?.domain;
    deviceClass = kind?.device_class;
  }
  if (domain) slots.domain = domain;
  if (saidClass) deviceClass = saidClass;
  if (deviceClass && ['cover', 'binary_sensor', 'sensor'].includes(domain ?? ''))
    slots.device_class = deviceClass;
  if (
    !stateMeanings &&
    intent === 'HassGetState' &&
    domain === 'binary_sensor' &&
    slots.query !== undefined &&
    !bag.has('measure')
  )
    slots.state = 'on';
  if (stateMeanings) {
    const meaning =
      stateMeanings.find(
        (m) => m.domain === domain && (!m.device_class || m.device_class === deviceClass),
      ) ?? stateMeanings[0];
    if (meaning) slots.state = meaning.state;
    // "is the TV on?" asks whether it is switched on (a paused TV is); "are all media players
    // on?" counts the ones playing, as Home Assistant does.
    if (
      domain === 'media_player' &&
      slots.query === 'one' &&
      (state!.word === 'on' || state!.word === 'off')
    )
      slots.state = state!.word;
  }

  if (targets.length === 0 && found) found = false;
  const interpretation: Interpretation = {
    text,
    intent,
    slots,
    targets: targets.map((e) => e.id),
  };
  if (ambiguous && ambiguous.length > 1) interpretation.ambiguous = ambiguous;
  if (Object.keys(unresolved).length > 0) interpretation.unresolved = unresolved;
  if (fromContext.length > 0) interpretation.fromContext = [...new Set(fromContext)];
  if (taught) interpretation.taught = taught;
  const used = taughtNamesUsed(names, area, interpretation);
  if (used.length > 0) interpretation.names = used;
  if (corrections.length > 0) interpretation.corrections = corrections;
  if (intent === 'HassMediaSearchAndPlay')
    return resolvePlay({ interpretation, found, penalty }, captures, context);
  return { interpretation, found, penalty };
}

/** The taught names a reading used: those of the devices it means, and of the room it names. */
function taughtNamesUsed(
  names: readonly NameCapture[],
  area: NameCapture | undefined,
  interpretation: Interpretation,
): string[] {
  const used = new Set<string>();
  const meant = new Set([...interpretation.targets, ...(interpretation.ambiguous ?? [])]);
  for (const name of names)
    for (const t of name.taught ?? []) if (meant.has(t.id)) used.add(t.item);
  for (const t of area?.taught ?? []) used.add(t.item);
  return [...used];
}
