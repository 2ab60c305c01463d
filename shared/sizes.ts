/** A file's size for people: "2.1 MB", "640 KB", never "0 KB". */
export function bytesInWords(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
