/**
 * HTML written by the server for the public site. Every interpolated value is escaped unless it is already
 * `Html` (built by this tag, or sanitised body text let through by `trusted`), so a title or a citizen's
 * message can never become markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += render(parts[i] as Part) + strings[i + 1]!;
  return new Html(out);
}

/** Markup that has already been made safe: an item's body, sanitised when it was saved. */
export function trusted(sanitised: string): Html {
  return new Html(sanitised);
}
