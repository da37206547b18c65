// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mockModuleFiles, type BuiltChunk } from './mock-modules';

const chunk = (fileName: string, extra: Partial<BuiltChunk> = {}): BuiltChunk => ({
  type: 'chunk',
  fileName,
  ...extra,
});

const bundle: Record<string, BuiltChunk> = Object.fromEntries(
  (
    [
      chunk('assets/index.js', {
        imports: ['assets/shared.js'],
        dynamicImports: ['assets/stages-page.js', 'assets/browser.js'],
        facadeModuleId: '/app/index.html',
      }),
      chunk('assets/shared.js'),
      chunk('assets/stages-page.js', {
        facadeModuleId: '/app/src/features/stages/stages-page.tsx',
      }),
      chunk('assets/browser.js', {
        imports: ['assets/mock-api.js', 'assets/shared.js'],
        facadeModuleId: '/app/mocks/browser.ts',
      }),
      chunk('assets/mock-api.js', { imports: ['assets/browser.js', 'assets/shared.js'] }),
      { type: 'asset', fileName: 'assets/index.css' },
    ] satisfies BuiltChunk[]
  ).map((c) => [c.fileName, c]),
);

describe('mockModuleFiles', () => {
  it("names the mock's chunks and what they import that the entry does not load already", () => {
    expect(mockModuleFiles(bundle, 'assets/index.js')).toEqual([
      'assets/browser.js',
      'assets/mock-api.js',
    ]);
  });

  it('names nothing when the entry never imports the mock', () => {
    const { ['assets/browser.js']: _mock, ...rest } = bundle;
    const entry = { ...bundle['assets/index.js']!, dynamicImports: ['assets/stages-page.js'] };
    expect(mockModuleFiles({ ...rest, 'assets/index.js': entry }, 'assets/index.js')).toEqual([]);
  });
});
