// What the fixture drafts in test/e2e/workspace/ must produce, shared by every editor suite
// (VS Code extension host, workbench UI, Neovim, Emacs). `sentence` is the exact text a diagnostic covers.
'use strict';

/** Default severities by diagnostic class (LSP numbering: 1 Error, 2 Warning, 3 Information, 4 Hint). */
const DEFAULT_LSP_SEVERITY = { contradicted: 1, overstated: 2, disputed: 3, unverified: 3, supported: 4 };

const drafts = {
  bones: {
    file: 'magnesium-and-bones.md',
    claims: [
      { sentence: "Over 60% of the body's magnesium is stored in bone.", verdict: 'supported' },
      { sentence: 'Magnesium deficiency always causes hypoparathyroidism.', verdict: 'overstated' },
      { sentence: 'Magnesium speeds up bone loss.', verdict: 'contradicted' },
      { sentence: 'Calcitonin was first discovered in fish.', verdict: 'unverified' },
    ],
    /** Sentences that must get no diagnostic at all. */
    clean: ['Most people think of calcium first', 'This section has no health claims'],
  },
  activation: {
    file: 'vitamin-d-activation.md',
    claims: [
      { sentence: 'Magnesium is required to convert vitamin D into its active form.', verdict: 'supported' },
      { sentence: 'Magnesium helps the body absorb calcium.', verdict: 'supported' },
      { sentence: 'Magnesium prevents preterm labor.', verdict: 'overstated' },
    ],
    clean: [],
  },
  /** Never opened by any test before the workspace check. */
  unopened: {
    file: 'never-opened.md',
    claims: [
      { sentence: 'Magnesium suppresses calcitonin.', verdict: 'contradicted' },
      { sentence: 'Magnesium is required for the synthesis and secretion of PTH.', verdict: 'supported' },
    ],
    clean: [],
  },
};

module.exports = { drafts, DEFAULT_LSP_SEVERITY };
