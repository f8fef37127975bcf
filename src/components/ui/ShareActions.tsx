// The two ways to share something — a file to keep or send, a link that opens it in any copy of
// the app — with a visible confirmation of what happened. The link is also shown in a read-only
// field, selected on focus, for browsers that refuse the clipboard (outside a secure context,
// or when the person said no).
import { useState } from 'react';
import { Copy, Download } from 'lucide-react';
import { Button } from './Button.tsx';
import { downloadText } from './download.ts';
import { Field, inputClass } from './Field.tsx';

type Status = { kind: 'copied' } | { kind: 'blocked' } | { kind: 'downloaded'; fileName: string };

function statusText(status: Status | null): string {
  if (!status) return '';
  if (status.kind === 'copied') return 'Copied';
  if (status.kind === 'downloaded') return `Downloaded “${status.fileName}”.`;
  return 'This browser did not let me copy the link. Select it above and copy it yourself.';
}

export interface ShareActionsProps {
  /** The link field's id (unique on the page). */
  id: string;
  fileName: string;
  /** The file's text, made when "Download file" is pressed. */
  fileText: () => string;
  link: string;
  /** "Link to this routine". */
  linkLabel: string;
  /** What opening the link does, under the field. */
  linkHint: string;
}

export function ShareActions({
  id,
  fileName,
  fileText,
  link,
  linkLabel,
  linkHint,
}: ShareActionsProps) {
  const [status, setStatus] = useState<Status | null>(null);

  const download = () => {
    downloadText(fileText(), fileName);
    setStatus({ kind: 'downloaded', fileName });
  };

  const copy = async () => {
    try {
      // Missing outside secure contexts: the catch below covers that too.
      await navigator.clipboard.writeText(link);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'blocked' });
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-2">
        <Button onClick={download}>
          <Download aria-hidden className="size-4" />
          Download file
        </Button>
        <Button variant="primary" onClick={() => void copy()}>
          <Copy aria-hidden className="size-4" />
          Copy link
        </Button>
      </div>
      <Field id={id} label={linkLabel} hint={linkHint}>
        <input
          id={id}
          readOnly
          value={link}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
          className={`${inputClass} font-mono text-xs`}
        />
      </Field>
      <p role="status" className="min-h-5 text-sm text-slate-700 dark:text-slate-300">
        {statusText(status)}
      </p>
    </div>
  );
}
