import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStoredChoice, resolveThemeSetting, storeChoice } from './theme-choice';

describe('resolveThemeSetting', () => {
  it('takes the address first, then the user, then config', () => {
    expect(
      resolveThemeSetting({ fromUrl: 'dark', fromUser: 'light', fromConfig: 'light' }),
    ).toEqual({ setting: 'dark' });
    expect(resolveThemeSetting({ fromUser: 'high-contrast', fromConfig: 'light' })).toEqual({
      setting: 'high-contrast',
    });
    expect(resolveThemeSetting({ fromUser: 'pink', fromConfig: 'auto' })).toEqual({
      setting: 'auto',
    });
  });

  it('falls back from an invalid address value and says so', () => {
    expect(resolveThemeSetting({ fromUrl: 'pink', fromUser: 'dark', fromConfig: 'light' })).toEqual(
      { setting: 'dark', invalidUrlValue: 'pink' },
    );
  });
});

describe('stored choices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('survive storage being withheld', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(readStoredChoice('k')).toBeNull();
    expect(() => storeChoice('k', 'dark')).not.toThrow();
  });
});
