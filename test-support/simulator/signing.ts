/**
 * Signed, expiring blob URLs, like the Azure SAS links GitHub redirects log downloads to.
 * The signature covers the path and expiry, so a URL cannot be edited to reach other logs.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export class UrlSigner {
  private readonly secret = randomBytes(32)

  constructor(
    private readonly blobUrl: () => string,
    private readonly expiryMs: number,
    private readonly now: () => number
  ) {}

  sign(path: string): string {
    const expires = this.now() + this.expiryMs
    const sig = this.signature(path, expires)
    return `${this.blobUrl()}${path}?sv=2025-01-05&se=${new Date(expires).toISOString()}&sp=r&sig=${sig}`
  }

  /** 'ok', or why the link is refused. */
  check(path: string, query: URLSearchParams): 'ok' | 'missing' | 'invalid' | 'expired' {
    const expiresText = query.get('se')
    const sig = query.get('sig')
    if (!expiresText || !sig) return 'missing'
    const expires = Date.parse(expiresText)
    if (Number.isNaN(expires)) return 'invalid'
    const expected = Buffer.from(this.signature(path, expires))
    const given = Buffer.from(sig)
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid'
    return this.now() > expires ? 'expired' : 'ok'
  }

  private signature(path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expires}`).digest('base64url')
  }
}
