// The choices an import asks for: which of this home's devices, people, rooms and routines stand
// in for the ones the shared routine names. One select each, labelled with the shared name, with
// a line saying what it was in the other home, so the person can match them up.
import type { ReactNode } from 'react';
import { DOMAIN_WORDS, type Area, type Entity, type Home } from '../../../domain/home/model.ts';
import type { Routine } from '../../../domain/routines/model.ts';
import {
  describeSharedDevice,
  type AreaChoice,
  type DeviceChoice,
  type ImportMapping,
  type RoutineChoice,
} from '../../../domain/routines/share.ts';
import { cn } from '../../../components/ui/cn.ts';
import { inputClass } from '../../../components/ui/Field.tsx';

export type MappingPart = keyof ImportMapping;

interface Group {
  label: string;
  options: { value: string; label: string }[];
}

/** This home's devices of the right kind, by room in the panel's order; roomless ones last. */
function deviceGroups(candidates: readonly Entity[], home: Home): Group[] {
  const groups: Group[] = [];
  for (const area of home.areas) {
    const here = candidates.filter((e) => e.area === area.id);
    if (here.length > 0)
      groups.push({ label: area.name, options: here.map((e) => ({ value: e.id, label: e.name })) });
  }
  const known = new Set(home.areas.map((a) => a.id));
  const elsewhere = candidates.filter((e) => e.area === undefined || !known.has(e.area));
  if (elsewhere.length > 0)
    groups.push({
      label: 'Not in a room',
      options: elsewhere.map((e) => ({ value: e.id, label: e.name })),
    });
  return groups;
}

function flat(label: string, items: readonly (Area | Routine)[]): Group[] {
  return items.length === 0
    ? []
    : [{ label, options: items.map((i) => ({ value: i.id, label: i.name })) }];
}

function ChoiceRow({
  id,
  label,
  hint,
  placeholder,
  groups,
  value,
  missing,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  placeholder: string;
  groups: Group[];
  value: string | undefined;
  /** Shown after a try to add with this still unchosen. */
  missing: boolean;
  onChange: (value: string) => void;
}) {
  const grouped = groups.length > 1;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={`${id}-hint`}
        aria-invalid={missing && value === undefined ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        className={cn(inputClass, 'w-full')}
      >
        <option value="">{placeholder}</option>
        {grouped
          ? groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))
          : groups[0]?.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
      </select>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {hint}
        {value === undefined && <strong className="font-semibold"> Not chosen yet.</strong>}
      </p>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </section>
  );
}

export interface ImportChoicesProps {
  home: Home;
  devices: DeviceChoice[];
  areas: AreaChoice[];
  routines: RoutineChoice[];
  mapping: ImportMapping;
  showMissing: boolean;
  onChoose: (part: MappingPart, sharedId: string, value: string) => void;
}

export function ImportChoices(props: ImportChoicesProps) {
  const { home, mapping, showMissing, onChoose } = props;
  const things = props.devices.filter((d) => d.device.domain !== 'person');
  const people = props.devices.filter((d) => d.device.domain === 'person');

  const deviceRow = (choice: DeviceChoice, index: number, person: boolean) => {
    const none = choice.candidates.length === 0;
    const kind = DOMAIN_WORDS[choice.device.domain].many;
    const hint = none
      ? `This home has no ${kind}, so nothing can do this part here.`
      : person
        ? 'A person in the shared home.'
        : `In the shared home: ${describeSharedDevice(choice.device)}.`;
    return (
      <ChoiceRow
        key={choice.id}
        id={`import-${person ? 'person' : 'device'}-${index}`}
        label={choice.device.name}
        hint={hint}
        placeholder={person ? 'Choose a person…' : 'Choose a device…'}
        groups={person ? flat('People', choice.candidates) : deviceGroups(choice.candidates, home)}
        value={mapping.devices[choice.id]}
        missing={showMissing}
        onChange={(value) => onChoose('devices', choice.id, value)}
      />
    );
  };

  return (
    <>
      {things.length > 0 && (
        <Section id="import-devices-heading" title="Devices in this routine">
          {things.map((c, i) => deviceRow(c, i, false))}
        </Section>
      )}
      {people.length > 0 && (
        <Section id="import-people-heading" title="People in this routine">
          {people.map((c, i) => deviceRow(c, i, true))}
        </Section>
      )}
      {props.areas.length > 0 && (
        <Section id="import-rooms-heading" title="Rooms in this routine">
          {props.areas.map((choice, i) => (
            <ChoiceRow
              key={choice.id}
              id={`import-room-${i}`}
              label={choice.name}
              hint={
                choice.candidates.length === 0
                  ? 'This home has no rooms.'
                  : 'A room in the shared home.'
              }
              placeholder="Choose a room…"
              groups={flat('Rooms', choice.candidates)}
              value={mapping.areas[choice.id]}
              missing={showMissing}
              onChange={(value) => onChoose('areas', choice.id, value)}
            />
          ))}
        </Section>
      )}
      {props.routines.length > 0 && (
        <Section id="import-routines-heading" title="Routines it runs">
          {props.routines.map((choice, i) => (
            <ChoiceRow
              key={choice.id}
              id={`import-routine-${i}`}
              label={choice.name}
              hint={
                choice.candidates.length === 0
                  ? 'This home has no routines yet: add that one first, then come back.'
                  : 'Another routine of the shared home: choose which of yours it runs.'
              }
              placeholder="Choose a routine…"
              groups={flat('Routines', choice.candidates)}
              value={mapping.routines[choice.id]}
              missing={showMissing}
              onChange={(value) => onChoose('routines', choice.id, value)}
            />
          ))}
        </Section>
      )}
    </>
  );
}
