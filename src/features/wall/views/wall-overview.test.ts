import { breakAtDots } from './wall-overview';

describe('breakAtDots', () => {
  it('lets a tile line wrap between its parts only', () => {
    const line = breakAtDots('Target 33.0% · ✓ On track');
    expect(line).toBe('Target\u00a033.0%\u00a0· ✓\u00a0On\u00a0track');
    // One place to break, after the dot: a new line never starts with "·".
    expect(line.split(' ')).toEqual(['Target\u00a033.0%\u00a0·', '✓\u00a0On\u00a0track']);
  });

  it('leaves a line of one part whole', () => {
    expect(breakAtDots('23 Nov 2026')).toBe('23\u00a0Nov\u00a02026');
  });
});
