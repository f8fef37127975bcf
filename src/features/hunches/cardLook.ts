// How a card looks: the icon for the kind of device it is about, and whether it is about a door
// or a lock (drawn with an amber accent: they matter more, but the card stays calm). Both are read
// off the hunch's kind ("lock:unlocked", "cover.garage:open", "light:on") so the panel needs
// nothing from the first page's code that the first page itself does not use.
import {
  Blinds,
  Fan,
  Lightbulb,
  Lock,
  Plug,
  Sparkles,
  Thermometer,
  Tv,
  Warehouse,
  type LucideIcon,
} from 'lucide-react';

const BY_DOMAIN: Record<string, LucideIcon> = {
  light: Lightbulb,
  switch: Plug,
  fan: Fan,
  lock: Lock,
  climate: Thermometer,
  media_player: Tv,
  cover: Blinds,
};

/** The part of a hunch kind before the state: "lock", "cover.garage", "light". */
const deviceOf = (kind: string) => kind.slice(0, kind.lastIndexOf(':'));

export function deviceIcon(domain: string, kind: string): LucideIcon {
  if (deviceOf(kind) === 'cover.garage') return Warehouse;
  return BY_DOMAIN[domain] ?? Sparkles;
}

/** Locks, garage doors and doors: what keeps the home shut. */
export function isSecurityKind(kind: string): boolean {
  return ['lock', 'cover.garage', 'cover.door'].includes(deviceOf(kind));
}
