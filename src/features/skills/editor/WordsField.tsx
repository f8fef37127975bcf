// A list of short texts (names, ways to ask, chores): one box per entry, each with its ✕, and a
// box for the next one where Enter adds it. When the template asks for it, related values are
// offered as chips below (suggest.ts): each can be added, or turned down for good in this form.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useController } from 'react-hook-form';
import { Plus, X } from 'lucide-react';
import type { FieldSpec } from '../../../domain/blueprints/types.ts';
import { Button } from '../../../components/ui/Button.tsx';
import { inputClass } from '../../../components/ui/Field.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { capitalize, withArticle } from '../startWords.ts';
import { fieldId, GroupError, useFieldError } from './fieldKit.tsx';
import { WordSuggestions } from './WordSuggestions.tsx';

type WordsSpec = Extract<FieldSpec, { kind: 'words' }>;

function Entry({
  name,
  index,
  value,
  label,
  placeholder,
  removable,
  onChange,
  onRemove,
  onBlur,
  onEnter,
}: {
  name: string;
  index: number;
  value: string;
  label: string;
  placeholder: string | undefined;
  removable: boolean;
  onChange: (value: string) => void;
  onRemove: () => void;
  onBlur: () => void;
  onEnter: () => void;
}) {
  const entryName = `${name}.${index}`;
  const id = fieldId(entryName);
  const error = useFieldError(entryName);
  return (
    <li className="flex flex-col gap-1">
      <div className="flex items-center gap-1">
        <input
          id={id}
          type="text"
          autoComplete="off"
          aria-label={`${capitalize(label)} ${index + 1}`}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          // Enter goes on to the box for the next entry rather than sending the form.
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onEnter();
            }
          }}
          className={cn(inputClass, 'w-full min-w-0')}
        />
        {removable && (
          <Button
            variant="ghost"
            aria-label={`Remove ${label} ${index + 1}`}
            title="Remove"
            onClick={onRemove}
            className="w-10 shrink-0 px-0 text-red-700 dark:text-red-400"
          >
            <X aria-hidden className="size-5" />
          </Button>
        )}
      </div>
      <GroupError id={`${id}-error`} error={error} />
    </li>
  );
}

export function WordsField({ spec, name }: { spec: WordsSpec; name: string }) {
  const { field } = useController({ name });
  const words = (Array.isArray(field.value) ? field.value : []) as string[];
  const [next, setNext] = useState('');
  const nextRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const id = fieldId(name);
  const error = useFieldError(name);
  const max = spec.max ?? Infinity;
  const full = words.length >= max;
  const item = spec.itemLabel;

  const change = (list: string[]) => field.onChange(list);
  const add = (word: string) => {
    const text = word.trim();
    if (text === '' || full) return;
    // An empty box the person left is filled first, rather than growing the list past it.
    const blank = words.findIndex((w) => w.trim() === '');
    change(blank >= 0 ? words.with(blank, text) : [...words, text]);
  };
  const addTyped = () => {
    add(next);
    setNext('');
    nextRef.current?.focus();
  };
  const remove = (index: number) => {
    change(words.filter((_, i) => i !== index));
    field.onBlur();
    // The box that had the focus is gone: the one now in its place, else the box for a new one.
    requestAnimationFrame(() => {
      const boxes = listRef.current?.querySelectorAll('input');
      (boxes?.[Math.min(index, (boxes?.length ?? 1) - 1)] ?? nextRef.current)?.focus();
    });
  };

  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={spec.hint ? `${id}-hint` : undefined}
    >
      <legend className="mb-1 text-sm font-medium">{spec.label}</legend>
      {spec.hint && (
        <p id={`${id}-hint`} className="-mt-1 text-xs text-slate-600 dark:text-slate-400">
          {spec.hint}
        </p>
      )}
      {words.length > 0 && (
        <ul ref={listRef} className="grid gap-2 sm:grid-cols-2">
          {words.map((word, i) => (
            <Entry
              key={i}
              name={name}
              index={i}
              value={word}
              label={item}
              placeholder={spec.placeholder}
              removable={words.length > (spec.min ?? 0)}
              onChange={(value) => change(words.with(i, value))}
              onRemove={() => remove(i)}
              onBlur={field.onBlur}
              onEnter={() => nextRef.current?.focus()}
            />
          ))}
        </ul>
      )}
      <GroupError id={`${id}-error`} error={error} />
      {full ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          That’s the most it takes ({spec.max}).
        </p>
      ) : (
        <div className="flex max-w-md items-center gap-2">
          <input
            ref={nextRef}
            id={`${id}-new`}
            type="text"
            autoComplete="off"
            aria-label={`New ${item}`}
            placeholder={`Type ${withArticle(item)}, then Enter`}
            value={next}
            onChange={(e) => setNext(e.target.value)}
            onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addTyped();
              }
            }}
            className={cn(inputClass, 'w-full min-w-0')}
          />
          <Button
            size="md"
            aria-label={`Add ${item}`}
            onClick={addTyped}
            disabled={next.trim() === ''}
          >
            <Plus aria-hidden className="size-4" />
            Add
          </Button>
        </div>
      )}
      {spec.suggest && !full && <WordSuggestions words={words} onAccept={add} />}
    </fieldset>
  );
}
