// The runtime configuration (`config.json` beside index.html): its schema, defaults and documentation.
import { UNIT_PILLARS_FEATURE, UNIT_STAGES_FEATURE } from '@/api/schemas';
import { localeIds } from '@/i18n/registry';
import { THEME_SETTINGS } from '@/config/theme-choice';
import { z } from '@/api/zod';

/** An origin like "https://intranet.example.com": scheme, host and port, nothing more. */
function isOrigin(s: string): boolean {
  try {
    return new URL(s).origin === s;
  } catch {
    return false;
  }
}

/** A URL, or a path resolved against this page. */
function isUrlOrPath(s: string): boolean {
  try {
    new URL(s, 'http://relative.invalid');
    return true;
  } catch {
    return false;
  }
}

/** A number ≥ 0. */
const nonNegative = () => z.number().check(z.nonnegative());
/** A number > 0. */
const positive = () => z.number().check(z.positive());

export const authSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({
    type: z.literal('bearer'),
    token: z.string().check(z.minLength(1, 'expected a non-empty token')),
  }),
]);

export const mockOptionsSchema = z.object({
  seed: z.optional(z.number().check(z.int())),
  asOf: z.optional(
    z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, 'expected a date YYYY-MM-DD or an ISO timestamp'),
      ),
  ),
  latencyMs: z.optional(z.union([nonNegative(), z.tuple([nonNegative(), nonNegative()])])),
  size: z.optional(z.enum(['standard', 'large'])),
  /** Faults the mock plays, e.g. "metrics:503" or "all:500@2+3"; see the README. */
  scenario: z.optional(z.string()),
  /** The contract's optional endpoints the mock offers; default all (["unit-stages"]), [] for none. */
  features: z.optional(z.array(z.enum([UNIT_STAGES_FEATURE, UNIT_PILLARS_FEATURE]))),
});

const clockTime = z
  .string()
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM (24-hour)'));

export const wallViews = [
  'overview',
  'stages',
  'pillars',
  'loyalty',
  'bonding',
  'advocacy',
  'retention',
] as const;

export const wallSchema = z.strictObject({
  /** The views the wall rotates through, in order. */
  views: z._default(z.array(z.enum(wallViews)).check(z.minLength(1)), () => [...wallViews]),
  secondsPerView: z._default(z.number().check(z.gte(1), z.lte(3600)), 30),
  /** The business unit shown; default the whole organisation. */
  unit: z.optional(z.string().check(z.minLength(1))),
  /** After this long without a successful refresh, a large stale banner. */
  staleAfterMinutes: z._default(positive(), 15),
  /** No refresh, dimmed, between these times (may cross midnight); null: none. */
  quietHours: z._default(z.nullable(z.strictObject({ from: clockTime, to: clockTime })), null),
  /** A daily reload at this time; null: none. */
  reloadDailyAt: z._default(z.nullable(clockTime), '04:00'),
  /** How often to check for a newly deployed version (then reload). */
  versionCheckMinutes: z._default(positive(), 5),
  /** Every so often the content moves by a few pixels, against burn-in. */
  burnInShiftMinutes: z._default(positive(), 10),
  theme: z._default(z.enum(THEME_SETTINGS), 'high-contrast'),
});

export const configSchema = z.strictObject({
  apiBaseUrl: z
    .string()
    .check(
      z.minLength(1, 'expected the API base URL, e.g. "https://cx-api.example.com" or "/api"'),
      z.refine(isUrlOrPath, 'expected an absolute URL or a path'),
    ),
  mock: z._default(z.boolean(), false),
  mockOptions: z._default(mockOptionsSchema, {}),
  refreshSeconds: z._default(
    z.number().check(z.int(), z.gte(10, 'expected at least 10 seconds')),
    300,
  ),
  requestTimeoutSeconds: z._default(z.number().check(z.positive(), z.lte(120)), 15),
  /** Weekly figures are overdue this many days after their week ended (then said on every screen). */
  overdueAfterDays: z._default(z.number().check(z.int(), z.gte(1), z.lte(90)), 8),
  auth: z._default(authSchema, { type: 'none' }),
  cacheMaxAgeHours: z._default(z.number().check(z.gte(0), z.lte(24 * 90)), 168),
  pillarHealth: z._default(
    z
      .strictObject({
        amber: z._default(z.number().check(z.gte(0), z.lte(100)), 50),
        green: z._default(z.number().check(z.gte(0), z.lte(100)), 70),
      })
      .check(z.refine((t) => t.amber <= t.green, { message: 'expected amber ≤ green' })),
    { amber: 50, green: 70 },
  ),
  wall: z._default(wallSchema, () => wallSchema.parse({})),
  embed: z._default(
    z.strictObject({
      /** Origins (scheme://host[:port]) of the pages allowed to embed widgets and message them. */
      allowedOrigins: z._default(
        z.array(
          z
            .string()
            .check(
              z.refine(
                isOrigin,
                'expected an origin like "https://intranet.example.com" (no path, no trailing slash)',
              ),
            ),
        ),
        () => [],
      ),
    }),
    () => ({ allowedOrigins: [] }),
  ),
  /** The language and formats; when absent, the browser's languages decide (then en-GB). */
  locale: z.optional(z.enum(localeIds as [string, ...string[]])),
  theme: z._default(z.enum(THEME_SETTINGS), 'light'),
});

/** config.json as read and checked. */
export type ConfigFile = z.infer<typeof configSchema>;
/** The configuration the app runs with: the file's, with the locale resolved (address, user, browser). */
export type AppConfig = Omit<ConfigFile, 'locale'> & { locale: string };
export type WallConfig = z.infer<typeof wallSchema>;
export type WallView = (typeof wallViews)[number];
export type MockOptionsConfig = z.infer<typeof mockOptionsSchema>;
