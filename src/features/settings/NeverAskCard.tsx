import { useState } from 'react';
import type { Home } from '../../domain/home/model.ts';
import { askAgainAbout } from '../../stores/awareness.ts';
import { Button } from '../../components/ui/Button.tsx';
import { attempt } from './attempt.ts';
import { SettingsCard } from './Card.tsx';

/** "Devices I won't ask about": what the person answered "Don't ask about this device" for. */
export function NeverAskCard({
  home,
  entityIds,
  ready,
}: {
  home: Home;
  entityIds: readonly string[];
  ready: boolean;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const nameOf = (id: string) =>
    home.entities.find((e) => e.id === id)?.name ?? 'A device that is no longer in the home';
  const askAgain = async (id: string) => {
    setBusy(id);
    try {
      await attempt('Could not change that', () => askAgainAbout(id));
    } finally {
      setBusy(null);
    }
  };
  return (
    <SettingsCard
      id="never-ask-heading"
      title="Devices I won't ask about"
      description="When you answer “Don't ask about this device” to a hunch, the assistant stops noticing that device."
    >
      {entityIds.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          None: the assistant may ask about every device.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {entityIds.map((id) => (
            <li
              key={id}
              data-testid={`never-ask-${id}`}
              className="flex items-center justify-between gap-3 py-2"
            >
              <span className="text-sm">{nameOf(id)}</span>
              <Button
                size="sm"
                disabled={!ready || busy !== null}
                aria-label={`Ask again about ${nameOf(id)}`}
                onClick={() => void askAgain(id)}
              >
                Ask again
              </Button>
            </li>
          ))}
        </ul>
      )}
    </SettingsCard>
  );
}
