// "Import a skill" (/skills/import): a skill someone shared, from the link that opened this page
// (`#skill=…`), a file, or pasted text. What was read is either refused in words — and nothing
// is added — or shown with a chat to try it and the "Add this skill" button (SkillImportPreview).
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { FileUp } from 'lucide-react';
import type { Skill } from '../../../domain/blueprints/model.ts';
import {
  parseSharedSkill,
  refuseSkillBySize,
  type ParseSharedSkillResult,
} from '../../../domain/blueprints/share.ts';
import { useHomeSettings } from '../../../persistence/hooks.ts';
import { useSkills } from '../../../persistence/skillHooks.ts';
import { notify } from '../../../stores/notifications.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { inputClass } from '../../../components/ui/Field.tsx';
import { ProblemBox } from '../../../components/ui/ProblemBox.tsx';
import { BackToList } from '../BackToList.tsx';
import { LIST_PATH, skillPath } from '../paths.ts';
import { addedNotice, readHash } from './importWords.ts';
import { SkillImportPreview } from './SkillImportPreview.tsx';

interface Reading {
  result: ParseSharedSkillResult;
  /** Where it came from, in words: "the link you opened", "“quiz.skill.json”". */
  source: string;
  /** A new number for every reading, so the preview starts afresh for each. */
  key: number;
}

let readings = 0;
const reading = (result: ParseSharedSkillResult, source: string): Reading => ({
  result,
  source,
  key: ++readings,
});

/** The skill in the address's hash, if the page was opened from a shared link. */
function fromHash(): Reading | null {
  const result = readHash(window.location.hash);
  return result ? reading(result, 'the link you opened') : null;
}

const cardClass =
  'rounded-2xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800';

export default function ImportSkillPage() {
  const skills = useSkills();
  const settings = useHomeSettings();
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
      setCurrent(
        reading(refuseSkillBySize(file.size) ?? parseSharedSkill(await file.text()), source),
      );
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

  const added = (skill: Skill) => {
    notify({ tone: 'success', ...addedNotice(skill) });
    navigate(skillPath(skill.id));
  };

  const result = current?.result;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <BackToList />
        <div className="max-w-2xl">
          <h1 className="text-2xl font-bold tracking-tight">Import a skill</h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            Add a skill someone shared with you. Before anything is added you see what it does and
            can try it.
          </p>
        </div>
      </div>

      {current && result?.ok && skills && settings && (
        <SkillImportPreview
          key={current.key}
          shared={result.shared}
          skills={skills}
          timeZone={settings.location.timeZone}
          onAdded={added}
          onCancel={() => navigate(LIST_PATH)}
        />
      )}
      <section aria-labelledby="import-source-heading" className={cn(cardClass, 'max-w-5xl')}>
        <h2 id="import-source-heading" className="text-lg font-semibold">
          {result?.ok ? 'Open another skill' : 'Open a shared skill'}
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
              aria-label="Skill file"
              className="sr-only"
              tabIndex={-1}
              onChange={(e) => void chooseFile(e.target.files?.[0])}
            />
          </div>
          <form
            className="flex flex-col gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              setCurrent(reading(parseSharedSkill(pasted), 'what you pasted'));
            }}
          >
            <label htmlFor="import-skill-pasted" className="text-sm font-medium">
              Shared skill
            </label>
            <textarea
              id="import-skill-pasted"
              value={pasted}
              rows={3}
              spellCheck={false}
              placeholder="Paste a shared link or the text of a shared file"
              onChange={(e) => setPasted(e.target.value)}
              className={cn(inputClass, 'h-auto py-2 font-mono text-xs')}
            />
            <div>
              <Button type="submit" disabled={pasted.trim() === ''}>
                Show skill
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
