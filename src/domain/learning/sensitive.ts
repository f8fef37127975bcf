// The safety rule: a rewrite that leads to unlocking a door, opening a garage or an outside door,
// or switching off something that guards the home is never learned without the person's yes.
// What the words lead to is read with the real interpreter in the real home, so "let me in" →
// "unlock the front door" is caught however the door is named, and "open the office shade" is not.
// A routine or taught command is a list of steps the person can change later, so a rewrite to
// one is treated as sensitive too: a yes now covers what it will do then.
import type { Command } from '../home/commands.ts';
import type { Entity, Home } from '../home/model.ts';
import { interpret } from '../language/interpret.ts';
import type { IntentName, Interpretation } from '../language/types.ts';
import type { LearningContext, SensitiveWhy } from './types.ts';

/** Covers that let someone in when opened. */
const ENTRY_COVERS: ReadonlySet<string> = new Set(['garage', 'door', 'gate']);
/** Binary sensors that watch over the home. */
const GUARD_CLASSES: ReadonlySet<string> = new Set([
  'smoke',
  'carbon_monoxide',
  'gas',
  'moisture',
  'safety',
  'tamper',
  'problem',
]);
/** Words in a plug's name or what is plugged into it that say it guards the home. */
const GUARD_WORDS =
  /\b(alarm|camera|cam|cctv|siren|security|smoke|co|carbon|detector|leak|water sensor)\b/i;

const OPENING = new Set(['HassTurnOn', 'HassSetPosition']);
const SWITCHING_OFF = new Set(['HassTurnOff']);
const STORED_SEQUENCES = new Set(['RunRoutine', 'RunTaughtCommand', 'StartSkill']);

/** Whether saying `to` in this home would unlock, open an entry or switch off a guard. */
export function isSensitive(to: string, context: LearningContext): boolean {
  return sensitiveWhy(to, context) !== undefined;
}

/** What makes saying `to` in this home sensitive, for the page to say; undefined when nothing. */
export function sensitiveWhy(to: string, context: LearningContext): SensitiveWhy | undefined {
  return whyFor(interpret(to, context), context);
}

/** The same, for what was understood already (a request read through a rewrite). */
export function whyFor(
  meaning: Interpretation,
  context: LearningContext,
): SensitiveWhy | undefined {
  for (const part of meaning.parts ?? []) {
    const why = whyFor(part, context);
    if (why) return why;
  }
  if (STORED_SEQUENCES.has(meaning.intent)) return 'steps';
  const byId = new Map(context.home.entities.map((e) => [e.id, e]));
  for (const id of meaning.targets) {
    const entity = byId.get(id);
    const why = entity && sensitiveFor(meaning, entity);
    if (why) return why;
  }
  return undefined;
}

/**
 * Whether a command would unlock, open an entry or switch off a guard: what taking a turn back
 * ("that's wrong" after locking the door) must not do without being asked.
 */
export function isSensitiveCommand(command: Command, home: Home): boolean {
  const entity = home.entities.find((e) => e.id === command.entityId);
  if (!entity) return false;
  const as = (intent: IntentName, slots: Interpretation['slots'] = {}): Interpretation => ({
    text: '',
    intent,
    slots,
    targets: [entity.id],
  });
  switch (command.type) {
    case 'unlock':
      return sensitiveFor(as('HassTurnOff'), entity) !== undefined;
    case 'open':
      return sensitiveFor(as('HassTurnOn'), entity) !== undefined;
    case 'set_position':
      return (
        sensitiveFor(as('HassSetPosition', { position: command.position }), entity) !== undefined
      );
    case 'turn_off':
    case 'toggle':
      return sensitiveFor(as('HassTurnOff'), entity) !== undefined;
    default:
      return false;
  }
}

function sensitiveFor(meaning: Interpretation, entity: Entity): SensitiveWhy | undefined {
  const { intent, slots } = meaning;
  const off = SWITCHING_OFF.has(intent);
  switch (entity.domain) {
    // "Turn off" a lock unlocks it (Home Assistant's convention, as in commandsFor.ts).
    case 'lock':
      return off ? 'unlock' : undefined;
    case 'cover': {
      if (!ENTRY_COVERS.has(entity.attributes.device_class)) return undefined;
      const opens = intent === 'HassSetPosition' ? (slots.position ?? 0) > 0 : OPENING.has(intent);
      return opens ? 'open' : undefined;
    }
    case 'binary_sensor':
      return off && GUARD_CLASSES.has(entity.attributes.device_class) ? 'guard' : undefined;
    case 'switch':
      return off && GUARD_WORDS.test(`${entity.name} ${entity.attributes.plugged_in ?? ''}`)
        ? 'guard'
        : undefined;
    default:
      // Any other device whose name says it guards the home ("Security camera") counts too.
      return off && /\b(alarm|camera|siren|security)\b/i.test(entity.name) ? 'guard' : undefined;
  }
}
