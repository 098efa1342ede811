/**
 * Reads the summary the way CommonMark does for what matters here: a fence opened by N
 * backticks closes only on a line of at least N backticks (up to 3 spaces of indent), and an
 * HTML block opened by <details> runs until a blank line. Returns the lines that are outside
 * any code block, i.e. what GitHub would render as markdown/HTML.
 */
export function renderedOutsideCode(markdown: string): string[] {
  const outside: string[] = []
  let fence: number | undefined
  let inHtmlBlock = false
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (fence !== undefined) {
      const close = /^ {0,3}(`+)\s*$/.exec(line)
      if (close && (close[1] as string).length >= fence) fence = undefined
      continue
    }
    if (inHtmlBlock) {
      if (line.trim() === '') inHtmlBlock = false
      else outside.push(line)
      continue
    }
    const open = /^ {0,3}(`{3,})[^`]*$/.exec(line)
    if (open) {
      fence = (open[1] as string).length
      continue
    }
    if (/^<\/?details/.test(line)) inHtmlBlock = true
    outside.push(line)
  }
  return outside
}
