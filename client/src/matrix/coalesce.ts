/** Calls `run` once per microtask at most, however many events arrive together. */
export function coalesce(run: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      run();
    });
  };
}
