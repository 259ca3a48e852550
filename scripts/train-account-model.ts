// Offline: fits the account classifier on all of InstaFake fake-v1.0 and writes the parameters
// module the product ships. The dataset is read in place (MICROREACH_TEST_DATA, else
// ../shared/data) and never copied.
//
//   npx tsx scripts/train-account-model.ts            # writes src/core/authenticity/account-model-params.ts
//   npx tsx scripts/train-account-model.ts --stdout   # prints it instead
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitAccountModel } from './authenticity/fit-account-model.ts';
import { datasetDir } from './authenticity/dataset-dir.ts';
import { formatAccountModel } from './authenticity/format-account-model.ts';
import { loadInstafake } from './authenticity/load-instafake.ts';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../src/core/authenticity/account-model-params.ts');

const accounts = loadInstafake(datasetDir());
const fake = accounts.filter((a) => a.isFake).length;
const source = formatAccountModel(fitAccountModel(accounts), { fake, real: accounts.length - fake });

if (process.argv.includes('--stdout')) {
  process.stdout.write(source);
} else {
  writeFileSync(target, source);
  console.error(
    `Fitted on ${accounts.length} InstaFake accounts (${fake} fake); wrote ${target} (${source.length.toLocaleString('en-US')} characters).`,
  );
}
