// The views build their id lists (units, metrics) anew on every render; a list of queries made from
// one is kept between renders only if the list it is made from is.
import { useMemo } from 'react';

/** `ids`, as the same array for as long as it holds the same ids in the same order. */
export function useSameIds(ids: readonly string[]): readonly string[] {
  const joined = ids.join('\u0000');
  return useMemo(() => (joined === '' ? [] : joined.split('\u0000')), [joined]);
}
