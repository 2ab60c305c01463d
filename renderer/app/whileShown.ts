/**
 * For an effect that loads something: hands the answer to `show` unless the effect was cleaned
 * up first (the screen closed, or asked again with other inputs), so a slow, stale answer never
 * overwrites a newer one. Returns the clean-up, so an effect can simply return it:
 *
 *   useEffect(() => whileShown(call('skills.trainee', {}), (r) => …), [call, reloads]);
 */
export function whileShown<T>(pending: Promise<T>, show: (answer: T) => void): () => void {
  let live = true;
  void pending.then((answer) => {
    if (live) show(answer);
  });
  return () => {
    live = false;
  };
}
