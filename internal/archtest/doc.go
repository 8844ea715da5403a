// Package archtest holds the test that keeps the packages' imports to the
// layering ARCHITECTURE.md describes; it has no code of its own.
package archtest
