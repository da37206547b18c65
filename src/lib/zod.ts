// zod, configured for a strict Content Security Policy: no `new Function` (its JIT probe would be
// reported as a CSP violation). Import `z` from here, not from 'zod'.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
