// Every real template through the editor's form model: its example, drawn into the form and read
// back, passes its own checks; its form has the shape drafts are kept in; "Start empty" gives a
// form of that shape too, whose problems all point at fields the form shows.
import { describe, expect, it } from 'vitest';
import { BLUEPRINTS } from '../../../domain/blueprints/registry.ts';
import { formShape, formText } from './draftStore.ts';
import { listProblems, partsSchema, skillResolver } from './formCheck.ts';
import { emptyConfig, partsOf, toForm } from './formModel.ts';

const options = { fields: {}, shouldUseNativeValidation: false };

describe.each(BLUEPRINTS.map((b) => [b.title, b] as const))(
  '%s in the editor',
  (_title, blueprint) => {
    const form = toForm(
      { name: blueprint.defaultName, phrases: [], config: blueprint.example },
      blueprint,
    );

    it('opens its example in a form that passes as it is', async () => {
      const result = await skillResolver(blueprint)(form, undefined, options);
      expect(listProblems(result.errors, blueprint.fields)).toEqual([]);
      expect(partsSchema(blueprint).safeParse(partsOf(form)).success).toBe(true);
    });

    it('keeps its form as a draft', () => {
      expect(formShape(blueprint).safeParse(form).success).toBe(true);
      expect(formText(blueprint, form)).toBeDefined();
    });

    it('starts empty with every problem on a field of the form', async () => {
      const empty = { ...form, config: emptyConfig(blueprint) };
      expect(formText(blueprint, empty)).toBeDefined();
      const result = await skillResolver(blueprint)(empty, undefined, options);
      for (const problem of listProblems(result.errors, blueprint.fields)) {
        expect(problem.where).not.toBe('The form');
        expect(problem.message).not.toMatch(/expected|received|Invalid input/);
      }
    });
  },
);
