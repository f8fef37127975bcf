// "Is there any motion?": detectors are asked about what they detect, not about themselves, so the
// answer says what and where ("Yes, there's motion in the Landing"), not "the Landing motion is
// detecting motion".
import type { Entity, Home } from '../home/model.ts';
import type { Slots } from '../language/types.ts';
import { areaById } from './places.ts';
import { asksDetected } from './stateWords.ts';
import { capitalize, joinList, theName } from './words.ts';

/** What each kind of detector finds, and its absence. */
const FINDS: Readonly<Record<string, readonly [yes: string, no: string]>> = {
  motion: ['motion', 'no motion'],
  occupancy: ['someone', 'nobody'],
  moisture: ['a leak', 'no leak'],
  smoke: ['smoke', 'no smoke'],
  carbon_monoxide: ['carbon monoxide', 'no carbon monoxide'],
  gas: ['gas', 'no gas'],
  sound: ['sound', 'no sound'],
  vibration: ['vibration', 'no vibration'],
};

const classOf = (entity: Entity) =>
  entity.domain === 'binary_sensor' ? entity.attributes.device_class : undefined;

/** "in the Landing and the Garden", or the detector's name where it has no room. */
function where(home: Home, entities: readonly Entity[]): string {
  const places = entities.map((e) => {
    const area = areaById(home, e.area);
    return area ? `the ${area.name}` : theName(e);
  });
  return `in ${joinList([...new Set(places)])}`;
}

/**
 * The answer when every device asked about is a detector of one kind and the question is whether
 * it detects ("is there motion?", "which rooms have motion?"); undefined otherwise.
 */
export function answerDetection(
  a: { relevant: Entity[]; matching: Entity[]; place: string },
  said: string,
  query: NonNullable<Slots['query']>,
  home: Home,
): string | undefined {
  if (query === 'all' || query === 'count') return undefined;
  const classes = new Set(a.relevant.map(classOf));
  const [kind] = [...classes];
  const finds = kind === undefined ? undefined : FINDS[kind];
  if (classes.size !== 1 || !finds) return undefined;
  if (!a.relevant.every((e) => asksDetected(said, e))) return undefined;
  const [yes, no] = finds;
  const found = a.matching.length > 0;
  const sentence = found ? `there's ${yes} ${where(home, a.matching)}` : `there's ${no}${a.place}`;
  if (query === 'which') return capitalize(sentence);
  return `${found ? 'Yes' : 'No'}, ${sentence}`;
}
