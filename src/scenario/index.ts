// The scenario layer's public face: load a YAML/JSON scenario into the engine's Model with
// located diagnostics, and the schema the file format is defined by.
export { type LoadOptions, type LoadResult, loadScenario } from './load';
export { type CompileResult, compileScenario } from './compile-file';
export {
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
  formatDiagnostic,
  formatPath,
  type Severity,
  sortDiagnostics,
} from './diagnostic';
export type { DesignOptions } from './design';
export { MAX_DEPTH, MAX_VALUES } from './plain';
export { MAX_CHARS, MAX_ENTRIES } from './source';
export { contentHash, canonicalJson, fnv1a64 } from './hash';
export { jsonSchemaText } from './json-schema';
export { ScenarioSchema, type ScenarioFile, type TextValue } from './schema';
export { type FileText, fileTexts } from './texts';
export {
  FACTOR_QUANTITIES,
  type FactorQuantity,
  PARTY_QUANTITIES,
  type ParsedText,
  type PartyQuantity,
  type Placeholder,
  type PlaceholderError,
  parseText,
  type Ref,
} from './placeholder';
export { type LooseFigure, looseFigures } from './figures';
export { fillModel, fillText, type NumberFormats, type Segment, textSegments } from './fill';
