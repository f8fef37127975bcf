// Short-lived messages for the person (an error from a command, "Backup restored").
import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'error' | 'success';
  title: string;
  body?: string;
}

interface NoticeStore {
  notices: Notice[];
  push(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useNotices = create<NoticeStore>((set) => ({
  notices: [],
  push: (notice) =>
    set((s) => ({ notices: [...s.notices.slice(-3), { ...notice, id: nextId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

export const notify = (notice: Omit<Notice, 'id'>) => useNotices.getState().push(notice);
