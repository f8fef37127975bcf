// Running a taught command: its steps are routine actions, so control steps become home commands
// through the routines' own control logic (routines/controls.ts), and the rest is said as what to
// start, say or notify. A taught command runs at once, as one request: it has no waits (checks.ts
// refuses them); a wait found in stored data is skipped and said. Devices and rooms it refers to
// that no longer exist are named in words, so using it says so instead of failing silently.
import type { Command } from '../home/commands.ts';
import type { Domain, Home } from '../home/model.ts';
import { DOMAIN_WORDS } from '../home/model.ts';
import { DEVICE_WORDS } from '../language/grammar/words.ts';
import { commandsForControl } from '../routines/controls.ts';
import type { Action, ActionOf } from '../routines/model.ts';
import { durationWords } from '../routines/summaryWords.ts';
import type { TaughtCommand } from './model.ts';

export interface TaughtPlan {
  /** Commands for execute(), in the order of the steps. */
  commands: Command[];
  /** Routines to start, by id, in order ("run Good night"). */
  routines: string[];
  /** What to say, in order. */
  say: string[];
  notify: { title: string; body?: string }[];
  /** What it refers to that is gone: "the Porch light no longer exists". */
  missing: string[];
  /** Steps that can't be done for another reason, in words. */
  problems: string[];
}

export interface PlanOptions {
  /** Every taught command, so a step "do reading mode" runs that command's steps too. */
  taught?: readonly TaughtCommand[];
  /** The routines there are, so a step that runs a deleted one says so. */
  routines?: readonly { id: string }[];
}

/** Taught commands that run taught commands stop here, as routines do. */
const MAX_DEPTH = 5;

const emptyPlan = (): TaughtPlan => ({
  commands: [],
  routines: [],
  say: [],
  notify: [],
  missing: [],
  problems: [],
});

/** What people call a kind of device, to name one that is gone ("the Porch light"). */
const KIND_NOUN: Record<Domain, string> = {
  light: 'light',
  switch: 'plug',
  fan: 'fan',
  cover: 'blind',
  lock: 'lock',
  climate: 'thermostat',
  media_player: 'media player',
  sensor: 'sensor',
  binary_sensor: 'sensor',
  person: 'person',
};

const isDomain = (word: string): word is Domain => Object.hasOwn(KIND_NOUN, word);

/** Words an id spells in lower case that people write otherwise. */
const SPELLED: Record<string, string> = { tv: 'TV', ac: 'AC', pc: 'PC' };

const humanize = (id: string) => {
  const words = id
    .split('_')
    .filter((w) => w !== '')
    .map((w) => SPELLED[w] ?? w)
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A device that is no longer in the home has no name any more: the one its id was made from is
 * the best there is ("light.porch" → "the Porch light", "cover.garage_door" → "the Garage door").
 */
export function goneDeviceName(entityId: string): string {
  const [domain = '', object = entityId] = entityId.split('.');
  const name = humanize(object);
  const last = name.toLowerCase().split(' ').pop() ?? '';
  const kind = isDomain(domain) ? KIND_NOUN[domain] : 'device';
  const saysKind =
    last === kind ||
    DEVICE_WORDS[last] !== undefined ||
    DEVICE_WORDS[last.replace(/s$/, '')] !== undefined;
  return `the ${name}${saysKind ? '' : ` ${kind}`}`;
}

/** "the Porch light no longer exists", "there are no fans in the Garage any more". */
function missingFor(action: ActionOf<'control'>, home: Home): string | undefined {
  const { target } = action;
  if (target.kind === 'entity') {
    return home.entities.some((e) => e.id === target.entityId)
      ? undefined
      : `${goneDeviceName(target.entityId)} no longer exists`;
  }
  const area =
    target.areaId === undefined ? undefined : home.areas.find((a) => a.id === target.areaId);
  if (target.areaId !== undefined && !area)
    return `the room “${humanize(target.areaId)}” no longer exists`;
  const any = home.entities.some(
    (e) => e.domain === target.domain && (area === undefined || e.area === area.id),
  );
  if (any) return undefined;
  const many = DOMAIN_WORDS[target.domain].many;
  return area
    ? `there are no ${many} in the ${area.name} any more`
    : `there are no ${many} any more`;
}

const note = (list: string[], text: string) => {
  if (!list.includes(text)) list.push(text);
};

function planSteps(
  steps: readonly Action[],
  home: Home,
  options: PlanOptions,
  plan: TaughtPlan,
  running: readonly string[],
): void {
  for (const step of steps) {
    if (step.disabled) continue;
    switch (step.type) {
      case 'control': {
        const gone = missingFor(step, home);
        if (gone !== undefined) {
          note(plan.missing, gone);
          break;
        }
        const planned = commandsForControl(step, home);
        if (planned.ok) plan.commands.push(...planned.commands);
        else plan.problems.push(`I can't do one of its steps: ${planned.why}`);
        break;
      }
      case 'run_routine':
        if (options.routines && !options.routines.some((r) => r.id === step.routineId))
          note(plan.missing, 'a routine it runs no longer exists');
        else plan.routines.push(step.routineId);
        break;
      case 'run_taught': {
        const other = options.taught?.find((c) => c.id === step.commandId);
        if (!other) note(plan.missing, 'a taught command it runs no longer exists');
        else if (running.includes(other.id) || running.length >= MAX_DEPTH)
          plan.problems.push(`“${other.phrases[0]}” would run itself again, so I stopped there`);
        else planSteps(other.steps, home, options, plan, [...running, other.id]);
        break;
      }
      case 'say':
        plan.say.push(step.text);
        break;
      case 'notify':
        plan.notify.push({ title: step.title, ...(step.body ? { body: step.body } : {}) });
        break;
      case 'wait':
        plan.problems.push(
          `a taught command can't wait, so I skipped waiting ${durationWords(step.seconds)}`,
        );
        break;
    }
  }
}

/** What saying a taught command does now, against this home. */
export function commandPlan(
  command: TaughtCommand,
  home: Home,
  options: PlanOptions = {},
): TaughtPlan {
  const plan = emptyPlan();
  planSteps(command.steps, home, options, plan, [command.id]);
  return plan;
}

/** Only what it refers to that is gone, for the list of taught things. */
export function missingParts(
  command: TaughtCommand,
  home: Home,
  options: PlanOptions = {},
): string[] {
  return commandPlan(command, home, options).missing;
}
