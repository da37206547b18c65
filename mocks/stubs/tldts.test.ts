// @vitest-environment node
import { readFileSync } from 'node:fs';
import { getDomain } from './tldts';

describe('the stand-in for tldts in the build', () => {
  it("is only there for tough-cookie (MSW's cookie jar): no other package depends on tldts", () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { dependencies?: Record<string, string> }>;
    };
    const dependants = Object.entries(lock.packages)
      .filter(([, p]) => p.dependencies && 'tldts' in p.dependencies)
      .map(([path]) => path);
    expect(dependants).toEqual(['node_modules/tough-cookie']);
  });

  it('answers the registrable domain as tldts would for ordinary hosts, and null where it has none', () => {
    expect(getDomain('api.example.com')).toBe('example.com');
    expect(getDomain('Example.COM.')).toBe('example.com');
    expect(getDomain('localhost')).toBeNull();
    expect(getDomain('127.0.0.1')).toBeNull();
    expect(getDomain('[::1]')).toBeNull();
    expect(getDomain('')).toBeNull();
  });
});
