/** `--kiosk` on the command line or APRON_KIOSK=1 (or "true") in the environment. */
export function kioskRequested(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  if (argv.includes('--kiosk')) return true;
  const flag = env.APRON_KIOSK?.trim().toLowerCase();
  return flag === '1' || flag === 'true';
}
