// Reads and validates config.json before the first render; every failure names the file, key and problem.
import { firstIssue } from '@/api/validation';
import { configSchema, type ConfigFile } from './schema';

export interface ConfigProblem {
  /** The URL the configuration was read from, e.g. `/config.json`. */
  file: string;
  /** The offending key as a path, e.g. `auth.token`, or null when the file as a whole is the problem. */
  key: string | null;
  problem: string;
}

export type ConfigResult = { ok: true; config: ConfigFile } | { ok: false; error: ConfigProblem };

/** Validates an already-parsed configuration value. */
export function validateConfig(file: string, raw: unknown): ConfigResult {
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  const { path, problem } = firstIssue(parsed.error);
  return { ok: false, error: { file, key: path === '(root)' ? null : path, problem } };
}

export async function loadConfig(
  file: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ConfigResult> {
  let response: Response;
  try {
    response = await fetchImpl(file, {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
  } catch (cause) {
    return {
      ok: false,
      error: { file, key: null, problem: `the file could not be read (${String(cause)})` },
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: {
        file,
        key: null,
        problem: `the file could not be read: HTTP ${response.status}${response.status === 404 ? ' (missing)' : ''}`,
      },
    };
  }
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return {
      ok: false,
      error: { file, key: null, problem: `the file is not valid JSON: ${detail}` },
    };
  }
  return validateConfig(file, raw);
}
