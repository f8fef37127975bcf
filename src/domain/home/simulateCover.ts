// The cover process: a blind, curtain or garage door travels toward its target at
// 100 / travel_seconds percent per second, one percent per tick of the grid of simulateStep.ts.
import type { Change } from '../activity/event.ts';
import type { Stepped } from './simulateStep.ts';
import { ticksBetween, tickTime, unchanged } from './simulateStep.ts';
import type { CoverEntity } from './model.ts';

export function stepCover(entity: CoverEntity, from: number, to: number): Stepped<CoverEntity> {
  if (entity.state !== 'opening' && entity.state !== 'closing') return unchanged(entity);
  const { position, travel_seconds: travel } = entity.attributes;
  // A cover saved mid-travel by an older version may lack a target: it was heading for the end.
  const target = entity.attributes.target_position ?? (entity.state === 'opening' ? 100 : 0);
  const dir = Math.sign(target - position);
  const steps = Math.ceil(Math.abs(target - position) - 1e-9);
  const period = travel * 10; // ms per percent

  let arrivedAt = from;
  if (steps > 0 && period > 0) {
    const ticks = ticksBetween(from, to, period);
    if (ticks < steps) {
      if (ticks === 0) return unchanged(entity);
      return {
        entity: {
          ...entity,
          attributes: { ...entity.attributes, position: position + dir * ticks },
        },
        happenings: [],
      };
    }
    arrivedAt = tickTime(from, steps, period);
  }

  const { target_position: _arrived, ...attributes } = entity.attributes;
  const state = target <= 0 ? 'closed' : 'open';
  // `from` of the position change is where this call found the cover: the movement's true start
  // is in the event that set it moving (execute), which the activity log shows just before.
  const changes: Change[] = [{ key: 'state', from: entity.state, to: state }];
  if (position !== target) changes.push({ key: 'position', from: position, to: target });
  return {
    entity: { ...entity, state, attributes: { ...attributes, position: target } },
    happenings: [{ at: arrivedAt, changes }],
  };
}
