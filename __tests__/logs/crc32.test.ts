import { describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import * as zlib from 'node:zlib'
import { crc32, crc32Tables } from '../../src/logs/crc32.js'

describe('crc32', () => {
  it('gives the check values of the zip polynomial', () => {
    expect(crc32Tables(Buffer.from('123456789'))).toBe(0xcbf43926)
    expect(crc32Tables(Buffer.alloc(0))).toBe(0)
    expect(crc32Tables(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339)
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926)
  })

  it('continues across pieces of any length, as gzip computes it whole', () => {
    const data = randomBytes(100_003)
    // gzip's trailer holds the CRC-32 of the whole input: an independent reference.
    const gz = zlib.gzipSync(data)
    const reference = gz.readUInt32LE(gz.length - 8)
    expect(crc32Tables(data)).toBe(reference)
    for (const cut of [1, 7, 8, 9, 4096, 65_537]) {
      let value = 0
      for (let at = 0; at < data.length; at += cut) {
        value = crc32Tables(data.subarray(at, at + cut), value)
      }
      expect(value).toBe(reference)
    }
    expect(crc32(data.subarray(50_000), crc32(data.subarray(0, 50_000)))).toBe(reference)
  })

  it('sees every single flipped bit', () => {
    const data = randomBytes(64)
    const whole = crc32Tables(data)
    for (let bit = 0; bit < data.length * 8; bit++) {
      const copy = Buffer.from(data)
      copy[bit >> 3] = (copy[bit >> 3] as number) ^ (1 << (bit & 7))
      expect(crc32Tables(copy)).not.toBe(whole)
    }
  })
})
