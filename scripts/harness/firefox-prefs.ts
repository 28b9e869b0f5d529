/** Firefox preferences for the test browser, on top of the ones puppeteer-core sets. */
export const FIREFOX_PREFS: Record<string, unknown> = {
  // The build is an unsigned temporary add-on.
  'xpinstall.signatures.required': false,
  // A tab in the background keeps full-speed timers, as Playwright's Chromium does: the content
  // script works in short timed slices, and a test opens pages one after another.
  'dom.min_background_timeout_value': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  // Behind request interception, a backstop: any request that escapes it goes to a closed port on
  // loopback rather than out (Firefox never sends localhost itself through a proxy).
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.trr.mode': 5,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};
