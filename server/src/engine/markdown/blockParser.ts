// markdown-it configured for block structure only: it tells us where paragraphs, headings, list
// items, quotes, tables, code and HTML blocks are (token.map line ranges). Inline content is
// scanned by our own code (inlineScanner.ts) because we need exact source offsets, which
// markdown-it's inline tokens do not carry.
import MarkdownIt, { type Token } from 'markdown-it';
import { footnoteDefinitionRule } from './footnoteDefinitionRule';

export type BlockToken = Token;
type MarkdownParser = InstanceType<typeof MarkdownIt>;

export interface LinkReference {
  href: string;
  title?: string;
}

export interface ParsedBlocks {
  tokens: BlockToken[];
  /** Link reference definitions, keyed by markdown-it's normalized label. */
  references: Record<string, LinkReference>;
}

let parser: MarkdownParser | undefined;

function blockParser(): MarkdownParser {
  if (parser) return parser;
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // 'normalize' is done by parseBlocks only when needed (it costs a full-text regex pass).
  md.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  md.block.ruler.before('reference', 'footnote_def', footnoteDefinitionRule, { alt: ['paragraph', 'reference'] });
  md.block.State = withPlainTokens(md.block.State);
  parser = md;
  return md;
}

type BlockState = MarkdownParser['block']['State'];

/**
 * markdown-it's Token constructor (down-levelled class fields: a defineProperty call per field)
 * is the most expensive part of block parsing (plain objects make it ~30% faster). We never
 * render, so block tokens can be plain objects with the same fields; markdown-it's block rules
 * only read and assign fields. Consequence: these tokens have no methods (no attrGet and so on).
 * ParserBlock creates its state through the public `md.block.State`, which is the hook used here.
 */
function withPlainTokens(Base: BlockState): BlockState {
  return class PlainTokenStateBlock extends Base {
    override push(type: string, tag: string, nesting: Token["nesting"]): Token {
      if (nesting < 0) this.level--;
      const token = {
        type, tag, attrs: null, map: null, nesting, level: this.level, children: null,
        content: '', markup: '', info: '', meta: null, block: true, hidden: false,
      } as unknown as Token;
      if (nesting > 0) this.level++;
      this.tokens.push(token);
      return token;
    }
  };
}

export function parseBlocks(src: string): ParsedBlocks {
  // markdown-it fills env.references with the link reference definitions it consumed.
  const env: Record<string, unknown> = {};
  // Same line structure as markdown-it's own normalization (\r\n and \r become \n; the caller
  // has already replaced NUL), so token line numbers still match the original document.
  const normalized = src.indexOf('\r') === -1 ? src : src.replace(/\r\n?/g, '\n');
  const tokens = blockParser().parse(normalized, env);
  return { tokens, references: (env.references as Record<string, LinkReference> | undefined) ?? {} };
}

/** markdown-it's own label normalization, so our lookups agree with its reference table. */
export function normalizeReferenceLabel(label: string): string {
  return blockParser().utils.normalizeReference(label);
}

/** Decodes one HTML entity (`&amp;`, `&#8212;`, `&#x1F600;`); returns null when it is not a valid entity. */
export function decodeEntity(entity: string): string | null {
  const decoded = blockParser().utils.unescapeAll(entity);
  return decoded === entity ? null : decoded;
}
