// The `rapporteur/status` request: the paragraph and problem counts the
// client's status bar shows for the active draft, and its length in words.
import { RequestType } from 'vscode-languageserver';
import type { Draft } from '../core';

export interface StatusParams {
  uri?: string;
  textDocument?: { uri: string };
}

export interface Status {
  /** Body and annex paragraphs, numbered or not (an annex's unnumbered preamble excluded). */
  paragraphs: number;
  /** Diagnostics of every severity under the current settings. */
  problems: number;
  /** Words of the report's body, as `report-length` counts them (core/wordCount.ts). */
  words: number;
}

export const StatusRequest = new RequestType<StatusParams, Status, void>('rapporteur/status');

export const EMPTY_STATUS: Status = { paragraphs: 0, problems: 0, words: 0 };

export function statusUri(params: StatusParams | undefined): string | undefined {
  return params?.uri ?? params?.textDocument?.uri;
}

export function paragraphCount(draft: Draft): number {
  return draft.paragraphs.filter((paragraph) => !paragraph.exempt).length;
}
