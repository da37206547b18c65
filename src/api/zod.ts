// zod, configured for a strict Content Security Policy: no `new Function` (its JIT probe would be
// reported as a CSP violation). Import `z` from here, not from 'zod'.
//
// zod/mini, the functional API, not classic zod: classic's chainable methods cannot be tree-shaken,
// so all of them would load on the path to the headline numbers. Mini sets no error messages by
// itself; the English locale gives classic's messages ("expected number, received string").
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config({ ...en(), jitless: true });

export { z };
