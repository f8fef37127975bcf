// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Skill } from '../../domain/blueprints/model.ts';
import { BLUEPRINTS } from '../../domain/blueprints/registry.ts';
import SkillListPage from './SkillListPage.tsx';

const data = vi.hoisted(() => ({ skills: undefined as Skill[] | undefined }));
vi.mock('../../persistence/skillHooks.ts', () => ({ useSkills: () => data.skills }));
const actions = vi.hoisted(() => ({
  remove: vi.fn(() => Promise.resolve(true)),
  undoRemove: vi.fn(() => Promise.resolve(true)),
  setStatus: vi.fn(() => Promise.resolve()),
  duplicate: vi.fn((id: string) => Promise.resolve({ id: `${id}-copy`, name: 'Copy' })),
}));
vi.mock('../../stores/skillActions.ts', () => ({ skillActions: actions }));

const skill = (over: Partial<Skill>): Skill => ({
  id: 'skill-1',
  blueprint: 'trivia',
  name: 'Trivia night',
  phrases: [],
  status: 'enabled',
  config: {},
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

function open() {
  const { hook } = memoryLocation({ path: '/skills' });
  render(
    <Router hook={hook} base="/skills">
      <SkillListPage />
    </Router>,
  );
}
const card = (id: string) =>
  within(screen.getAllByTestId('skill-card').find((c) => c.dataset.skillId === id)!);

beforeEach(() => {
  data.skills = [
    skill({}),
    skill({
      id: 'skill-2',
      blueprint: 'whoseTurn',
      name: 'Dishes',
      status: 'draft',
      phrases: ['whose turn is it'],
    }),
    skill({ id: 'skill-3', blueprint: 'jokes', name: 'Jokes', status: 'disabled' }),
  ];
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('the skills list', () => {
  it('shows each skill with its template, its status and how to start it', () => {
    open();
    expect(screen.getByRole('heading', { level: 1, name: 'Skills' })).toBeTruthy();
    const trivia = card('skill-1');
    expect(trivia.getByText('Trivia quiz')).toBeTruthy();
    expect(trivia.getByText('Say “open Trivia night”')).toBeTruthy();
    expect(
      trivia.getByRole('switch', { name: 'Use “Trivia night”' }).getAttribute('aria-checked'),
    ).toBe('true');
    const dishes = card('skill-2');
    expect(dishes.getByText('Draft')).toBeTruthy();
    expect(dishes.getByText('Say “open Dishes” or “whose turn is it”')).toBeTruthy();
    expect(dishes.queryByRole('switch')).toBeNull();
    expect(card('skill-3').getByRole('switch').getAttribute('aria-checked')).toBe('false');
  });

  it('turns skills on and off', () => {
    open();
    fireEvent.click(card('skill-2').getByRole('button', { name: 'Turn on' }));
    expect(actions.setStatus).toHaveBeenCalledWith('skill-2', 'enabled');
    fireEvent.click(card('skill-1').getByRole('switch'));
    expect(actions.setStatus).toHaveBeenCalledWith('skill-1', 'disabled');
  });

  it('links to editing, trying and sharing each skill', () => {
    open();
    const trivia = card('skill-1');
    expect(trivia.getByRole('link', { name: 'Edit' }).getAttribute('href')).toBe('/skills/skill-1');
    expect(trivia.getByRole('link', { name: 'Try it' }).getAttribute('href')).toBe(
      '/skills/skill-1?try=1',
    );
    expect(trivia.getByRole('link', { name: 'Share' }).getAttribute('href')).toBe(
      '/skills/skill-1/share',
    );
    expect(screen.getByRole('link', { name: 'Import a skill' }).getAttribute('href')).toBe(
      '/skills/import',
    );
  });

  it('duplicates a skill', async () => {
    open();
    fireEvent.click(card('skill-1').getByRole('button', { name: 'Duplicate' }));
    await waitFor(() => expect(actions.duplicate).toHaveBeenCalledWith('skill-1'));
  });

  it('deletes with an Undo', async () => {
    open();
    fireEvent.click(card('skill-3').getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Jokes”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(actions.undoRemove).toHaveBeenCalledWith('skill-3'));
    expect(await screen.findByText('“Jokes” is back.')).toBeTruthy();
  });

  it('invites picking a template when there are no skills, and shows every template', () => {
    data.skills = [];
    open();
    expect(screen.getByText(/No skills yet/)).toBeTruthy();
    const cards = screen.getAllByTestId('template-card');
    expect(cards).toHaveLength(BLUEPRINTS.length);
    expect(cards.length).toBeGreaterThanOrEqual(13);
    const qa = within(cards.find((c) => c.dataset.blueprintId === 'qa')!);
    expect(qa.getByRole('link', { name: 'Use this template' }).getAttribute('href')).toBe(
      '/skills/new/qa',
    );
    expect(screen.getByRole('heading', { name: 'Fun & games' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Storytelling' })).toBeTruthy();
  });
});
