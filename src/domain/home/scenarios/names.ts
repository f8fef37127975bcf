// The default scenario's name, apart from the registry so that code needing only the name does
// not pull every scenario's data into the first page.
export const DEFAULT_SCENARIO = 'demo';
