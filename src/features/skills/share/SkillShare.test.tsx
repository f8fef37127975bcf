// @vitest-environment happy-dom
// The share page and the import page, with the stores and live queries replaced: what each shows,
// that nothing is added before "Add this skill", and what is added when it is pressed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Skill } from '../../../domain/blueprints/model.ts';
import { blueprintById } from '../../../domain/blueprints/registry.ts';
import {
  exportSkill,
  sharedSkillLink,
  sharedSkillToText,
} from '../../../domain/blueprints/share.ts';
import { DEFAULT_SETTINGS } from '../../../domain/settings/settings.ts';

const mocks = vi.hoisted(() => ({
  skills: [] as Skill[],
  skill: undefined as Skill | null | undefined,
  checkSkill: vi.fn(),
  saveSkill: vi.fn(),
  notify: vi.fn(),
  downloadText: vi.fn(),
}));
vi.mock('../../../stores/skillActions.ts', () => ({
  checkSkill: mocks.checkSkill,
  saveSkill: mocks.saveSkill,
  newSkillId: () => 'skill-new',
}));
vi.mock('../../../stores/notifications.ts', () => ({ notify: mocks.notify }));
vi.mock('../../../persistence/skillHooks.ts', () => ({
  useSkills: () => mocks.skills,
  useSkill: () => mocks.skill,
}));
vi.mock('../../../persistence/hooks.ts', () => ({ useHomeSettings: () => DEFAULT_SETTINGS }));
vi.mock('../../../components/ui/download.ts', () => ({ downloadText: mocks.downloadText }));

const { default: ImportSkillPage } = await import('./ImportSkillPage.tsx');
const { default: SkillSharePage } = await import('./SkillSharePage.tsx');

const trivia = blueprintById('trivia');
const quiz: Skill = {
  id: 'skill-quiz',
  blueprint: 'trivia',
  name: 'Quiz night',
  phrases: ['quiz time'],
  status: 'enabled',
  config: trivia.example,
  memory: { best: 3 },
  createdAt: 1,
  updatedAt: 1,
};
const link = sharedSkillLink(exportSkill(quiz, 5), 'https://home.example');

const textOf = (element: HTMLElement) => element.textContent ?? '';

const paste = (text: string) => {
  fireEvent.change(screen.getByLabelText('Shared skill'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Show skill' }));
};

beforeEach(() => {
  mocks.skills = [];
  mocks.skill = quiz;
  mocks.checkSkill.mockResolvedValue({ errors: [], warnings: [] });
  mocks.saveSkill.mockImplementation((skill: Skill) => Promise.resolve(skill));
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('ImportSkillPage', () => {
  it('refuses what is not a skill in a clear box, and adds nothing', () => {
    render(<ImportSkillPage />);
    paste('{"format":"teachable-home/skill","version":9}');
    const alert = screen.getByRole('alert');
    expect(textOf(alert)).toContain('Nothing was added: what you pasted can’t be imported.');
    expect(textOf(alert)).toContain('shared by a newer version');
    expect(screen.queryByRole('button', { name: 'Add this skill' })).toBeNull();
    expect(mocks.saveSkill).not.toHaveBeenCalled();
  });

  it('shows a pasted link, lets it be tried, and adds it as a draft only when asked', async () => {
    render(<ImportSkillPage />);
    paste(link);
    expect(screen.getByRole('heading', { name: 'Quiz night' })).toBeTruthy();
    const preview = screen.getByTestId('import-preview');
    expect(textOf(preview)).toContain('made with the Trivia quiz template');
    expect(textOf(preview)).toContain('“open Quiz night” or “quiz time”');
    expect(screen.getByRole('heading', { name: 'Try it' })).toBeTruthy();
    const add = screen.getByRole<HTMLButtonElement>('button', { name: 'Add this skill' });
    await waitFor(() => expect(add.disabled).toBe(false));
    expect(mocks.saveSkill).not.toHaveBeenCalled();

    fireEvent.click(add);
    await waitFor(() => expect(mocks.saveSkill).toHaveBeenCalledTimes(1));
    const saved = mocks.saveSkill.mock.calls[0]![0] as Skill;
    expect(saved).toMatchObject({ id: 'skill-new', name: 'Quiz night', status: 'draft' });
    expect(saved).not.toHaveProperty('memory');
    await waitFor(() =>
      expect(mocks.notify).toHaveBeenCalledWith(
        expect.objectContaining({ title: 'Added “Quiz night” as a draft' }),
      ),
    );
    expect(window.location.pathname).toBe('/skill-new');
  });

  it('reads the link that opened the page; a name clash and collisions are said first', async () => {
    mocks.skills = [quiz];
    mocks.checkSkill.mockResolvedValue({
      errors: [],
      warnings: [
        '“quiz time” already starts the skill Quiz night. Saying it would open only one of them.',
      ],
    });
    window.history.replaceState(null, '', `/import${new URL(link).hash}`);
    render(<ImportSkillPage />);
    expect(screen.getByText(/will be added as “Quiz night \(imported\)”/)).toBeTruthy();
    await waitFor(() =>
      expect(textOf(screen.getByTestId('import-warnings'))).toContain('already starts the skill'),
    );
    expect(mocks.checkSkill).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Quiz night (imported)' }),
    );
    fireEvent.click(screen.getByLabelText('Turn it on now'));
    fireEvent.click(screen.getByRole('button', { name: 'Add this skill' }));
    await waitFor(() =>
      expect(mocks.saveSkill).toHaveBeenCalledWith(
        expect.objectContaining({ name: 'Quiz night (imported)', status: 'enabled' }),
      ),
    );
  });

  it('does not offer to add a skill the checks refuse', async () => {
    mocks.checkSkill.mockResolvedValue({
      errors: ['“stop” always ends a conversation. It can’t start a skill.'],
      warnings: [],
    });
    render(<ImportSkillPage />);
    paste(sharedSkillToText(exportSkill(quiz, 5)));
    await waitFor(() => expect(textOf(screen.getByRole('alert'))).toContain('can’t be added here'));
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Add this skill' }).disabled).toBe(
      true,
    );
  });
});

describe('SkillSharePage', () => {
  it('offers the file and the link, says what stays home, and confirms a copy', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<SkillSharePage id="skill-quiz" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Share “Quiz night”' })).toBeTruthy();
    expect(screen.getByText(/is not shared: it stays here/)).toBeTruthy();
    const field = screen.getByLabelText('Link to this skill') as HTMLInputElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toMatch(/\/skills\/import#skill=[A-Za-z0-9_-]+$/);

    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(textOf(screen.getByRole('status'))).toContain('Copied'));
    expect(writeText).toHaveBeenCalledWith(field.value);

    fireEvent.click(screen.getByRole('button', { name: 'Download file' }));
    const [text, name] = mocks.downloadText.mock.calls[0] as [string, string];
    expect(name).toBe('quiz-night.skill.json');
    expect(text).not.toContain('best');
    expect(textOf(screen.getByRole('status'))).toContain('Downloaded “quiz-night.skill.json”.');
  });

  it('says when the browser refuses the clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<SkillSharePage id="skill-quiz" />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() =>
      expect(textOf(screen.getByRole('status'))).toContain('did not let me copy the link'),
    );
  });

  it('does not offer a skill whose form its template refuses, nor one that is gone', () => {
    mocks.skill = { ...quiz, config: { ...trivia.example, questions: [] } };
    render(<SkillSharePage id="skill-quiz" />);
    const section = screen.getByRole('region', { name: 'Send it' });
    expect(within(section).getByText(/Fix them first/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy link' })).toBeNull();
    cleanup();
    mocks.skill = null;
    render(<SkillSharePage id="gone" />);
    expect(screen.getByRole('heading', { name: "There's no such skill" })).toBeTruthy();
  });
});
