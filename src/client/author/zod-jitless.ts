/**
 * Zod compiles a fast object parser with `new Function`, and probes for it when the first
 * object schema is created. The handbook's CSP has no 'unsafe-eval', so the probe would be
 * reported as a violation. Imported first by the form, before any module builds a schema.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });
