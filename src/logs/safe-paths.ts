import * as path from 'node:path'
import yauzl from 'yauzl'

/** Windows device names: a file called CON or nul.txt is a device there, not a file. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/**
 * Why an archive entry name must not be written, or undefined when it is a plain relative path.
 * Entry names come from job and step names, which anyone who controls a matrix value can shape.
 */
export function unsafeEntryReason(name: string): string | undefined {
  // yauzl's own check: backslashes, "/" or "C:" at the start, ".." segments.
  const yauzlReason = yauzl.validateFileName(name)
  // Stryker disable next-line Regex: with the s flag, ".*" already runs to the end, so "$" changes nothing
  if (yauzlReason !== null) return yauzlReason.replace(/:.*$/s, '')
  // ("/" is an absolute path to yauzl.)
  if (name === '') return 'empty path'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'control characters in path'
  // A colon names an NTFS alternate data stream, or a drive further in.
  if (name.includes(':')) return 'colon in path'
  const segments = name.replace(/\/$/, '').split('/')
  if (segments.some(segment => segment === '' || segment === '.')) return 'empty or "." segment'
  if (segments.some(segment => WINDOWS_DEVICE.test(segment))) return 'Windows device name'
  return undefined
}

/**
 * The absolute path of `relative` inside `root`, or undefined if it would land anywhere else
 * (a second line of defence behind unsafeEntryReason, in case path semantics differ by platform).
 */
export function resolveInside(root: string, relative: string): string | undefined {
  const target = path.resolve(root, ...relative.split('/'))
  const rel = path.relative(root, target)
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    return undefined
  }
  return target
}

/** A file name made from untrusted text: letters, digits, dot, dash, underscore; bounded length. */
export function safeFileName(text: string, maxLength = 80): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, maxLength)
  return cleaned === '' ? 'job' : cleaned
}
