// Reading a shared skill from whatever the person has: the file's text, the link, or the link's
// data alone. Never throws: anything that is not a skill this app can add is refused with
// sentences a person can act on — not a skill, from a newer version, made with a template this
// version doesn't have, damaged, too large — and nothing is added. The input itself (link or
// text, size, JSON, format, version) is read as every shared thing is (sharing/read.ts); the form
// is checked whole by its template's schema, its problems said with the form's own labels.
import { issueDetail, REPORT_INPUT } from '../sharing/issueWords.ts';
import {
  damaged as damagedShare,
  readShared,
  refuse,
  refuseBySize,
  type Refused,
  type SharedSource,
} from '../sharing/read.ts';
import { findHostileShape, isObject } from '../sharing/safeKeys.ts';
import type { z } from '../zod.ts';
import { checkConfig } from './config.ts';
import { blueprintById } from './registry.ts';
import {
  MAX_SHARED_SKILL_DEPTH,
  SKILL_SHARE,
  sharedSkillSchema,
  type SharedSkill,
} from './shareFormat.ts';
import { BLUEPRINT_IDS } from './types.ts';

export type ParseSharedSkillResult =
  { ok: true; shared: SharedSkill; from: SharedSource } | { ok: false; problems: string[] };

/** A file too large to be read at all, refused before its text is loaded; else undefined. */
export function refuseSkillBySize(size: number): Refused | undefined {
  return refuseBySize(SKILL_SHARE, size);
}

const damaged = (from: SharedSource, details: readonly string[]) =>
  damagedShare(SKILL_SHARE, from, details);

/** Where a problem with the skill around its form is, in words: "its name", "start phrase 2". */
function placeOf(path: readonly PropertyKey[]): string {
  const [top, field, index] = path;
  if (top === 'exportedAt') return 'the date it was shared';
  if (top !== 'skill') return top === undefined ? 'the file' : `“${String(top).slice(0, 40)}”`;
  if (field === 'name') return 'its name';
  if (field === 'blueprint') return 'its template';
  if (field === 'config') return 'its form';
  if (field === 'phrases')
    return typeof index === 'number' ? `start phrase ${index + 1}` : 'its list of start phrases';
  return field === undefined ? 'the skill' : `the skill’s “${String(field).slice(0, 40)}”`;
}

const describeIssue = (issue: z.core.$ZodIssue) => `${placeOf(issue.path)} ${issueDetail(issue)}`;

/** The template a skill names when this version has no such template; else undefined. */
function unknownTemplate(data: Record<string, unknown>): string | undefined {
  const skill = data.skill;
  if (!isObject(skill) || typeof skill.blueprint !== 'string') return undefined;
  return (BLUEPRINT_IDS as readonly string[]).includes(skill.blueprint)
    ? undefined
    : skill.blueprint.slice(0, 40);
}

/** Reads the text of a shared skill's file, a shared link, or the data of one. */
export function parseSharedSkill(input: unknown): ParseSharedSkillResult {
  const read = readShared(input, SKILL_SHARE);
  if (!read.ok) return read;
  const { data, from } = read;

  // Before any schema walks it: names that reach object prototypes, and absurd nesting.
  const hostile = findHostileShape(data, MAX_SHARED_SKILL_DEPTH);
  if (hostile?.kind === 'key')
    return damaged(from, [`it contains the field name “${hostile.key}”, which is not allowed`]);
  if (hostile) return damaged(from, ['it is nested far too deeply to be a skill']);

  const template = unknownTemplate(data);
  if (template !== undefined)
    return refuse(
      `This skill was made with a template this version of Teachable Home doesn’t have (“${template}”), so it can’t be added here.`,
    );

  const parsed = sharedSkillSchema.safeParse(data, REPORT_INPUT);
  if (!parsed.success) return damaged(from, parsed.error.issues.map(describeIssue));
  const shared = parsed.data;

  // The form, checked whole as the editor checks it, so the problems read in its labels.
  const blueprint = blueprintById(shared.skill.blueprint);
  const checked = checkConfig(blueprint, shared.skill.config);
  if (!checked.ok)
    return damaged(from, [
      `its ${blueprint.title} form doesn’t pass the template’s checks`,
      ...checked.problems,
    ]);
  return {
    ok: true,
    shared: { ...shared, skill: { ...shared.skill, config: checked.config } },
    from,
  };
}
