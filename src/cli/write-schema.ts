// `npm run schema`: write scenarios/scenario.schema.json from the zod schema, so that editors
// autocomplete scenario files. A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from '../scenario';

// Where the generated schema lives, relative to the project root.
const SCHEMA_PATH = 'scenarios/scenario.schema.json';

writeFileSync(SCHEMA_PATH, jsonSchemaText());
process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
