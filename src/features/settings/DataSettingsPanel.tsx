import { useRef, useState } from 'react';
import { Download, Upload, RotateCcw } from 'lucide-react';
import { SCENARIOS } from '../../domain/home/scenarios/index.ts';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings.ts';
import { useHomeSettings, useMeta } from '../../persistence/hooks.ts';
import {
  checkBackupFile,
  describeBackup,
  makeBackupFile,
  restoreBackup,
} from '../../stores/dataActions.ts';
import { loadScenario } from '../../stores/scenario.ts';
import { notify } from '../../stores/notifications.ts';
import { Button } from '../../components/ui/Button.tsx';
import { Dialog } from '../../components/ui/Dialog.tsx';
import { inputClass } from '../../components/ui/Field.tsx';
import { SettingsCard } from './Card.tsx';

interface Pending {
  fileName: string;
  text: string;
  summary: string;
}
interface Failure {
  fileName: string;
  message: string;
  problems: string[];
}

export function DataSettingsPanel() {
  const settings = useHomeSettings() ?? DEFAULT_SETTINGS;
  const meta = useMeta();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [scenario, setScenario] = useState(SCENARIOS[0]?.name ?? 'demo');
  const [confirmReset, setConfirmReset] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const file = await makeBackupFile();
      const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      notify({
        tone: 'success',
        title: 'Backup downloaded',
        body: `${file.fileName}: ${file.devices} devices, ${file.events.toLocaleString('en-GB')} events.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setFailure(null);
    setBusy(true);
    try {
      const result = await checkBackupFile(file);
      if (result.ok && result.text !== undefined) {
        setPending({
          fileName: file.name,
          text: result.text,
          summary: describeBackup(result, settings.location.timeZone),
        });
      } else if (!result.ok) {
        setFailure({ fileName: file.name, message: result.message, problems: result.problems });
      }
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await restoreBackup(pending.text);
      if (result.ok)
        notify({
          tone: 'success',
          title: 'Backup restored',
          body: `Everything from ${pending.fileName} is back.`,
        });
      else
        setFailure({
          fileName: pending.fileName,
          message: result.message,
          problems: result.problems,
        });
    } finally {
      setPending(null);
      setBusy(false);
    }
  };

  const reset = async () => {
    setConfirmReset(false);
    await loadScenario(scenario);
    const title = SCENARIOS.find((s) => s.name === scenario)?.title ?? scenario;
    notify({
      tone: 'success',
      title: 'Home reset',
      body: `You are now in the “${title}” scenario.`,
    });
  };

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <SettingsCard
        id="backup-heading"
        title="Back up and restore"
        description="One file holds everything: the home, its history, your routines, your skills, what you taught the assistant, your settings and the clock."
      >
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => void download()} disabled={busy}>
            <Download aria-hidden className="size-4" />
            Download backup
          </Button>
          <Button onClick={() => fileInput.current?.click()} disabled={busy}>
            <Upload aria-hidden className="size-4" />
            Restore from a file…
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            aria-label="Backup file to restore"
            className="sr-only"
            tabIndex={-1}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </div>
        {failure && (
          <div
            role="alert"
            className="mt-4 rounded-xl bg-red-50 p-4 text-sm text-red-900 ring-1 ring-red-200 dark:bg-red-950/40 dark:text-red-200 dark:ring-red-900"
          >
            <p className="font-semibold">
              “{failure.fileName}” was not restored. Nothing was changed.
            </p>
            <p className="mt-1">{failure.message}</p>
            {failure.problems.length > 0 && (
              <ul className="mt-2 list-disc pl-5">
                {failure.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </SettingsCard>
      <SettingsCard
        id="reset-heading"
        title="Start over"
        description="Replace everything in this browser with a fresh scenario. Download a backup first if you want to keep what you have."
      >
        {meta && (
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            Current data started from:{' '}
            <strong>
              {SCENARIOS.find((s) => s.name === meta.scenario)?.title ?? meta.scenario}
            </strong>
          </p>
        )}
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="scenario" className="text-sm font-medium">
              Scenario
            </label>
            <select
              id="scenario"
              className={inputClass}
              value={scenario}
              onChange={(e) => setScenario(e.target.value)}
            >
              {SCENARIOS.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <Button variant="danger" onClick={() => setConfirmReset(true)} disabled={busy}>
            <RotateCcw aria-hidden className="size-4" />
            Reset to this scenario
          </Button>
        </div>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {SCENARIOS.find((s) => s.name === scenario)?.description}
        </p>
      </SettingsCard>

      <Dialog
        open={pending !== null}
        onOpenChange={(open) => !open && setPending(null)}
        title="Restore this backup?"
        description={
          pending ? `${pending.summary} Restoring replaces everything in this browser.` : undefined
        }
      >
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setPending(null)}>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => void restore()} disabled={busy}>
            Replace everything
          </Button>
        </div>
      </Dialog>
      <Dialog
        open={confirmReset}
        onOpenChange={setConfirmReset}
        title="Reset the home?"
        description={`Everything in this browser is replaced with the “${SCENARIOS.find((s) => s.name === scenario)?.title ?? scenario}” scenario. This cannot be undone.`}
      >
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={() => setConfirmReset(false)}>
            Cancel
          </Button>
          <Button variant="danger" onClick={() => void reset()}>
            Reset
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
