// Package rules holds the empathy linter's rules, one file per rule,
// written against package lint's public API only: a rule is a lint.Rule
// registered with lint.Register, whose Build compiles its settings into a
// check that reads a lint.Pass (the page's Text, its tokens and their
// facts, the reference counts) and reports lint.Diagnostics. A new rule is
// one new file here.
//
// The core rules are we-centric (the copy talks about the sender more than
// the reader), pitch-heavy (hype, pressure and hard sell cluster) and
// missing-next-step (the reader finishes with nothing concrete to do).
package rules
