import { useState } from 'react';
import { RULES } from '../../domain/awareness/followUps/rules.ts';
import { ruleStatus } from '../../domain/awareness/followUps/choose.ts';
import type { AwarenessMemory } from '../../domain/awareness/types.ts';
import { switchFollowUp } from '../../stores/awareness.ts';
import { Switch } from '../../components/ui/Switch.tsx';
import { attempt } from './attempt.ts';
import { SettingsCard } from './Card.tsx';
import { answeredWords, quietWords } from './followUpWords.ts';

function RuleRow({
  id,
  title,
  memory,
  ready,
}: {
  id: string;
  title: string;
  memory: AwarenessMemory;
  ready: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const status = ruleStatus(memory, id);
  const counts = memory.followUps[id];
  const quiet = quietWords(status, counts);
  const change = async (on: boolean) => {
    setBusy(true);
    try {
      await attempt(`Could not change “${title}”`, () => switchFollowUp(id, on));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li data-testid={`follow-up-${id}`} className="flex items-start justify-between gap-3 py-2">
      <div className="min-w-0 text-sm">
        <p>{title}</p>
        <p className="text-slate-600 dark:text-slate-400">
          {answeredWords(counts)}.{quiet && ` ${quiet}`}
        </p>
      </div>
      <Switch
        label={`Offer: ${title}`}
        checked={status === 'on'}
        disabled={!ready || busy}
        onCheckedChange={(on) => void change(on)}
      />
    </li>
  );
}

/** "Suggestions after requests": each follow-up rule, how it was received, and a switch. */
export function FollowUpsCard({ memory, ready }: { memory: AwarenessMemory; ready: boolean }) {
  return (
    <SettingsCard
      id="follow-ups-heading"
      title="Suggestions after requests"
      description="After some requests the assistant offers one related next step, like “Lock the doors too?” when you leave. Suggestions you keep saying no to go quiet on their own; switch one back on here."
    >
      <ul className="divide-y divide-slate-100 dark:divide-slate-800">
        {RULES.map((rule) => (
          <RuleRow key={rule.id} id={rule.id} title={rule.title} memory={memory} ready={ready} />
        ))}
      </ul>
    </SettingsCard>
  );
}
