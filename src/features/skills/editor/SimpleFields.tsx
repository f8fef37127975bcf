// The template's one-value fields, drawn from their FieldSpec: a text (one line or several), a
// date, a number and a choice. Each is labelled, shows its hint, and its problem next to it.
import { useFormContext } from 'react-hook-form';
import type { FieldSpec } from '../../../domain/blueprints/types.ts';
import { Field, inputClass } from '../../../components/ui/Field.tsx';
import { cn } from '../../../components/ui/cn.ts';
import { describedBy, fieldId, useFieldError } from './fieldKit.tsx';

type Simple = Extract<FieldSpec, { kind: 'text' | 'date' | 'number' | 'choice' }>;

/** An empty number box is NaN in the form, so the checks can say which numbers it takes. */
const toNumber = (value: unknown) =>
  value === '' || value === null || value === undefined ? NaN : Number(value);

export function SimpleField({ spec, name }: { spec: Simple; name: string }) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const id = fieldId(name);
  const hint =
    spec.kind === 'number' ? (spec.hint ?? `From ${spec.min} to ${spec.max}.`) : spec.hint;
  const common = {
    id,
    'aria-invalid': !!error,
    'aria-describedby': describedBy(id, error, hint),
  };
  let control;
  switch (spec.kind) {
    case 'text':
      control = spec.multiline ? (
        <textarea
          {...common}
          rows={3}
          placeholder={spec.placeholder}
          className={cn(inputClass, 'h-auto w-full py-2 leading-relaxed')}
          {...register(name)}
        />
      ) : (
        <input
          {...common}
          type="text"
          autoComplete="off"
          placeholder={spec.placeholder}
          className={cn(inputClass, 'w-full')}
          {...register(name)}
        />
      );
      break;
    case 'date':
      control = (
        <input {...common} type="date" className={cn(inputClass, 'w-48')} {...register(name)} />
      );
      break;
    case 'number':
      control = (
        <input
          {...common}
          type="number"
          inputMode="numeric"
          min={spec.min}
          max={spec.max}
          className={cn(inputClass, 'w-28')}
          {...register(name, { setValueAs: toNumber })}
        />
      );
      break;
    case 'choice':
      control = (
        <select {...common} className={cn(inputClass, 'w-full max-w-sm')} {...register(name)}>
          {spec.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
  }
  return (
    <Field id={id} label={spec.label} error={error} {...(hint !== undefined && { hint })}>
      {control}
    </Field>
  );
}
