// Package browsertest drives the real gen serve binary from headless
// Chromium: live reload of rapid saves, the build error overlay, stylesheet
// swaps, reconnecting after a restart and lint findings in the page. It has
// only tests; they skip when Chromium is missing unless GEN_REQUIRE_TOOLS=1.
package browsertest
