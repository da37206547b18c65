// A bearer token handed over at run time (by an embedding host page): kept in memory only, never in
// the URL or in storage.
let runtimeToken: string | null = null;
const listeners = new Set<() => void>();

export function setRuntimeToken(token: string): void {
  runtimeToken = token;
  for (const listener of listeners) listener();
}

export function getRuntimeToken(): string | null {
  return runtimeToken;
}

export function onRuntimeToken(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
