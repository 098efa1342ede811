/** clockOffsetMs: the simulated GitHub's timestamps and Date header agree, both off the client's. */
import { describe, expect, it } from '@jest/globals'
import { startSimulator } from '../../test-support/simulator/index.js'
import { R, client } from './support.js'

describe('clock offset', () => {
  it('writes timestamps and Date headers on its own clock, on both hosts', async () => {
    // A hand-held clock: the assertions are exact however loaded the machine is.
    const t = Date.parse('2026-01-01T12:00:00.250Z')
    const sim = await startSimulator({ now: () => t, clockOffsetMs: -5 * 60_000 })
    try {
      const id = sim.addRun({ completed: true })
      const call = client(sim)
      const run = await call('GET', `${R}/runs/${id}`)
      expect(run.headers.get('date')).toBe('Thu, 01 Jan 2026 11:55:00 GMT')
      expect(run.json).toMatchObject({ status: 'completed' })
      expect(Date.parse((run.json as { updated_at: string }).updated_at)).toBeLessThanOrEqual(
        t - 5 * 60_000
      )
      // A 304 and an error answer carry the same clock.
      const again = await call('GET', `${R}/runs/${id}`, undefined, {
        'if-none-match': run.headers.get('etag') ?? ''
      })
      expect(again.status).toBe(304)
      expect(again.headers.get('date')).toBe('Thu, 01 Jan 2026 11:55:00 GMT')
      const missing = await call('GET', `${R}/runs/999999`)
      expect(missing.status).toBe(404)
      expect(missing.headers.get('date')).toBe('Thu, 01 Jan 2026 11:55:00 GMT')
      // The log host too, and a new run is created on that clock.
      const logs = await call('GET', `${R}/runs/${id}/logs`)
      const blob = await fetch(logs.headers.get('location') ?? '')
      await blob.arrayBuffer()
      expect(blob.status).toBe(200)
      expect(blob.headers.get('date')).toBe('Thu, 01 Jan 2026 11:55:00 GMT')
      expect(sim.getRun(sim.addRun())).toMatchObject({ created_at: '2026-01-01T11:55:00.250Z' })
      expect(sim.requests.every(request => request.at === t - 5 * 60_000)).toBe(true)
    } finally {
      await sim.close()
    }
  })
})
