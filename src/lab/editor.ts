// The Lab's code editor: CodeMirror 6 with YAML highlighting, the checker's located diagnostics as
// you type (the worker checks; the linter waits for a pause) and completion of field names from the
// scenario format's JSON Schema.
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { type Diagnostic as CmDiagnostic, linter, lintGutter } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { type Diagnostic, formatDiagnostic } from '../scenario';
import { type JsonSchema, keysAt, pathAtLine } from './schema-keys';

/** What the editor needs from the page. */
export interface EditorHooks {
  /** Check a text; resolves with its located diagnostics. */
  readonly check: (text: string) => Promise<readonly Diagnostic[]>;
  /** The JSON Schema once the worker has sent it (null until then). */
  readonly schema: () => JsonSchema | null;
}

/** Milliseconds of quiet typing before a check. */
export const LINT_DELAY = 300;

/** A located diagnostic as CodeMirror marks it: from its column to the end of the line's text. */
export function toCm(view: EditorView, d: Diagnostic): CmDiagnostic {
  const doc = view.state.doc;
  const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
  const from = Math.min(line.from + Math.max(0, d.column - 1), line.to);
  const to = Math.max(from, line.from + line.text.trimEnd().length);
  return { from, to, severity: d.severity, message: formatDiagnostic(d) };
}

/** Field names for a key being typed at the start of a line (after its indentation and any "- "). */
function completeKeys(schema: () => JsonSchema | null) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const root = schema();
    if (!root) return null;
    const word = ctx.matchBefore(/^[ \t]*(?:- +)*[A-Za-z0-9_$-]*$/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    const doc = ctx.state.doc;
    const line = doc.lineAt(ctx.pos);
    const start = line.from + /^[ \t]*(?:- +)*/.exec(line.text)![0].length;
    if (ctx.pos - start === 0 && !ctx.explicit) return null;
    const lines: string[] = [];
    for (let n = 1; n <= line.number; n++) lines.push(doc.line(n).text);
    const path = pathAtLine(lines, line.number - 1, start - line.from);
    if (!path) return null;
    const options: Completion[] = keysAt(root, path).map((k) => ({
      label: k.key,
      apply: `${k.key}: `,
      type: 'property',
      detail: k.required ? 'required' : 'optional',
      ...(k.description ? { info: k.description } : {}),
    }));
    return options.length > 0 ? { from: start, options, validFor: /^[A-Za-z0-9_$-]*$/ } : null;
  };
}

/** Create the editor in `parent` with `text`; `onChange` hears every edit. */
export function createEditor(
  parent: HTMLElement,
  text: string,
  hooks: EditorHooks,
  label: string,
): EditorView {
  return new EditorView({
    parent,
    doc: text,
    extensions: [
      basicSetup,
      yaml(),
      yamlLanguage.data.of({ autocomplete: completeKeys(hooks.schema) }),
      lintGutter(),
      linter(
        async (view) => {
          const diagnostics = await hooks.check(view.state.doc.toString());
          return diagnostics.map((d) => toCm(view, d));
        },
        { delay: LINT_DELAY },
      ),
      // A named text box, reachable by Tab (axe counts a contenteditable without tabindex as unreachable).
      EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
    ],
  });
}

/** Replace the editor's text with the fewest changed characters (keeps the cursor and undo sensible). */
export function setText(view: EditorView, text: string): void {
  const old = view.state.doc.toString();
  if (old === text) return;
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let endOld = old.length;
  let endNew = text.length;
  while (endOld > start && endNew > start && old[endOld - 1] === text[endNew - 1]) {
    endOld--;
    endNew--;
  }
  view.dispatch({ changes: { from: start, to: endOld, insert: text.slice(start, endNew) } });
}
