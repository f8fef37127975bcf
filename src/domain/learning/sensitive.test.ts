import { describe, expect, it } from 'vitest';
import type { Home } from '../home/model.ts';
import { plug } from '../home/scenarios/make.ts';
import { demoHome } from '../home/scenarios/demo.ts';
import { isSensitive, sensitiveWhy } from './sensitive.ts';

const home = demoHome(Date.UTC(2025, 2, 3, 18, 0));
const context = { home };

describe('the safety rule', () => {
  it('unlocking a door is sensitive, locking it is not', () => {
    expect(isSensitive('unlock the front door', context)).toBe(true);
    expect(isSensitive('lock the front door', context)).toBe(false);
  });

  it('opening the garage is sensitive, closing it or opening a shade is not', () => {
    expect(isSensitive('open the garage door', context)).toBe(true);
    expect(isSensitive('set the garage door to 50 percent', context)).toBe(true);
    expect(isSensitive('close the garage door', context)).toBe(false);
    expect(isSensitive('open the office shade', context)).toBe(false);
  });

  it('switching off a smoke or leak detector is sensitive, a lamp is not', () => {
    expect(isSensitive('turn off the smoke alarm', context)).toBe(true);
    expect(isSensitive('turn off the bathroom leak sensor', context)).toBe(true);
    expect(isSensitive('turn off the living room lamp', context)).toBe(false);
  });

  it('switching off a plug that powers a camera or an alarm is sensitive', () => {
    const withCamera: Home = {
      ...home,
      entities: [...home.entities, plug('switch.camera', 'Porch camera', 'garden', true, 'camera')],
    };
    expect(isSensitive('turn off the porch camera', { home: withCamera })).toBe(true);
    expect(isSensitive('turn on the porch camera', { home: withCamera })).toBe(false);
    expect(isSensitive('turn off the kettle', { home: withCamera })).toBe(false);
  });

  it('reads every part of a compound request', () => {
    expect(isSensitive('turn off the lights and unlock the back door', context)).toBe(true);
  });

  it('a routine can do anything later: a rewrite to one needs a yes', () => {
    const routines = [{ id: 'r1', name: 'Good night', phrases: ['good night'] }];
    expect(isSensitive('good night', { home, routines })).toBe(true);
  });

  it('says why, for the page', () => {
    expect(sensitiveWhy('unlock the front door', context)).toBe('unlock');
    expect(sensitiveWhy('open the garage door', context)).toBe('open');
    expect(sensitiveWhy('turn off the smoke alarm', context)).toBe('guard');
    const routines = [{ id: 'r1', name: 'Good night', phrases: ['good night'] }];
    expect(sensitiveWhy('good night', { home, routines })).toBe('steps');
    expect(sensitiveWhy('turn off the kitchen light', context)).toBeUndefined();
  });
});
