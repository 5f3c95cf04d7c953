// Deterministic benchmark drafts: realistic health prose (the claims database's own statements,
// example sentences, evidence quotes and caveats, plus the example draft and general filler)
// laid out with the whole mix of Markdown constructs a writer uses: front matter, ATX and setext
// headings, hard-wrapped paragraphs with emphasis, links, images, inline code, footnote and
// Pandoc citations, nested bullet and ordered lists, block quotes, tables, fenced and indented
// code, HTML blocks, disable comments, reference and footnote definitions, rules and entities.
// Nothing is downloaded; the same size and seed always give the same text.
import { readFileSync, readdirSync, existsSync } from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: small, fast, good enough to pick words and layouts reproducibly. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FILLER = [
  'Many readers write to us with questions about supplements they have seen online.',
  'We spoke with two dietitians and a family doctor while preparing this piece.',
  'The short answer is that it depends on your diet, your age and your health.',
  'Food labels rarely tell the whole story, so it helps to know what to look for.',
  'Before changing anything, it is worth keeping a simple food diary for a week.',
  'Our editor tried three of the recipes below and liked the lentil soup best.',
  'If you take prescription medicine, ask your pharmacist before adding anything new.',
  'Cooking methods matter too: boiling leafy greens leaches some minerals into the water.',
  'The numbers in this article are rounded, and individual needs vary widely.',
  'None of this replaces advice from someone who knows your medical history.',
  'In the next section we look at how the evidence was gathered.',
  'Several of our readers asked us to explain the lab reports they received.',
  'Seasonal changes in daylight affect how much time people spend outdoors.',
  'A balanced plate with whole grains, legumes and vegetables covers most needs.',
  'We updated this guide after new guidance was published last spring.',
];

const WORDS = ['spinach', 'almonds', 'salmon', 'yogurt', 'lentils', 'tofu', 'sardines', 'oats', 'kale', 'avocado', 'quinoa', 'mushrooms', 'eggs', 'cheese', 'beans', 'seeds'];

function corpus() {
  const sentences = [];
  const dbFile = path.join(root, 'dist', 'claims-db.json');
  if (!existsSync(dbFile)) throw new Error(`${dbFile} not found: run "npm run build" first`);
  const db = JSON.parse(readFileSync(dbFile, 'utf8'));
  const add = (s) => {
    if (typeof s !== 'string') return;
    const t = s.replace(/\s+/g, ' ').trim();
    if (t.length > 20 && t.length < 400 && !/[|`<>\[\]]/.test(t)) sentences.push(/[.!?]$/.test(t) ? t : `${t}.`);
  };
  for (const c of db.claims) {
    add(c.statement);
    add(c.suggestedWording);
    for (const e of c.examples ?? []) add(e.text);
    for (const e of c.evidence ?? []) add(e.quote.charAt(0).toUpperCase() + e.quote.slice(1));
    for (const v of c.caveats ?? []) add(v);
  }
  const examples = path.join(root, 'examples');
  if (existsSync(examples)) {
    for (const f of readdirSync(examples).filter((n) => n.endsWith('.md')).sort()) {
      const text = readFileSync(path.join(examples, f), 'utf8');
      for (const para of text.split(/\n\s*\n/)) {
        if (/^\s*([#|>`-]|\d+\.|\[)/.test(para)) continue;
        for (const s of para.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/)) add(s.replace(/\[\^[^\]]*\]/g, ''));
      }
    }
  }
  sentences.push(...FILLER);
  return sentences;
}

/** Hard-wraps prose at about 90 columns, the way many writers keep Markdown. */
function wrap(text, width = 90) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out.join('\n');
}

class Writer {
  constructor(seed) {
    this.random = rng(seed);
    this.sentences = corpus();
    this.footnote = 0;
    this.parts = [];
    this.size = 0;
  }
  pick(list) {
    return list[Math.floor(this.random() * list.length)];
  }
  chance(p) {
    return this.random() < p;
  }
  /** One sentence, sometimes decorated with inline Markdown. */
  sentence() {
    let s = this.pick(this.sentences);
    const r = this.random();
    if (r < 0.12) s = s.replace(/\b(magnesium|vitamin D|calcium|PTH|calcitonin)\b/i, (m) => `**${m}**`);
    else if (r < 0.2) s = s.replace(/\b(\w{6,})\b/, (m) => `*${m}*`);
    else if (r < 0.26) s = s.replace(/\.$/, ` ([source](https://example.org/${Math.floor(this.random() * 1000)})).`);
    else if (r < 0.32) s = s.replace(/\.$/, `.[^n${++this.footnote}]`);
    else if (r < 0.36) s = s.replace(/\.$/, ` [@smith${2000 + Math.floor(this.random() * 25)}].`);
    else if (r < 0.39) s = s.replace(/\b(\w{5,})\b/, (m) => `[${m}][ref-${Math.floor(this.random() * 5)}]`);
    else if (r < 0.41) s = `${s} Try \`${this.pick(WORDS)}\` &amp; ${this.pick(WORDS)} &mdash; both are easy to find.`;
    else if (r < 0.42) s = `${s} ![${this.pick(WORDS)}](img/${this.pick(WORDS)}.png)`;
    return s;
  }
  prose(n) {
    const out = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out.join(' ');
  }
  push(block) {
    this.parts.push(block);
    this.size += block.length + 2;
  }
  section(k) {
    this.push(`## ${this.pick(['How', 'Why', 'What', 'When']) } ${this.pick(WORDS)} matters, part ${k}`);
    const blocks = 4 + Math.floor(this.random() * 6);
    for (let b = 0; b < blocks; b++) {
      const r = this.random();
      if (r < 0.45) this.push(wrap(this.prose(2 + Math.floor(this.random() * 4))));
      else if (r < 0.55) this.push(this.list());
      else if (r < 0.61) this.push(wrap(this.prose(2)).split('\n').map((l) => `> ${l}`).join('\n'));
      else if (r < 0.66) this.push(this.table());
      else if (r < 0.7) this.push(`\`\`\`js\nconst dose = ${Math.floor(this.random() * 400)}; // mg\nconsole.log(\`magnesium: \${dose}\`);\n\`\`\``);
      else if (r < 0.72) this.push(`    # indented code\n    magnesium = ${Math.floor(this.random() * 400)}`);
      else if (r < 0.75) this.push(`<div class="note">\n<p>Editor's note: ${this.pick(FILLER)}</p>\n</div>`);
      else if (r < 0.78) this.push(`<!-- factlens-disable-next-line -->\n${wrap(this.prose(1))}`);
      else if (r < 0.81) this.push(`### ${this.pick(WORDS)} and ${this.pick(WORDS)}`);
      else if (r < 0.83) this.push(`${this.pick(WORDS)} in practice\n${'-'.repeat(12)}`);
      else if (r < 0.85) this.push('---');
      else if (r < 0.9) this.push(`1. ${this.sentence()}\n2. ${this.sentence()}\n   - ${this.sentence()}\n3. ${this.sentence()}`);
      else this.push(wrap(this.prose(3)));
    }
  }
  list() {
    const items = [];
    const n = 2 + Math.floor(this.random() * 4);
    for (let i = 0; i < n; i++) {
      items.push(`- ${this.sentence()}`);
      if (this.chance(0.25)) items.push(`  - ${this.sentence()}`);
    }
    return items.join('\n');
  }
  table() {
    const rows = ['| Food | Amount | Note |', '| ---- | -----: | ---- |'];
    const n = 2 + Math.floor(this.random() * 4);
    for (let i = 0; i < n; i++) rows.push(`| ${this.pick(WORDS)} | ${Math.floor(this.random() * 300)} mg | ${this.pick(this.sentences).slice(0, 80).replace(/\|/g, '/')} |`);
    return rows.join('\n');
  }
}

/**
 * A Markdown draft of about `bytes` UTF-8 bytes (never less), reproducible from `seed`.
 */
export function generateDraft(bytes, seed = 1) {
  const w = new Writer(seed);
  w.push(`---\ntitle: "Minerals and hormones, draft ${seed}"\nauthor: Bench Writer\nbibliography: refs.bib\n---`);
  w.push(`# Minerals, vitamin D and the hormones that balance them`);
  w.push(wrap(w.prose(3)));
  let k = 1;
  while (w.size < bytes) w.section(k++);
  for (let i = 0; i < 5; i++) w.push(`[ref-${i}]: https://example.org/reference/${i} "Reference ${i}"`);
  const notes = [];
  for (let i = 1; i <= w.footnote; i++) notes.push(`[^n${i}]: ${w.pick(FILLER)} https://example.org/n${i}`);
  if (notes.length) w.push(notes.join('\n'));
  return w.parts.join('\n\n') + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bytes = Number(process.argv[2] ?? 30_000);
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(generateDraft(bytes, seed));
}
