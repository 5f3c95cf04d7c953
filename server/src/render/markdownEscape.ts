// Text from documents and claim packs is data. Before it goes into Markdown that an editor renders
// (hovers, reports), escape everything that could become markup, HTML or a link.

const MARKDOWN_SPECIALS = /[\\`*_{}\[\]()#+\-.!|<>~&"'$:]/g;

/** Escapes a plain string so it renders literally in CommonMark (no HTML, links, emphasis or commands). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(MARKDOWN_SPECIALS, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c));
}

/** A quote as a Markdown block quote, escaped. */
export function escapeQuote(text: string): string {
  return '> ' + escapeMarkdown(text);
}

/** Only http(s) URLs may become links; anything else (command:, javascript:, file:) is shown as text. */
export function safeLink(title: string, url: string | undefined): string {
  const label = escapeMarkdown(title);
  if (!url) return label;
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`);
  } catch {
    return `${label} (${escapeMarkdown(url)})`;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `${label} (${escapeMarkdown(url)})`;
  const href = parsed.href.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
  return `[${label}](${href})`;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
