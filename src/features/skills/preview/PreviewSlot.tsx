// The preview beside the form, fed with the form as it is now: when it passes the checks, the
// skill to try and the template's things to say; otherwise what to fix first.
import { useWatch } from 'react-hook-form';
import type { AnyBlueprint } from '../../../domain/blueprints/types.ts';
import { formErrors, listProblems, type partsSchema } from '../editor/formCheck.ts';
import { partsOf, type SkillForm } from '../editor/formModel.ts';
import { PreviewChat } from './PreviewChat.tsx';

function linesToTry(blueprint: AnyBlueprint, config: unknown): string[] {
  try {
    return blueprint.tryThese(config);
  } catch {
    // A template that cannot suggest lines for this form still lets the person type their own.
    return [];
  }
}

export function PreviewSlot({
  blueprint,
  schema,
  timeZone,
  focusStart,
}: {
  blueprint: AnyBlueprint;
  schema: ReturnType<typeof partsSchema>;
  timeZone: string;
  focusStart: boolean;
}) {
  const values = useWatch<SkillForm>() as SkillForm;
  const parsed = schema.safeParse(partsOf(values));
  if (parsed.success) {
    const { name, config } = parsed.data;
    return (
      <PreviewChat
        blueprint={blueprint}
        skill={{ name, config }}
        problems={[]}
        tryThese={linesToTry(blueprint, config)}
        timeZone={timeZone}
        focusStart={focusStart}
      />
    );
  }
  const problems = listProblems(
    formErrors(parsed.error.issues, values, blueprint.fields),
    blueprint.fields,
  ).map((p) => `${p.where}: ${p.message}`);
  return (
    <PreviewChat
      blueprint={blueprint}
      skill={undefined}
      problems={problems}
      tryThese={[]}
      timeZone={timeZone}
      focusStart={focusStart}
    />
  );
}
