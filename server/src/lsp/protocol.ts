// Names shared by the server and its clients (the VS Code client imports this file too).
export const COMMANDS = {
  checkWorkspace: 'factlens.checkWorkspace',
  showReport: 'factlens.showReport',
  fixAll: 'factlens.fixAll',
} as const;

/** Client-side only: restarting is the client's job. */
export const RESTART_COMMAND = 'factlens.restartServer';

export const STATUS_NOTIFICATION = 'factlens/status';

export interface StatusParams {
  uri: string;
  version: number | null;
  counts: {
    contradicted: number;
    overstated: number;
    disputed: number;
    unverified: number;
    supported: number;
    supportedUncited: number;
  };
  /** Set when the document was not checked. */
  skipped?: string;
}

export interface CheckWorkspaceResult {
  files: number;
  claims: number;
  cancelled: boolean;
}
