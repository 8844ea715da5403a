//go:build race

package site

// raceDetector reports whether the tests run under -race, which slows
// every memory access several times over.
const raceDetector = true
