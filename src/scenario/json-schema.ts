// The JSON Schema of the scenario format, generated from the zod schema so that editors can
// autocomplete and underline mistakes (committed as scenarios/scenario.schema.json).
import { z } from 'zod';
import { ScenarioSchema } from './schema';

/**
 * The JSON Schema as pretty, stable text (2-space indent, trailing newline). Draft 7: the version
 * every editor's YAML/JSON support understands (the content is the same as with draft 2020-12).
 */
export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-7' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
