// What was taught, in plain words, for the "Things I've learned" list, the teach dialogue and
// "Why?": one line per item ("“movie mode”: set all the lights in the Living room to 20 % and close
// the Living room blinds"), where it came from and when ("taught in conversation on 3 March").
// Steps are said by the routines' own summaries, so a step reads the same everywhere.
import { curly, joinList, shortList } from '../assistant/words.ts';
import { zonedParts } from '../clock/zoned.ts';
import { describeAction, type SummaryContext } from '../routines/summary.ts';
import { nameOf } from '../routines/summaryWords.ts';
import { CONCEPT_KINDS, describeConcept } from './concepts.ts';
import type { TaughtItem, TaughtSource } from './model.ts';

/** What the words need: the home for names, the person's unit, routine names by id. */
export type TaughtWordsContext = SummaryContext;

/** The words' context from the routines and taught items there are, so steps name them. */
export function wordsContext(ctx: {
  home: SummaryContext['home'];
  unit: SummaryContext['unit'];
  routines?: readonly { id: string; name: string }[];
  taught?: readonly TaughtItem[];
}): TaughtWordsContext {
  const { routines = [], taught = [] } = ctx;
  return {
    home: ctx.home,
    unit: ctx.unit,
    routineName: (id) => routines.find((r) => r.id === id)?.name,
    taughtName: (id) => {
      const item = taught.find((t) => t.id === id);
      return item?.kind === 'command' ? item.phrases[0] : undefined;
    },
  };
}

/** Steps named in full; past this many, "… and 3 more". */
const STEPS_SHOWN = 4;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The words it is known by: the first phrase of a command, a concept's word, a name. */
export function taughtTitle(item: TaughtItem): string {
  switch (item.kind) {
    case 'command':
      return item.phrases[0] ?? '';
    case 'concept':
      return item.word;
    case 'name':
      return item.name;
  }
}

function targetName(item: Extract<TaughtItem, { kind: 'name' }>, ctx: TaughtWordsContext): string {
  const { target } = item;
  if (target.kind === 'entity')
    return nameOf(ctx.home.entities.find((e) => e.id === target.entityId));
  const area = ctx.home.areas.find((a) => a.id === target.areaId);
  return area ? `the ${area.name}` : 'a room that no longer exists';
}

/** What a taught command does, as instructions: "set … to 20 % and close the blinds". */
export function describeSteps(
  item: Pick<Extract<TaughtItem, { kind: 'command' }>, 'steps'>,
  ctx: TaughtWordsContext,
): string {
  const steps = item.steps.filter((s) => !s.disabled).map((s) => describeAction(s, ctx));
  return steps.length === 0
    ? 'nothing, as all its steps are switched off'
    : shortList(steps, STEPS_SHOWN);
}

/**
 * One line for lists and "Why?": "“movie mode”: set …", "“study mode” for lights: brightness
 * 100 % and cool white (taught on the Living room lamp)", "“the big light” is another name for the
 * Living room ceiling".
 */
export function describeTaught(item: TaughtItem, ctx: TaughtWordsContext): string {
  switch (item.kind) {
    case 'command': {
      const [first = '', ...others] = item.phrases;
      const also = others.length > 0 ? ` (or ${joinList(others.map(curly), 'or')})` : '';
      return `${curly(first)}${also}: ${describeSteps(item, ctx)}`;
    }
    case 'concept': {
      const device =
        item.taughtOn === undefined
          ? undefined
          : ctx.home.entities.find((e) => e.id === item.taughtOn);
      const on = device ? ` (taught on ${nameOf(device)})` : '';
      return `${curly(item.word)} for ${CONCEPT_KINDS[item.domain].many}: ${describeConcept(item, ctx.unit)}${on}`;
    }
    case 'name':
      return `${curly(item.name)} is another name for ${targetName(item, ctx)}`;
  }
}

/** "on 3 March", with the year when it is not the year of `now`. */
export function taughtWhen(
  item: Pick<TaughtItem, 'taughtAt'>,
  timeZone: string,
  now?: number,
): string {
  const p = zonedParts(item.taughtAt, timeZone);
  const sameYear = now === undefined || zonedParts(now, timeZone).year === p.year;
  return `on ${p.day} ${MONTHS[p.month - 1] ?? ''}${sameYear ? '' : ` ${p.year}`}`;
}

const SOURCE_WORDS: Record<TaughtSource, string> = {
  conversation: 'in conversation',
  showing: 'by showing',
  form: 'in the form',
};

/** "Taught in conversation on 3 March": where it came from and when, for the list. */
export function taughtOrigin(item: TaughtItem, timeZone: string, now?: number): string {
  return `Taught ${SOURCE_WORDS[item.source]} ${taughtWhen(item, timeZone, now)}`;
}

/** For "Why?": "because you taught me “movie mode” on 3 March". */
export function becauseTaught(item: TaughtItem, timeZone: string, now?: number): string {
  return `because you taught me ${curly(taughtTitle(item))} ${taughtWhen(item, timeZone, now)}`;
}
