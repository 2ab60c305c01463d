// Filled in with the till: a banner on every screen while the till is in practice mode.
export function PracticeBanner() {
  return null;
}
