/** Custom requests and notifications shared by the client and the server. */

export const STATS_REQUEST = 'transcriptLens/stats';
export interface StatsParams {
  uri: string;
}
export interface StatsResult {
  speakers: number;
  quotes: number;
  actors: number;
  /** True when the file was too large for the full analysis. */
  reduced: boolean;
}

export const ADJACENT_QUOTE_REQUEST = 'transcriptLens/adjacentQuote';
export interface AdjacentQuoteParams {
  uri: string;
  position: { line: number; character: number };
  direction: 1 | -1;
}
/** The quote's range, or null when there is none in that direction. */
export type AdjacentQuoteResult = { start: { line: number; character: number }; end: { line: number; character: number } } | null;

export const SERVER_INFO_REQUEST = 'transcriptLens/serverInfo';
export interface ServerInfoResult {
  pid: number;
}

export const PINNED_ACTORS_NOTIFICATION = 'transcriptLens/pinnedActors';
export interface PinnedActorsParams {
  /** Parsed `actors` of `.transcript-lens/actors.json`, or empty. */
  actors: unknown[];
}
