// The package version, inlined by the bundler (esbuild keeps only the imported field of a JSON file).
import { version } from '../../../package.json';

export const FACTLENS_VERSION: string = version;
