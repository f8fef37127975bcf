// React 19 has useSyncExternalStore built in; wouter imports the shim for React 17 and older,
// which would put the shim's copy of it on the first page. vite.config.ts points it here.
export { useSyncExternalStore } from 'react';
