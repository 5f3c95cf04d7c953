// What the fixture drafts in test/e2e/workspace/ must produce, shared by every editor suite
// (VS Code extension host, workbench UI, Neovim, Emacs). `sentence` is the exact text a diagnostic covers.
'use strict';

/** Default severities by diagnostic class (LSP numbering: 1 Error, 2 Warning, 3 Information, 4 Hint). */
const DEFAULT_LSP_SEVERITY = { contradicted: 1, overstated: 2, disputed: 3, unverified: 3, supported: 4 };

// The sentences are labelled examples of the claims database (claims-db/claims/*.yaml `examples`), which
// `factlens db test` checks against the engine, except the unverified one, which no claim covers.
const drafts = {
  bones: {
    file: 'magnesium-and-bones.md',
    claims: [
      { sentence: "More than 60 percent of the body's magnesium is stored in the skeleton.", verdict: 'supported' },
      { sentence: 'Magnesium completely stops bone loss.', verdict: 'overstated' },
      { sentence: 'Magnesium speeds up bone loss.', verdict: 'contradicted' },
      { sentence: 'Calcitonin improves eyesight in older adults.', verdict: 'unverified' },
    ],
    /** Sentences that must get no diagnostic at all. */
    clean: ['Most people think of calcium first', 'This section has no health claims'],
  },
  activation: {
    file: 'vitamin-d-activation.md',
    claims: [
      { sentence: 'Your body needs magnesium to activate vitamin D.', verdict: 'supported' },
      { sentence: 'Magnesium can help your body absorb calcium from food.', verdict: 'supported' },
      { sentence: 'Magnesium guarantees that all the calcium you eat gets absorbed.', verdict: 'overstated' },
    ],
    clean: [],
  },
  /** Never opened by any test before the workspace check. */
  unopened: {
    file: 'never-opened.md',
    claims: [
      { sentence: 'Magnesium suppresses calcitonin.', verdict: 'contradicted' },
      { sentence: 'Magnesium helps the body make and release PTH.', verdict: 'supported' },
    ],
    clean: [],
  },
};

module.exports = { drafts, DEFAULT_LSP_SEVERITY };
