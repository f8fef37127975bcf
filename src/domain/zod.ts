// The one way to write schemas: zod's functional "mini" API. Classic zod's method chains cannot
// be tree-shaken (about 114 kB minified, 30 kB gzipped, on the first page); mini is the same
// engine, bundled only as far as it is used (about 41 kB minified). Every module imports `z`
// from here rather than from the zod package, so the setup below has run before any schema is
// built or any value is parsed.
import * as z from 'zod/mini';
// Named, from its own entry point: `z.locales.en` reached through the namespace can drag every
// language into the bundle.
import { en } from 'zod/locales';

// zod/mini ships without messages: every issue would read "Invalid input". Classic zod installs
// English itself, and people see its wording wherever neither a schema nor humanErrors words an
// issue: the home-file loader, form fields, record keys.
z.config(en());

export { z };
