// "Import a routine" (/routines/import): a routine someone shared, from the link that opened this
// page (`#routine=…`), a file, or pasted text. What was read is either refused in words — and
// nothing is added — or shown with the choices that fit it to this home (ImportForm).
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { FileUp } from 'lucide-react';
import type { Routine } from '../../../domain/routines/model.ts';
import {
  LINK_PARAM,
  parseShared,
  refuseBySize,
  type ParseSharedResult,
} from '../../../domain/routines/share.ts';
import { notify } from '../../../stores/notifications.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { inputClass } from '../../../components/ui/Field.tsx';
import { BackToList } from '../BackToList.tsx';
import { useRoutinesData } from '../useRoutinesData.ts';
import { ImportForm } from './ImportForm.tsx';
import { ProblemBox } from '../../../components/ui/ProblemBox.tsx';

interface Reading {
  result: ParseSharedResult;
  /** Where it came from, in words: "the link you opened", "“good-night.routine.json”". */
  source: string;
  /** A new number for every reading, so the form starts afresh for each. */
  key: number;
}

let readings = 0;
const reading = (result: ParseSharedResult, source: string): Reading => ({
  result,
  source,
  key: ++readings,
});

/** The routine in the address's hash, if the page was opened from a shared link. */
function fromHash(): Reading | null {
  const hash = window.location.hash;
  if (!new RegExp(`[#&]${LINK_PARAM}=`).test(hash)) return null;
  return reading(parseShared(hash), 'the link you opened');
}

const cardClass =
  'rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800';

export default function ImportRoutinePage() {
  const data = useRoutinesData();
  const [, navigate] = useLocation();
  const [current, setCurrent] = useState<Reading | null>(fromHash);
  const [pasted, setPasted] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  // A second shared link opened while this page is open changes only the hash.
  useEffect(() => {
    const onHash = () => {
      const next = fromHash();
      if (next) setCurrent(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    const source = `“${file.name}”`;
    try {
      setCurrent(reading(refuseBySize(file.size) ?? parseShared(await file.text()), source));
    } catch {
      setCurrent(
        reading(
          { ok: false, problems: ['This file could not be read. Try choosing it again.'] },
          source,
        ),
      );
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const added = (routine: Routine) => {
    notify({ tone: 'success', title: `Added “${routine.name}”` });
    navigate('/');
  };

  const result = current?.result;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <BackToList />
        <div className="max-w-2xl">
          <h1 className="text-2xl font-bold tracking-tight">Import a routine</h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Add a routine someone shared with you. Before anything is added you see what it does and
            choose which of your devices it uses.
          </p>
        </div>
      </div>

      {current && result?.ok && data && (
        <ImportForm
          key={current.key}
          shared={result.shared}
          home={data.home}
          routines={data.routines}
          unit={data.settings.temperatureUnit}
          onAdded={added}
          onCancel={() => navigate('/')}
        />
      )}
      <section aria-labelledby="import-source-heading" className={cn(cardClass, 'max-w-4xl')}>
        <h2 id="import-source-heading" className="text-lg font-semibold">
          {result?.ok ? 'Open another routine' : 'Open a shared routine'}
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          Open the link you were sent, choose the file, or paste what you were sent below.
        </p>
        <div className="mt-4 flex flex-col gap-4">
          <div>
            <Button onClick={() => fileInput.current?.click()}>
              <FileUp aria-hidden className="size-4" />
              Choose a file
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              aria-label="Routine file"
              className="sr-only"
              tabIndex={-1}
              onChange={(e) => void chooseFile(e.target.files?.[0])}
            />
          </div>
          <form
            className="flex flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              setCurrent(reading(parseShared(pasted), 'what you pasted'));
            }}
          >
            <label htmlFor="import-pasted" className="text-sm font-medium">
              Shared routine
            </label>
            <textarea
              id="import-pasted"
              value={pasted}
              rows={3}
              spellCheck={false}
              placeholder="Paste a shared link or the text of a shared file"
              onChange={(e) => setPasted(e.target.value)}
              className={cn(inputClass, 'h-auto py-2 font-mono text-xs')}
            />
            <div>
              <Button type="submit" disabled={pasted.trim() === ''}>
                Show routine
              </Button>
            </div>
          </form>
          {current && result && !result.ok && (
            <ProblemBox
              title={`Nothing was added: ${current.source} can’t be imported.`}
              problems={result.problems}
            />
          )}
        </div>
      </section>
    </div>
  );
}
