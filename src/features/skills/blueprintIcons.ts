// A small picture per template, so the gallery can be scanned at a glance.
import {
  BookOpenText,
  CalendarClock,
  CircleHelp,
  Heart,
  House,
  Baby,
  Laugh,
  Layers,
  Lightbulb,
  ListChecks,
  MessagesSquare,
  RotateCw,
  Trophy,
  type LucideIcon,
} from 'lucide-react';
import type { BlueprintId } from '../../domain/blueprints/types.ts';

export const BLUEPRINT_ICONS: Record<BlueprintId, LucideIcon> = {
  qa: CircleHelp,
  whoseTurn: RotateCw,
  houseguest: House,
  babysitter: Baby,
  trivia: Trophy,
  flashcards: Layers,
  bedtime: BookOpenText,
  countdown: CalendarClock,
  chores: ListChecks,
  funFacts: Lightbulb,
  jokes: Laugh,
  compliments: Heart,
  dialogues: MessagesSquare,
};
