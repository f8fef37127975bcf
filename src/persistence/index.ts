// The persistence layer's public surface, for stores and scripts. React hooks are imported from
// './hooks.ts' directly, so that Node scripts using this barrel do not load React.
export {
  openDatabase,
  TeachableHomeDb,
  DEFAULT_DB_NAME,
  type EventRow,
  type SettingKey,
  type SettingRow,
} from './db.ts';
export { getDb, setDbForTests } from './instance.ts';
export {
  readHome,
  updateHome,
  replaceHomeLayout,
  type HomeUpdate,
  type LayoutResult,
} from './home.ts';
export {
  queryEvents,
  countEvents,
  eventsOfEntity,
  addEvents,
  type EventFilter,
  type EventCursor,
  type EventPage,
} from './events.ts';
export {
  getHomeSettings,
  saveHomeSettings,
  getClockState,
  saveClockState,
  getMeta,
  saveMeta,
  metaSchema,
  type Meta,
} from './settings.ts';
export { resetDatabase, type ResetData } from './scenario.ts';
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_CHARS,
  type Backup,
  type ParseResult,
} from './backup/format.ts';
export { exportBackup, backupToText } from './backup/export.ts';
export { parseBackup } from './backup/parse.ts';
export { importBackup } from './backup/import.ts';
