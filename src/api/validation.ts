// Turns schema validation failures into one readable line: where (a path) and what (expected, received).
import type { z } from 'zod/mini';

/** `['series', 0, 'points', 3, 'value']` → `series[0].points[3].value`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describeReceived(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'string')
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return typeof input;
}

/** One issue as "expected …, received …" without zod's generic prefixes. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const message = issue.message.replace(/^Invalid (input|option): /, '');
  if (issue.code === 'invalid_type') {
    // zod names the received type in its message; keep "received undefined" readable as "missing".
    return message.replace(/received undefined$/, 'but it is missing');
  }
  if (issue.code === 'unrecognized_keys') {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if ('input' in issue && issue.input !== undefined && !/received/.test(message)) {
    return `${message}, received ${describeReceived(issue.input)}`;
  }
  return message;
}

/** The first issue of a failed parse as `path: problem`, e.g. `series[0].points[3].value: expected number, received string`. */
export function firstIssue(error: z.core.$ZodError): {
  path: string;
  problem: string;
  text: string;
} {
  const issue = error.issues[0];
  if (!issue) return { path: '(root)', problem: 'invalid', text: '(root): invalid' };
  // unrecognized_keys sits on the parent; naming the key itself is more helpful.
  const keyPath =
    issue.code === 'unrecognized_keys' && issue.keys.length === 1
      ? [...issue.path, issue.keys[0] as string]
      : issue.path;
  const path = formatPath(keyPath);
  const problem = describeIssue(issue);
  return { path, problem, text: `${path}: ${problem}` };
}
