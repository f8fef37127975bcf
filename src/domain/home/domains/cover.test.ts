import { describe, it } from 'vitest';
import type { CoverEntity } from '../model.ts';
import { makeCover, makeGarageDoor } from '../testing.ts';
import { expectRow, type Row } from './expectRow.ts';

const closed = makeCover();
const open = makeCover({ state: 'open', attributes: { position: 100 } });
const halfOpen = makeCover({ state: 'open', attributes: { position: 40 } });
const opening = makeCover({ state: 'opening', attributes: { position: 30, target_position: 100 } });
const closing = makeCover({ state: 'closing', attributes: { position: 30, target_position: 0 } });
const instant = makeCover({
  id: 'cover.bathroom_window',
  name: 'Bathroom window',
  attributes: { device_class: 'window', travel_seconds: 0 },
});
const garage = makeGarageDoor();

// prettier-ignore
const rows: Row<CoverEntity>[] = [
  ['open starts travelling', closed, { type: 'open' }, { state: 'opening', attributes: { position: 0, target_position: 100 } }],
  ['close starts travelling', open, { type: 'close' }, { state: 'closing', attributes: { position: 100, target_position: 0 } }],
  ['open when open is a no-op', open, { type: 'open' }, { state: 'open', noop: true }],
  ['close when closed is a no-op', closed, { type: 'close' }, { state: 'closed', noop: true }],
  ['open while opening is a no-op', opening, { type: 'open' }, { noop: true }],
  ['close while opening turns round', opening, { type: 'close' }, { state: 'closing', attributes: { position: 30, target_position: 0 } }],
  ['set_position above travels up', halfOpen, { type: 'set_position', position: 70 }, { state: 'opening', attributes: { position: 40, target_position: 70 } }],
  ['set_position below travels down', halfOpen, { type: 'set_position', position: 10 }, { state: 'closing', attributes: { target_position: 10 } }],
  ['set_position to where it is is a no-op', halfOpen, { type: 'set_position', position: 40 }, { noop: true }],
  ['set_position 120', halfOpen, { type: 'set_position', position: 120 }, { error: 'Position must be between 0 and 100 %; 120 is out of range.' }],
  ['set_position "half"', halfOpen, { type: 'set_position', position: 'half' as unknown as number }, { error: "'half' is not a number" }],
  ['stop while opening stays put', opening, { type: 'stop' }, { state: 'open', attributes: { position: 30 }, absent: ['target_position'] }],
  ['stop while closing at 0 is closed', makeCover({ state: 'closing', attributes: { position: 0, target_position: 0 } }), { type: 'stop' }, { state: 'closed', absent: ['target_position'] }],
  ['stop when still is a no-op', halfOpen, { type: 'stop' }, { noop: true }],
  ['toggle a moving cover stops it', closing, { type: 'toggle' }, { state: 'open', absent: ['target_position'] }],
  ['toggle a closed cover opens it', closed, { type: 'toggle' }, { state: 'opening' }],
  ['toggle an open cover closes it', halfOpen, { type: 'toggle' }, { state: 'closing' }],
  ['travel 0 opens at once', instant, { type: 'open' }, { state: 'open', attributes: { position: 100 }, absent: ['target_position'] }],
  ['travel 0 set_position arrives at once', instant, { type: 'set_position', position: 25 }, { state: 'open', attributes: { position: 25 } }],
  ['garage opens fully', garage, { type: 'open' }, { state: 'opening', attributes: { target_position: 100 } }],
  ['garage set_position 100 is opening', garage, { type: 'set_position', position: 100 }, { state: 'opening' }],
  ['garage set_position 40 is refused', garage, { type: 'set_position', position: 40 }, { error: "Garage door only opens or closes fully; it can't stop at 40 %." }],
  ['turn_on is not a cover command', closed, { type: 'turn_on' }, { error: "Living room blind is a blind; it can't be turned on." }],
  ['lock is not a garage door command', garage, { type: 'lock' }, { error: "Garage door is a garage door; it can't be locked." }],
];

describe('cover commands', () => {
  it.each(rows)('%s', (_label, entity, command, expected) => expectRow(entity, command, expected));
});
