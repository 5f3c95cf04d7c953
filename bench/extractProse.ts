// Manual timing of the text layer on a 1 MiB Markdown document (not part of the test suite:
// tests never assert time). Run: npx tsx bench/extractProse.ts [--dense]
import { parseBlocks } from '../server/src/engine/markdown/blockParser';
import { extractProse } from '../server/src/engine/markdown/extractProse';
import { splitSentences } from '../server/src/engine/text/sentences';

const MIXED = `# Magnesium and **vitamin D**

Magnesium is a cofactor for *vitamin D* activation and many enzymes in the body, according to
several reviews (Dr. Smith, e.g. [1](https://example.org/magnesium)). Supplementation of 400&nbsp;mg
per day may raise serum 25(OH)D levels in people who are **deficient**, but evidence is mixed [^2].

Calcium absorption depends on calcitriol, the active form (1,25(OH)<sub>2</sub>D), which is made in
the kidney under control of \`PTH\` [@holick2007; @bikle2014, p. 12]. See <https://example.org/ref> too.

- item one with [@smith2020, p. 3]
- item two: PTH rises when serum calcium falls
  > nested quote about calcitonin

> A quoted paragraph that continues
> over two lines, with a [reference link][ref].

| Nutrient | Effect |
|---|---|
| 25(OH)D | raises \`x\\|y\` absorption |
| Magnesium | cofactor |

\`\`\`js
const notProse = "magnesium";
\`\`\`

<div>
html block
</div>

<!-- factlens-disable-next-line mg-foo -->
Magnesium cures everything.

[ref]: https://example.org/magnesium "Title"
[^2]: Footnote about calcium and vitamin D.

`;

/** Many tiny blocks: the worst case for per-block overhead. */
const DENSE = `# Magnesium and **vitamin D**

Magnesium is a cofactor for *vitamin D* activation (Dr. Smith, e.g. [1](https://example.org/magnesium)).
Hard wrapped line with &amp; entity and \`code\` and <span>html</span> [^1].

- item one with [@smith2020, p. 3]
- item two
  > nested quote

| a | b |
|---|---|
| 25(OH)D | \`x\\|y\` |

\`\`\`
code block
\`\`\`

<div>
html block
</div>

[^1]: Footnote about calcium.

`;

/** Median and minimum (the least disturbed run, useful on a busy machine) of wall and CPU time. */
function measure(run: () => void, times: number): { wall: number; cpu: number; minWall: number; minCpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < times; i++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    run();
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { wall: walls[times >> 1], cpu: cpus[times >> 1], minWall: walls[0], minCpu: cpus[0] };
}

const unit = process.argv.includes('--dense') ? DENSE : MIXED;
let doc = '';
while (doc.length < 1 << 20) doc += unit;

for (let i = 0; i < 5; i++) extractProse(doc); // warm up
const md = measure(() => parseBlocks(doc), 25);
const all = measure(() => extractProse(doc), 25);
const prose = extractProse(doc);
const sentences = measure(() => {
  for (const segment of prose.segments) splitSentences(segment);
}, 5);
const fmt = (t: ReturnType<typeof measure>) =>
  `median ${t.wall.toFixed(1)} ms wall / ${t.cpu.toFixed(1)} ms CPU; best ${t.minWall.toFixed(1)} ms wall / ${t.minCpu.toFixed(1)} ms CPU`;
console.log(`document: ${(doc.length / 1024).toFixed(0)} KiB, ${prose.segments.length} segments`);
console.log(`markdown-it block parse alone: ${fmt(md)}`);
console.log(`extractProse:                  ${fmt(all)}`);
console.log(`splitSentences (all segments): ${fmt(sentences)}`);
