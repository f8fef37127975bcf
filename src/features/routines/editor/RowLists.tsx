// The three lists of the form: "When" (triggers), "Only if" (conditions) and "Do" (steps). Each
// row can be added from a menu, moved up or down (buttons or dragging), duplicated and removed,
// and says what it does in words as it is edited.
import type { ReactNode } from 'react';
import { useController, useFieldArray, useFormContext } from 'react-hook-form';
import { capitalize } from '../../../domain/assistant/words.ts';
import { MAX_ACTIONS, MAX_CONDITIONS, MAX_TRIGGERS } from '../../../domain/routines/model.ts';
import {
  describeAction,
  describeCondition,
  describeTrigger,
} from '../../../domain/routines/summary.ts';
import { cn } from '../../../components/ui/cn.ts';
import { Segmented } from '../../../components/ui/Segmented.tsx';
import { Switch } from '../../../components/ui/Switch.tsx';
import { ActionFields } from './ActionFields.tsx';
import { AddMenu, type AddItem } from './AddMenu.tsx';
import { ConditionFields } from './ConditionFields.tsx';
import { useEditorEnv, type EditorEnv } from './editorEnv.ts';
import { GroupError, useFieldError, useRowValue } from './fields.tsx';
import {
  ACTION_TYPES,
  CONDITION_TYPES,
  newAction,
  newCondition,
  newTrigger,
  TRIGGER_TYPES,
  typeLabel,
} from './formModel.ts';
import { actionOf, conditionOf, triggerOf } from './formSchema.ts';
import type { ActionRow, ConditionRow, RoutineForm, TriggerRow } from './formShape.ts';
import { RowFrame, rowTitleId } from './RowFrame.tsx';
import { TriggerFields } from './TriggerFields.tsx';
import { useRowDrag } from './useRowDrag.ts';

type ListName = 'triggers' | 'conditions' | 'actions';
type Row = TriggerRow | ConditionRow | ActionRow;

interface ListConfig {
  name: ListName;
  /** "trigger", "condition", "step": in button names and row titles. */
  noun: string;
  /** data-testid prefix: "trigger" gives "trigger-row-0". */
  testPrefix: string;
  addLabel: string;
  max: number;
  empty: string;
  types: readonly AddItem<string>[];
  newRow: (type: string) => Row;
  describe: (row: Row, env: EditorEnv) => string | undefined;
  fields: (index: number, type: string) => ReactNode;
  /** Steps have "Use this step". */
  switchable?: boolean;
}

const NOT_FINISHED = 'Not finished yet: fill in the fields below.';

/** A row's live words, and whether a step is switched off. */
function RowWords({ config, index }: { config: ListConfig; index: number }) {
  const env = useEditorEnv();
  const row = useRowValue<Row | undefined>(`${config.name}.${index}`);
  if (!row) return null;
  const words = config.describe(row, env);
  const off = 'enabled' in row && !row.enabled;
  return (
    <>
      {words ? capitalize(words) : NOT_FINISHED}
      {off && ' (switched off: kept, but skipped when the routine runs)'}
    </>
  );
}

function UseStepSwitch({ index }: { index: number }) {
  const { field } = useController<RoutineForm>({ name: `actions.${index}.enabled` });
  return (
    <div className="flex items-center gap-2 text-sm">
      <Switch
        checked={field.value === true}
        onCheckedChange={(on) => field.onChange(on)}
        label={`Use this step (step ${index + 1})`}
      />
      <span aria-hidden>Use this step</span>
    </div>
  );
}

/** A step's fields, faded while the step is switched off. */
function StepBody({ index, children }: { index: number; children: ReactNode }) {
  const enabled = useRowValue<boolean>(`actions.${index}.enabled`);
  return <div className={cn('flex flex-col gap-3', !enabled && 'opacity-60')}>{children}</div>;
}

function RowList({
  config,
  before,
}: {
  config: ListConfig;
  before?: (count: number) => ReactNode;
}) {
  const { control, getValues } = useFormContext<RoutineForm>();
  const { fields, append, insert, move, remove } = useFieldArray({ control, name: config.name });
  const drag = useRowDrag(move);
  const error = useFieldError(config.name);
  const testId = (i: number) => `${config.testPrefix}-row-${i}`;
  const focusLater = (id: string) =>
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  const moveRow = (from: number, to: number) => {
    if (to < 0 || to >= fields.length) return;
    move(from, to);
    // The button pressed is disabled at the ends; keep focus on the row's other move button.
    if (to === 0) focusLater(`${testId(to)}-down`);
    else if (to === fields.length - 1) focusLater(`${testId(to)}-up`);
  };
  const removeRow = (index: number) => {
    remove(index);
    const left = fields.length - 1;
    focusLater(left === 0 ? `add-${config.name}` : rowTitleId(testId(Math.min(index, left - 1))));
  };
  const full = fields.length >= config.max;
  const errorId = `${config.name}-list-error`;
  return (
    <div className="flex flex-col gap-3">
      {before?.(fields.length)}
      {fields.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{config.empty}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {fields.map((field, index) => (
            <RowFrame
              key={field.id}
              testId={testId(index)}
              noun={config.noun}
              index={index}
              count={fields.length}
              title={typeLabel(config.types, field.type)}
              description={<RowWords config={config} index={index} />}
              onMove={moveRow}
              {...(!full && {
                onDuplicate: () =>
                  insert(index + 1, structuredClone(getValues(`${config.name}.${index}`))),
              })}
              onRemove={() => removeRow(index)}
              drag={drag}
              {...(config.switchable && { aside: <UseStepSwitch index={index} /> })}
            >
              {config.fields(index, field.type)}
            </RowFrame>
          ))}
        </ol>
      )}
      <GroupError id={errorId} error={error} />
      <div className="flex flex-wrap items-center gap-3">
        <AddMenu
          id={`add-${config.name}`}
          label={config.addLabel}
          items={config.types}
          disabled={full}
          onAdd={(type) => append(config.newRow(type))}
        />
        {full && (
          <span className="text-sm text-slate-700 dark:text-slate-300">
            That is the most a routine can have ({config.max}).
          </span>
        )}
      </div>
    </div>
  );
}

const TRIGGERS: ListConfig = {
  name: 'triggers',
  noun: 'trigger',
  testPrefix: 'trigger',
  addLabel: 'Add a trigger',
  max: MAX_TRIGGERS,
  empty: 'Nothing starts this routine yet: add a trigger.',
  types: TRIGGER_TYPES,
  newRow: (type) => newTrigger(type as TriggerRow['type']),
  describe: (row, env) => {
    const trigger = triggerOf(row as TriggerRow, env.checks);
    return trigger && describeTrigger(trigger, env.words);
  },
  fields: (index, type) => <TriggerFields index={index} type={type as TriggerRow['type']} />,
};

export function TriggerList() {
  return <RowList config={TRIGGERS} />;
}

const CONDITIONS: ListConfig = {
  name: 'conditions',
  noun: 'condition',
  testPrefix: 'condition',
  addLabel: 'Add a condition',
  max: MAX_CONDITIONS,
  empty: 'No conditions: the routine runs every time it is started.',
  types: CONDITION_TYPES,
  newRow: (type) => newCondition(type as ConditionRow['type']),
  describe: (row, env) => {
    const condition = conditionOf(row as ConditionRow, env.checks);
    return condition && describeCondition(condition, env.words);
  },
  fields: (index, type) => <ConditionFields index={index} type={type as ConditionRow['type']} />,
};

function ConditionMode() {
  const { field } = useController<RoutineForm>({ name: 'conditionMode' });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium" aria-hidden>
        It runs only if
      </span>
      <Segmented
        label="It runs only if"
        value={field.value as 'all' | 'any'}
        onChange={(mode) => field.onChange(mode)}
        options={[
          { value: 'all', label: 'All of these' },
          { value: 'any', label: 'Any of these' },
        ]}
      />
      <span className="text-sm text-slate-700 dark:text-slate-300" aria-hidden>
        hold.
      </span>
    </div>
  );
}

export function ConditionList() {
  return <RowList config={CONDITIONS} before={(count) => (count > 1 ? <ConditionMode /> : null)} />;
}

export function ActionList() {
  const { others, taught } = useEditorEnv();
  const config: ListConfig = {
    name: 'actions',
    noun: 'step',
    testPrefix: 'action',
    addLabel: 'Add a step',
    max: MAX_ACTIONS,
    empty: 'No steps yet: add what the routine should do.',
    // Running another routine needs one to run; taught commands arrive with teaching.
    types: ACTION_TYPES.map((t) =>
      t.type === 'run_routine' && others.length === 0
        ? { ...t, label: `${t.label} (none saved yet)`, disabled: true }
        : t.type === 'run_taught' && taught.length === 0
          ? { ...t, label: `${t.label} (none taught yet)`, disabled: true }
          : t,
    ),
    newRow: (type) => newAction(type as ActionRow['type']),
    describe: (row, env) => {
      const action = actionOf(row as ActionRow, env.checks);
      return action && describeAction(action, env.words);
    },
    fields: (index, type) => (
      <StepBody index={index}>
        <ActionFields index={index} type={type as ActionRow['type']} />
      </StepBody>
    ),
    switchable: true,
  };
  return <RowList config={config} />;
}
