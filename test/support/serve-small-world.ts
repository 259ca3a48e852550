// Serves the small test world on 127.0.0.1 (a temporary SQLite file) until stopped: for looking at
// the web app by hand (`npx tsx test/support/serve-small-world.ts [port]`).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/http/start-server.ts';
import { connect } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { testConfig } from './commerce.ts';
import { seedSmallWorld } from './small-world.ts';

const dir = mkdtempSync(join(tmpdir(), 'mr-world-'));
const config = testConfig({ DATABASE_URL: join(dir, 'world.db'), MICROREACH_DATA_DIR: dir });
const db = connect(config.database);
await migrateToLatest(db);
await seedSmallWorld(db);
const server = await startServer({ db, config }, { host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
process.stdout.write(`${server.url}\n`);
const stop = () =>
  void server
    .close()
    .then(() => db.destroy())
    .then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
