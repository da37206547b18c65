// Chart paints in time slices: a page of charts (or a unit switch redrawing them all) paints what
// fits in about 50 ms at once and the rest in the next tasks, so no single task blocks input for the
// sum of them, and the first charts show while the others are drawn.

const SLICE_MS = 50;

let sliceStart: number | null = null;
let scheduled = false;
const pending = new Set<() => void>();

/** Whether the current task still has time; the first call in a task opens its slice. */
function inSlice(): boolean {
  const now = performance.now();
  if (sliceStart === null) {
    sliceStart = now;
    nextTask();
    return true;
  }
  return now - sliceStart < SLICE_MS;
}

/** The slice ends with the task; the next task paints what waits, in a slice of its own. */
function nextTask(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    sliceStart = null;
    for (const job of pending) {
      if (!inSlice()) break;
      pending.delete(job);
      job();
    }
    if (pending.size > 0) nextTask();
  }, 0);
}

/**
 * Runs the paint now when the current task's slice has time and nothing waits before it, else in a
 * later task, in order. Returns a cancel function for a paint that is no longer wanted.
 */
export function paintInSlice(job: () => void): () => void {
  if (pending.size === 0 && inSlice()) {
    job();
    return () => {};
  }
  pending.add(job);
  nextTask();
  return () => {
    pending.delete(job);
  };
}
