/**
 * The toolbar badge: how many distinct story terms the tab's page shows, per tab; empty when the page is not
 * annotated, and cleared when the tab starts loading another page.
 */
import browser from 'webextension-polyfill';
import type { PageReport } from '../shared/messages';

const COLOR = '#8a5a00';

export async function showReportOnBadge(tabId: number, report: Omit<PageReport, 'type'>): Promise<void> {
  const text = report.annotated && report.terms.length > 0 ? String(report.terms.length) : '';
  await browser.action.setBadgeBackgroundColor({ tabId, color: COLOR });
  await browser.action.setBadgeText({ tabId, text });
}

export async function clearBadge(tabId: number): Promise<void> {
  // The tab may already be gone (closed while loading).
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
}
