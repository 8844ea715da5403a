// Package plural picks the singular or plural form of a word for the
// counts gen prints ("1 page", "3 pages").
package plural

import "strconv"

// Word returns one when n is 1 and many otherwise.
func Word(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Count returns n followed by the form of the word that goes with it.
func Count(n int, one, many string) string {
	return strconv.Itoa(n) + " " + Word(n, one, many)
}
