// Checks that a hover card quotes the claims database verbatim and names each quote's source.
// Shared by the VS Code suite and the Neovim/Emacs driver, so every editor is held to the same bar.
'use strict';
const fs = require('fs');

/** Hover Markdown back to plain text: undo backslash escapes and entities, collapse whitespace. */
function plain(markdown) {
  return markdown
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every { quote, sourceTitle } of the built database (dist/claims-db.json), whatever its exact layout. */
function databaseQuotes(dbPath) {
  const db = JSON.parse(fs.readFileSync(dbPath, 'utf8'));
  const titles = new Map();
  const evidence = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.id === 'string' && typeof node.title === 'string' && typeof node.kind === 'string') titles.set(node.id, node.title);
    if (typeof node.quote === 'string' && typeof node.source === 'string') evidence.push(node);
    Object.values(node).forEach(walk);
  };
  walk(db);
  return evidence.map((e) => ({ quote: e.quote.replace(/\s+/g, ' ').trim(), sourceTitle: titles.get(e.source) }));
}

/**
 * The database quotes that appear verbatim in `markdown`; throws when there is none or when a quoted
 * source's title is missing from the card.
 */
function verbatimQuotes(markdown, dbPath) {
  const text = plain(markdown);
  const found = databaseQuotes(dbPath).filter((q) => q.quote.length > 20 && text.includes(q.quote));
  if (!found.length) throw new Error(`the hover quotes nothing from the database verbatim:\n${markdown}`);
  for (const q of found) {
    if (!q.sourceTitle || !text.includes(q.sourceTitle)) throw new Error(`the hover quotes "${q.quote.slice(0, 60)}…" without its source title "${q.sourceTitle}"`);
  }
  return found;
}

module.exports = { plain, verbatimQuotes };
