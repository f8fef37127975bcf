// A habit the person said "Never ask" to is remembered only by its id — the half hour it happened
// in and its steps as keys ("22:30|light.living_room_lamp:turn_off,lock.front_door:lock", see
// habitId() and stepKey() in domain/awareness/habits) — so Settings reads the id back into words:
// "Between 22:30 and 23:00: turn off the Living room lamp and lock the Front door". An id it
// cannot read is still listed, in general words, so it can be offered again.
import { joinList } from '../../domain/assistant/words.ts';
import type { Home } from '../../domain/home/model.ts';
import type { ActionOf } from '../../domain/routines/model.ts';
import { describeAction } from '../../domain/routines/summary.ts';
import type { TemperatureUnit } from '../../domain/settings/settings.ts';

const STEP = /^([a-z_]+\.[\w-]+):([a-z_]+)(?:=(.+))?$/;
const HALF_HOUR = /^(\d{2}):(\d{2})$/;

function stepAction(key: string): ActionOf<'control'> | undefined {
  const match = STEP.exec(key);
  if (!match) return undefined;
  const [, entityId = '', command = '', raw] = match;
  const value = raw === undefined ? undefined : Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return {
    type: 'control',
    target: { kind: 'entity', entityId },
    command,
    ...(value !== undefined ? { value } : {}),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Between 22:30 and 23:00" from "22:30". */
function halfHourWords(start: string): string | undefined {
  const match = HALF_HOUR.exec(start);
  if (!match) return undefined;
  const end = (Number(match[1]) * 60 + Number(match[2]) + 30) % 1440;
  return `Between ${start} and ${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}

export function refusedHabitWords(id: string, home: Home, unit: TemperatureUnit): string {
  const bar = id.indexOf('|');
  const when = bar > 0 ? halfHourWords(id.slice(0, bar)) : undefined;
  const actions =
    bar > 0
      ? id
          .slice(bar + 1)
          .split(',')
          .map(stepAction)
      : [];
  if (!when || actions.length === 0 || actions.some((a) => a === undefined))
    return 'Things you did together at about the same time';
  const steps = actions.map((a) => describeAction(a!, { home, unit }));
  return `${when}: ${joinList(steps)}`;
}
