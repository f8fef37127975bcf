import { useState } from 'react';
import type { Home } from '../../domain/home/model.ts';
import type { TemperatureUnit } from '../../domain/settings/settings.ts';
import { offerHabitAgain } from '../../stores/awareness.ts';
import { Button } from '../../components/ui/Button.tsx';
import { attempt } from './attempt.ts';
import { SettingsCard } from './Card.tsx';
import { refusedHabitWords } from './refusedHabitWords.ts';

/** "Habits I won't offer": offers answered with "Never ask", each with "Offer again". */
export function RefusedHabitsCard({
  home,
  unit,
  ids,
  ready,
}: {
  home: Home;
  unit: TemperatureUnit;
  ids: readonly string[];
  ready: boolean;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const offerAgain = async (id: string) => {
    setBusy(id);
    try {
      await attempt('Could not change that', () => offerHabitAgain(id));
    } finally {
      setBusy(null);
    }
  };
  return (
    <SettingsCard
      id="refused-habits-heading"
      title="Habits I won't offer"
      description="Things you often do together that you said never to make a routine of."
    >
      {ids.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          None: the assistant may offer every habit it notices.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {ids.map((id) => {
            const words = refusedHabitWords(id, home, unit);
            return (
              <li
                key={id}
                data-testid={`refused-habit-${id}`}
                className="flex items-center justify-between gap-3 py-2"
              >
                <span className="min-w-0 text-sm">{words}</span>
                <Button
                  size="sm"
                  disabled={!ready || busy !== null}
                  aria-label={`Offer again: ${words}`}
                  onClick={() => void offerAgain(id)}
                >
                  Offer again
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </SettingsCard>
  );
}
