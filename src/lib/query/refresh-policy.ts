// Whether automatic refreshing is paused (a wall display's quiet hours). It works through TanStack
// Query's online manager: while paused, every fetch (interval, mount, focus) waits, and when the pause
// ends the waiting queries fetch by themselves.
import { onlineManager } from '@tanstack/react-query';

let paused = false;
let installed = false;

const browserOnline = () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false);

function install(): void {
  if (installed) return;
  installed = true;
  // The browser's own online/offline events must not end a pause.
  onlineManager.setEventListener((setOnline) => {
    const update = () => setOnline(!paused && browserOnline());
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  });
}

export function setRefreshPaused(value: boolean): void {
  install();
  paused = value;
  onlineManager.setOnline(!paused && browserOnline());
}

export function isRefreshPaused(): boolean {
  return paused;
}
