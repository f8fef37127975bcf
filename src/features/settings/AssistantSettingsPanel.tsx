// Settings → Assistant: what the assistant may do on its own, what it was told not to ask or
// offer (with a way back), how its suggestions after requests were received, and history to
// learn from. Everything here reads and changes the awareness store's memory.
import { DEFAULT_SETTINGS } from '../../domain/settings/settings.ts';
import { useHome, useHomeSettings } from '../../persistence/hooks.ts';
import { useAwareness } from '../../stores/awareness.ts';
import { AutomaticActionsCard } from './AutomaticActionsCard.tsx';
import { FollowUpsCard } from './FollowUpsCard.tsx';
import { HistoryCard } from './HistoryCard.tsx';
import { NeverAskCard } from './NeverAskCard.tsx';
import { RefusedHabitsCard } from './RefusedHabitsCard.tsx';

export function AssistantSettingsPanel() {
  const home = useHome();
  const settings = useHomeSettings() ?? DEFAULT_SETTINGS;
  const ready = useAwareness((s) => s.ready);
  const memory = useAwareness((s) => s.memory);
  const days = useAwareness((s) => s.historyDays);
  if (!home) return <p className="text-slate-600 dark:text-slate-400">Loading…</p>;
  return (
    <div className="flex flex-col gap-4">
      {!ready && (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          The assistant is reading the history; these settings can be changed in a moment.
        </p>
      )}
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <AutomaticActionsCard home={home} allowed={memory.automatic} ready={ready} />
        <div className="flex flex-col gap-4">
          <HistoryCard days={days} ready={ready} />
          <FollowUpsCard memory={memory} ready={ready} />
          <NeverAskCard home={home} entityIds={memory.neverAsk} ready={ready} />
          <RefusedHabitsCard
            home={home}
            unit={settings.temperatureUnit}
            ids={memory.habitNever}
            ready={ready}
          />
        </div>
      </div>
    </div>
  );
}
