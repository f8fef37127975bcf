// The Bennetts' routines that the history runs by phrase and by presence — "Good night" and
// "Leaving home" — as commands for the history and as routines for the family-month scenario, so
// that the routines the log names exist in the app, and "good night" said in the console runs the
// same thing the history shows (and is followed by what the assistant noticed).
import type { Command } from '../../home/commands.ts';
import { domainAccepts } from '../../home/capabilities.ts';
import type { Home } from '../../home/model.ts';
import type { Routine } from '../../routines/model.ts';
import { controlAction } from '../habits/words.ts';
import { command } from './act.ts';
import { ROUTINES } from './causes.ts';
import { D, GROUND_FLOOR_LIGHTS } from './devices.ts';

export function goodNightCommands(): Command[] {
  return [
    ...GROUND_FLOOR_LIGHTS.map((id) => command(id, 'turn_off')),
    command(D.tv, 'turn_off'),
    command(D.kitchenSpeaker, 'turn_off'),
    command(D.ceilingFan, 'turn_off'),
    command(D.porch, 'turn_off'),
    command(D.thermostat, 'set_temperature', { temperature: 17 }),
    command(D.frontDoor, 'lock'),
    command(D.backDoor, 'lock'),
  ];
}

export function leavingCommands(): Command[] {
  return [
    ...GROUND_FLOOR_LIGHTS.map((id) => command(id, 'turn_off')),
    command(D.tv, 'turn_off'),
    command(D.kitchenSpeaker, 'turn_off'),
  ];
}

/** The routines as the app keeps them, with only what this home has. */
export function familyRoutines(home: Home, now: number): Routine[] {
  const domains = new Map(home.entities.map((e) => [e.id, e.domain]));
  const actions = (commands: Command[]) =>
    commands
      .filter((c) => {
        const domain = domains.get(c.entityId);
        return domain !== undefined && domainAccepts(domain, c.type);
      })
      .map(controlAction);
  const base = {
    enabled: true,
    conditionMode: 'all' as const,
    conditions: [],
    createdAt: now,
    updatedAt: now,
  };
  return [
    {
      id: ROUTINES.goodNight.routineId,
      name: ROUTINES.goodNight.routineName,
      triggers: [{ type: 'phrase', phrases: ['good night'] }],
      actions: actions(goodNightCommands()),
      ...base,
    },
    {
      id: ROUTINES.leaving.routineId,
      name: ROUTINES.leaving.routineName,
      triggers: [
        { type: 'presence', event: 'leaves' },
        { type: 'phrase', phrases: ["I'm leaving"] },
      ],
      actions: actions(leavingCommands()),
      ...base,
    },
  ];
}
