import { describe, expect, it } from 'vitest';
import { Lightbulb, Lock, Sparkles, Warehouse } from 'lucide-react';
import { deviceIcon, isSecurityKind } from './cardLook.ts';

describe('how a hunch card looks', () => {
  it('marks what keeps the home shut: locks, garage doors and doors', () => {
    expect(isSecurityKind('lock:unlocked')).toBe(true);
    expect(isSecurityKind('cover.garage:open')).toBe(true);
    expect(isSecurityKind('cover.door:open')).toBe(true);
    expect(isSecurityKind('cover.window:open')).toBe(false);
    expect(isSecurityKind('light:on')).toBe(false);
    expect(isSecurityKind('climate:heat')).toBe(false);
  });

  it('draws the kind of device', () => {
    expect(deviceIcon('cover', 'cover.garage:open')).toBe(Warehouse);
    expect(deviceIcon('lock', 'lock:unlocked')).toBe(Lock);
    expect(deviceIcon('light', 'light:on')).toBe(Lightbulb);
    expect(deviceIcon('vacuum', 'vacuum:cleaning')).toBe(Sparkles);
  });
});
