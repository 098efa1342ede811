/** Small helpers for the sentences runctl prints and throws. */

/** "approved" → "Approved": for a sentence that starts with a variable word. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
