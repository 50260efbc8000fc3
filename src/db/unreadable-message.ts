/** The reader-facing sentence for stored notes that could not be read (no imports: the popup's first module may use it). */
export function unreadableMessage(count: number): string {
  if (count <= 0) return '';
  return `${count === 1 ? '1 note' : `${count} notes`} could not be read — repair or export them from the library.`;
}
