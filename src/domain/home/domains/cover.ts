// Blinds, curtains, windows and doors. Covers travel: a command only sets where to go (state
// "opening"/"closing" and target_position); simulate.ts moves the position over time and ends the
// travel. A cover with travel_seconds 0 arrives at once.
import type { CoverEntity } from '../model.ts';
import { checkRange, fail, ok, PERCENT, type DomainHandler, type Outcome } from './common.ts';

const POSITION = { label: 'Position', ...PERCENT, unit: '%' };

type Attributes = CoverEntity['attributes'];

/** Stands still where it is: no target, open if any part of it is open. */
function standing(cover: CoverEntity, position: number): CoverEntity {
  const { target_position: _gone, ...rest } = cover.attributes;
  const attributes: Attributes = { ...rest, position };
  return { ...cover, state: position > 0 ? 'open' : 'closed', attributes };
}

function moveTo(cover: CoverEntity, target: number): CoverEntity {
  const { position } = cover.attributes;
  if (cover.attributes.travel_seconds === 0 || target === position) return standing(cover, target);
  return {
    ...cover,
    state: target > position ? 'opening' : 'closing',
    attributes: { ...cover.attributes, target_position: target },
  };
}

const isMoving = (cover: CoverEntity) => cover.state === 'opening' || cover.state === 'closing';

function setPosition(cover: CoverEntity, position: number): Outcome<CoverEntity> {
  if (!cover.attributes.supports_position && position !== 0 && position !== 100) {
    return fail(`${cover.name} only opens or closes fully; it can't stop at ${position} %.`);
  }
  return ok(moveTo(cover, position));
}

export const coverHandler: DomainHandler<CoverEntity> = {
  apply(cover, command) {
    switch (command.type) {
      case 'open':
        return ok(moveTo(cover, 100));
      case 'close':
        return ok(moveTo(cover, 0));
      case 'stop':
        return ok(standing(cover, cover.attributes.position));
      case 'toggle':
        // As Home Assistant does: a moving cover stops, a closed one opens, anything else closes.
        if (isMoving(cover)) return ok(standing(cover, cover.attributes.position));
        return ok(moveTo(cover, cover.state === 'closed' ? 100 : 0));
      case 'set_position': {
        const error = checkRange(command.position, POSITION);
        return error ? fail(error) : setPosition(cover, command.position);
      }
      default:
        return fail(`${cover.name} can't do that.`);
    }
  },
};
