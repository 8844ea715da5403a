// Package strpack puts many short strings into one allocation, for data a
// build keeps alive to its end: each string is otherwise an object of its
// own for every garbage collection to mark.
package strpack

import "strings"

// Pack copies the strings the pointers point at into one new
// string and points each at its copy (a string equal to one packed before
// it among the first few shares that one's bytes). A build keeps the metadata of every page
// until its last job runs, and each of a page's short strings is an
// object of its own that every garbage collection marks: packed, a page's
// strings are one object. Strings are immutable, so a caller holding an
// old copy sees the same text.
func Pack(ptrs ...*string) {
	n := 0
	for _, p := range ptrs {
		n += len(*p)
	}
	if n == 0 {
		return
	}
	var b strings.Builder
	b.Grow(n)
	type span struct{ start, end int }
	spans := make([]span, len(ptrs))
next:
	for i, p := range ptrs {
		for k := range min(i, dedupeWindow) {
			if *ptrs[k] == *p {
				spans[i] = spans[k]
				continue next
			}
		}
		start := b.Len()
		b.WriteString(*p)
		spans[i] = span{start, b.Len()}
	}
	all := b.String()
	for i, p := range ptrs {
		if len(*p) == 0 {
			continue // no bytes to share; "" stays the empty string
		}
		*p = all[spans[i].start:spans[i].end]
	}
}

// dedupeWindow is how many of the first strings Pack compares
// each string with, so that packing stays linear in many tags.
const dedupeWindow = 16
