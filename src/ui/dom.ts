// Tiny DOM helpers: elements built with textContent only (scenario text never becomes HTML).

type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;
type Child = Node | string | null | undefined | false;

/** An element with attributes (null/false omit one) and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Append children (strings as text). */
export function append(el: Element, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Replace all children. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Set text only when it changed (keeps screen readers and layout calm). */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** A unique id for label/aria wiring. */
let idSeq = 0;
export function uid(prefix: string): string {
  idSeq += 1;
  return `${prefix}-${idSeq}`;
}

/** A list (ul) whose items are rebuilt from strings. */
export function fillList(list: HTMLElement, items: readonly string[], emptyText?: string): void {
  const kids = items.map((s) => h('li', { text: s }));
  if (kids.length === 0 && emptyText) kids.push(h('li', { class: 'muted', text: emptyText }));
  list.replaceChildren(...kids);
}

/** Fill a select's options when they changed, keeping the selection. */
export function fillSelect(
  select: HTMLSelectElement,
  choices: readonly { value: string; label: string }[],
  value: string,
): void {
  const same =
    select.options.length === choices.length &&
    choices.every(
      (c, i) => select.options[i]?.value === c.value && select.options[i]?.textContent === c.label,
    );
  if (!same) select.replaceChildren(...choices.map((c) => h('option', { value: c.value, text: c.label })));
  if (select.value !== value) select.value = value;
}

/**
 * A small non-modal panel opened from a top-bar button: the button (wired to the panel with
 * aria-expanded and aria-controls), the panel's heading and the panel, holding `children` after it.
 */
export function popover(
  prefix: string,
  openText: string,
  heading: string,
  ...children: Child[]
): { button: HTMLButtonElement; head: HTMLHeadingElement; panel: HTMLElement } {
  const panelId = uid(prefix);
  const button = h('button', {
    class: 'btn small',
    type: 'button',
    'aria-expanded': 'false',
    'aria-controls': panelId,
    text: openText,
  });
  const head = h('h2', { id: uid('h'), text: heading });
  const panel = h(
    'section',
    {
      id: panelId,
      class: 'panel settings',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': head.id,
    },
    head,
    ...children,
  );
  return { button, head, panel };
}
