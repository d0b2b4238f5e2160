import type { Metadata } from 'next';
import type { ReactNode } from 'react';

import type { Snapshot } from '@/lib/content/release';
import type { RawQuery } from '@/lib/http/query';

export type Query = RawQuery;

/**
 * What a page is rendered from: its language, its query string, the content snapshot it shows
 * (taken once per request or render, lib/content) and the moment it is for (upcoming or past).
 */
export type PageInput = { locale: string; query: Query; content: Snapshot; now: Date };

/**
 * What a page of the route table is rendered from: the content (one snapshot, the site as
 * published at `now`) and the route's parameters ({} for a page without any).
 */
export type ViewInput<P = Record<string, never>> = PageInput & { params: P };

/** A page of the route table; undefined when its parameters name nothing in `content` (not found). */
export type View<P = Record<string, never>> = (input: ViewInput<P>) => PageView | undefined;

/**
 * A page as data and markup, without Next: the server renders it into a whole document
 * (server/document.tsx) for its route in server/routes.ts.
 */
export type PageView = {
  metadata: Metadata;
  body: ReactNode;
  /**
   * The HTTP status (200 when absent): a list page the list does not have is a 404 with a helpful
   * page; a link or form of the e-mail alerts that did not work a 400, 404, 410 or 429 (components/pages/alerts.tsx).
   */
  status?: 200 | 400 | 404 | 410 | 429;
};
