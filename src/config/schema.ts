// The runtime configuration (`config.json` beside index.html): its schema, defaults and documentation.
import { localeIds } from '@/i18n/registry';
import { z } from '@/lib/zod';

const themes = ['light', 'dark', 'high-contrast', 'auto'] as const;

export const authSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({
    type: z.literal('bearer'),
    token: z.string().min(1, 'expected a non-empty token'),
  }),
]);

export const mockOptionsSchema = z.object({
  seed: z.number().int().optional(),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, 'expected a date YYYY-MM-DD or an ISO timestamp')
    .optional(),
  latencyMs: z
    .union([
      z.number().nonnegative(),
      z.tuple([z.number().nonnegative(), z.number().nonnegative()]),
    ])
    .optional(),
  size: z.enum(['standard', 'large']).optional(),
  /** Faults the mock plays, e.g. "metrics:503" or "all:500@2+3"; see the README. */
  scenario: z.string().optional(),
});

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM (24-hour)');

export const wallViews = [
  'overview',
  'stages',
  'pillars',
  'loyalty',
  'bonding',
  'advocacy',
  'retention',
] as const;

export const wallSchema = z
  .object({
    /** The views the wall rotates through, in order. */
    views: z
      .array(z.enum(wallViews))
      .min(1)
      .default([...wallViews]),
    secondsPerView: z.number().min(1).max(3600).default(30),
    /** The business unit shown; default the whole organisation. */
    unit: z.string().min(1).optional(),
    /** After this long without a successful refresh, a large stale banner. */
    staleAfterMinutes: z.number().positive().default(15),
    /** No refresh, dimmed, between these times (may cross midnight); null: none. */
    quietHours: z.object({ from: clockTime, to: clockTime }).strict().nullable().default(null),
    /** A daily reload at this time; null: none. */
    reloadDailyAt: clockTime.nullable().default('04:00'),
    /** How often to check for a newly deployed version (then reload). */
    versionCheckMinutes: z.number().positive().default(5),
    /** Every so often the content moves by a few pixels, against burn-in. */
    burnInShiftMinutes: z.number().positive().default(10),
    theme: z.enum(themes).default('high-contrast'),
  })
  .strict();

export const configSchema = z
  .object({
    apiBaseUrl: z
      .string()
      .min(1, 'expected the API base URL, e.g. "https://cx-api.example.com" or "/api"')
      .refine((s) => {
        try {
          new URL(s, 'http://relative.invalid');
          return true;
        } catch {
          return false;
        }
      }, 'expected an absolute URL or a path'),
    mock: z.boolean().default(false),
    mockOptions: mockOptionsSchema.default({}),
    refreshSeconds: z.number().int().min(10, 'expected at least 10 seconds').default(300),
    requestTimeoutSeconds: z.number().positive().max(120).default(15),
    auth: authSchema.default({ type: 'none' }),
    cacheMaxAgeHours: z
      .number()
      .min(0)
      .max(24 * 90)
      .default(168),
    pillarHealth: z
      .object({
        amber: z.number().min(0).max(100).default(50),
        green: z.number().min(0).max(100).default(70),
      })
      .strict()
      .refine((t) => t.amber <= t.green, { message: 'expected amber ≤ green' })
      .default({ amber: 50, green: 70 }),
    wall: wallSchema.default(wallSchema.parse({})),
    embed: z
      .object({
        /** Origins (scheme://host[:port]) of the pages allowed to embed widgets and message them. */
        allowedOrigins: z
          .array(
            z.string().refine((s) => {
              try {
                return new URL(s).origin === s;
              } catch {
                return false;
              }
            }, 'expected an origin like "https://intranet.example.com" (no path, no trailing slash)'),
          )
          .default([]),
      })
      .strict()
      .default({ allowedOrigins: [] }),
    /** The language and formats; when absent, the browser's languages decide (then en-GB). */
    locale: z.enum(localeIds as [string, ...string[]]).optional(),
    theme: z.enum(themes).default('light'),
  })
  .strict();

/** config.json as read and checked. */
export type ConfigFile = z.infer<typeof configSchema>;
/** The configuration the app runs with: the file's, with the locale resolved (address, user, browser). */
export type AppConfig = Omit<ConfigFile, 'locale'> & { locale: string };
export type WallConfig = z.infer<typeof wallSchema>;
export type WallView = (typeof wallViews)[number];
export type MockOptionsConfig = z.infer<typeof mockOptionsSchema>;
