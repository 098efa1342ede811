/**
 * Serve the simulator until killed:
 *   npx tsx test-support/simulator/cli.ts --flavour github.com --port 0 [--scenario demo]
 *     [--link-expiry-ms N] [--rate-limit N] [--clock-offset-ms N (negative: GitHub behind)]
 * Prints API_URL, BLOB_URL, the tokens and (with a scenario) the scripted run ids.
 */
import { parseArgs } from 'node:util'
import { FLAVOURS, isFlavour } from './flavours.js'
import { startSimulator } from './index.js'
import { SCENARIOS, isScenario, loadScenario } from './scenarios.js'

const { values } = parseArgs({
  options: {
    flavour: { type: 'string', default: 'github.com' },
    port: { type: 'string', default: '0' },
    scenario: { type: 'string', default: 'empty' },
    'link-expiry-ms': { type: 'string' },
    'rate-limit': { type: 'string' },
    'clock-offset-ms': { type: 'string' }
  }
})

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

const flavour = values.flavour
if (!isFlavour(flavour)) fail(`--flavour must be one of: ${FLAVOURS.join(', ')}`)
const scenario = values.scenario
if (!isScenario(scenario)) fail(`--scenario must be one of: ${SCENARIOS.join(', ')}`)
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail('--port must be a port number (0 = any free port)')

const clockOffsetMs = Number(values['clock-offset-ms'] ?? 0)
if (!Number.isInteger(clockOffsetMs))
  fail('--clock-offset-ms must be a whole number of milliseconds (negative: behind)')

const sim = await startSimulator({
  clockOffsetMs,
  flavour,
  port,
  linkExpiryMs: values['link-expiry-ms'] ? Number(values['link-expiry-ms']) : undefined,
  rateLimit: values['rate-limit'] ? Number(values['rate-limit']) : undefined
})
const runs = loadScenario(sim, scenario)

console.log(`API_URL=${sim.apiUrl}`)
console.log(`BLOB_URL=${sim.blobUrl}`)
console.log(`FLAVOUR=${sim.flavour}`)
const snake = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()
for (const [name, token] of Object.entries(sim.tokens)) console.log(`TOKEN_${snake(name)}=${token}`)
for (const [role, id] of Object.entries(runs ?? {})) console.log(`RUN_${snake(role)}=${id}`)

const stop = () => {
  sim.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
