// Quick fixes as pure functions over the document text: offset edits in, offset edits out.
export * from './textEdit';
export * from './citationSources';
export * from './citationFix';
export * from './rewriteFix';
export * from './ignoreFix';
export * from './fixAll';
