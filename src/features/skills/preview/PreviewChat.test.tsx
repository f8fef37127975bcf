// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { Skill } from '../../../domain/blueprints/model.ts';
import { renderEditor } from '../editor/renderEditor.tsx';

vi.mock('../../../stores/skillActions.ts', () => ({
  checkSkill: vi.fn(),
  saveSkill: vi.fn((s: Skill) => Promise.resolve(s)),
}));

const log = () => screen.getByRole('log', { name: 'Preview of Pet game' });
const lines = () =>
  within(log())
    .queryAllByTestId('preview-message')
    .map((m) => `${m.dataset.from}: ${m.textContent}`);

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the live preview', () => {
  it('runs the form as it is: Start, answers, the things to try, Restart', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(lines()).toEqual([
      'you: You said: open Pet game',
      'skill: Pet game: Hello! Session 1. Name a pet.',
    ]);
    const say = screen.getByRole('textbox', { name: 'Say something to Pet game' });
    fireEvent.change(say, { target: { value: 'lion' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(lines().at(-1)).toBe('skill: Pet game: Name a pet, like cat.');
    expect(screen.getByText('Now: Tries: 1')).toBeTruthy();
    // A thing to try, from the template, said by a click.
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Things to try' })).getByRole('button', {
        name: 'cat',
      }),
    );
    expect(lines().slice(-2)).toEqual([
      'skill: Pet game: Yes, cat!Understood: the pet “cat”',
      'note: The session has ended.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(lines()).toEqual([]);
  });

  it('tries the changes typed in the form, without saving them', () => {
    renderEditor();
    fireEvent.change(screen.getByRole('textbox', { name: 'Welcome' }), {
      target: { value: 'Hi there.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(lines().at(-1)).toBe('skill: Pet game: Hi there. Session 1. Name a pet.');
  });

  it('says what to fix first while the form has problems', () => {
    renderEditor();
    fireEvent.change(screen.getByRole('textbox', { name: 'Pet 1' }), { target: { value: '' } });
    expect(screen.getByText('Fix the form first, then try it here:')).toBeTruthy();
    expect(screen.getByText('Pets › Pet 1: write the pet or remove it')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
  });

  it('says when the form changed under a running session', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Welcome' }), {
      target: { value: 'Yo.' },
    });
    expect(screen.getByText(/You changed the form since this started/)).toBeTruthy();
  });
});
