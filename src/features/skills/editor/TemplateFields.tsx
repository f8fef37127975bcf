// The template's part of the form, drawn from its fields (FieldSpec) by kind; a list of records
// ("Questions") is a group of fieldsets ("Question 2") that can be added, moved and removed, each
// drawn from the same fields again. One file for both, as each draws the other.
import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import type { FieldSpec } from '../../../domain/blueprints/types.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { capitalize, withArticle } from '../startWords.ts';
import { DaysField } from './DaysField.tsx';
import { fieldId, GroupError, useFieldError } from './fieldKit.tsx';
import { emptyRecord } from './formModel.ts';
import { SimpleField } from './SimpleFields.tsx';
import { WordsField } from './WordsField.tsx';

type ListSpec = Extract<FieldSpec, { kind: 'list' }>;

/** The fields of a record, each under `prefix` ("config", "config.questions.2"). */
export function TemplateFields({
  fields,
  prefix,
}: {
  fields: readonly FieldSpec[];
  prefix: string;
}) {
  return (
    <div className="flex flex-col gap-4">
      {fields.map((spec) => {
        const name = `${prefix}.${spec.key}`;
        switch (spec.kind) {
          case 'list':
            return <ListField key={spec.key} spec={spec} name={name} />;
          case 'words':
            return <WordsField key={spec.key} spec={spec} name={name} />;
          case 'days':
            return <DaysField key={spec.key} spec={spec} name={name} />;
          default:
            return <SimpleField key={spec.key} spec={spec} name={name} />;
        }
      })}
    </div>
  );
}

function ListField({ spec, name }: { spec: ListSpec; name: string }) {
  const { fields, append, remove, move } = useFieldArray({ name });
  const error = useFieldError(name);
  const id = fieldId(name);
  const listRef = useRef<HTMLDivElement>(null);
  const item = spec.itemLabel;
  const Item = capitalize(item);
  const full = fields.length >= (spec.max ?? Infinity);
  const removable = fields.length > (spec.min ?? 0);

  /**
   * After a change, the focus goes to the first of `selectors` found in the item now at `index`
   * (the same button, where it still can be pressed), else to "Add …": the button pressed may be
   * gone or disabled.
   */
  const focusLater = (index: number, ...selectors: string[]) =>
    requestAnimationFrame(() => {
      const row = listRef.current?.children[index];
      const target = selectors
        .map((s) => row?.querySelector<HTMLElement>(s))
        .find((el) => el && !(el as HTMLButtonElement).disabled);
      (target ?? document.getElementById(`${id}-add`))?.focus();
    });
  const button = (action: string) => `[data-action="${action}"]`;

  return (
    <fieldset
      className="flex flex-col gap-3"
      aria-describedby={spec.hint ? `${id}-hint` : undefined}
    >
      <legend className="mb-1 text-base font-semibold">{spec.label}</legend>
      {spec.hint && (
        <p id={`${id}-hint`} className="-mt-2 text-sm text-slate-700 dark:text-slate-300">
          {spec.hint}
        </p>
      )}
      <div ref={listRef} className="flex flex-col gap-3">
        {fields.map((row, i) => {
          const n = i + 1;
          const titleId = `${id}-${i}-title`;
          return (
            <div
              key={row.id}
              role="group"
              aria-labelledby={titleId}
              data-testid="form-list-item"
              data-field={`${name}.${i}`}
              className="flex flex-col gap-3 rounded-xl bg-slate-50 p-3 ring-1 ring-slate-200 dark:bg-slate-950/40 dark:ring-slate-700"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 id={titleId} className="text-sm font-semibold">
                  {Item} {n}
                </h3>
                <div className="flex items-center gap-0.5">
                  <Button
                    size="sm"
                    variant="ghost"
                    data-action="up"
                    aria-label={`Move ${item} ${n} up`}
                    title="Move up"
                    disabled={i === 0}
                    onClick={() => {
                      move(i, i - 1);
                      focusLater(i - 1, button('up'), button('down'));
                    }}
                    className="w-8 px-0 disabled:opacity-40"
                  >
                    <ArrowUp aria-hidden className="size-4" />
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    data-action="down"
                    aria-label={`Move ${item} ${n} down`}
                    title="Move down"
                    disabled={i === fields.length - 1}
                    onClick={() => {
                      move(i, i + 1);
                      focusLater(i + 1, button('down'), button('up'));
                    }}
                    className="w-8 px-0 disabled:opacity-40"
                  >
                    <ArrowDown aria-hidden className="size-4" />
                  </Button>
                  {removable && (
                    <Button
                      size="sm"
                      variant="ghost"
                      data-action="remove"
                      aria-label={`Remove ${item} ${n}`}
                      title="Remove"
                      onClick={() => {
                        remove(i);
                        focusLater(Math.min(i, fields.length - 2), button('remove'));
                      }}
                      className="w-8 px-0 text-red-700 dark:text-red-400"
                    >
                      <Trash2 aria-hidden className="size-4" />
                    </Button>
                  )}
                </div>
              </div>
              <TemplateFields fields={spec.fields} prefix={`${name}.${i}`} />
            </div>
          );
        })}
      </div>
      <GroupError id={`${id}-error`} error={error} />
      {full ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          That’s the most it takes ({spec.max}).
        </p>
      ) : (
        <Button
          id={`${id}-add`}
          size="sm"
          className="self-start"
          onClick={() => {
            append(emptyRecord(spec.fields));
            focusLater(fields.length, 'input, textarea, select');
          }}
        >
          <Plus aria-hidden className="size-4" />
          Add {withArticle(item)}
        </Button>
      )}
    </fieldset>
  );
}
