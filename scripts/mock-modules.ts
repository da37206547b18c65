// Which built files are the mock's code that index.html may name for public/early.js (see the
// `cx-mock-modules` plugin in vite.config.ts): the chunk of `mocks/browser.ts`, which the app imports
// only in mock mode, and what it imports that the app's entry does not load already.

/** The fields of a Rollup output chunk used here. */
export interface BuiltChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: readonly string[];
  dynamicImports?: readonly string[];
  facadeModuleId?: string | null;
}

const MOCK_ENTRY = /[\\/]mocks[\\/]browser\.ts$/;

function staticClosure(bundle: Readonly<Record<string, BuiltChunk>>, file: string): Set<string> {
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f) || bundle[f]?.type !== 'chunk') return;
    seen.add(f);
    for (const imported of bundle[f].imports ?? []) visit(imported);
  };
  visit(file);
  return seen;
}

/** The mock's files in load order of discovery, or none when the entry imports no mock. */
export function mockModuleFiles(
  bundle: Readonly<Record<string, BuiltChunk>>,
  entryFile: string,
): string[] {
  const mockEntry = bundle[entryFile]?.dynamicImports?.find((f) =>
    MOCK_ENTRY.test(bundle[f]?.facadeModuleId ?? ''),
  );
  if (!mockEntry) return [];
  const entry = staticClosure(bundle, entryFile);
  return [...staticClosure(bundle, mockEntry)].filter((f) => !entry.has(f));
}
