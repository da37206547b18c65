// Whether automatic refreshing is paused (a wall display's quiet hours). Read by the query client's
// defaults, so every query honours it without knowing about walls.
let paused = false;

export function setRefreshPaused(value: boolean): void {
  paused = value;
}

export function isRefreshPaused(): boolean {
  return paused;
}
