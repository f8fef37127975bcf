// The teaching actions and the assistant, loaded when first used: both carry the language layer
// (interpret, the grammar, the teach readers), which the list of what was learned does not need to
// draw. The second call gets the module already loaded.
export const teaching = () => import('../../stores/teachingActions.ts');
export const assistant = () => import('../../stores/assistant.ts');

export const problemText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
