package strpack

import (
	"strings"
	"testing"
	"unsafe"
)

func TestPackKeepsTextInOneAllocation(t *testing.T) {
	a, b, c, empty := "alpha", strings.Repeat("b", 40), "alpha", ""
	d := string([]byte("delta")) // an allocation of its own
	Pack(&a, &b, &c, &empty, &d)
	if a != "alpha" || b != strings.Repeat("b", 40) || c != "alpha" || empty != "" || d != "delta" {
		t.Fatalf("packing changed the text: %q %q %q %q %q", a, b, c, empty, d)
	}
	if unsafe.StringData(a) != unsafe.StringData(c) {
		t.Error("two equal strings were copied twice")
	}
	// All in one allocation: each string's bytes lie within the span
	// from the first packed string to the end of the last.
	lo := uintptr(unsafe.Pointer(unsafe.StringData(a)))
	hi := uintptr(unsafe.Pointer(unsafe.StringData(d))) + uintptr(len(d))
	if hi-lo != uintptr(len(a)+len(b)+len(d)) {
		t.Errorf("the packed strings span %d bytes, want %d", hi-lo, len(a)+len(b)+len(d))
	}
}

func TestPackManyEqualStrings(t *testing.T) {
	// Beyond the first few strings no earlier one is compared: equal
	// tags far down a long list are each copied, and keep their text.
	tags := make([]string, 10000)
	ptrs := make([]*string, len(tags))
	for i := range tags {
		tags[i] = "same"
		ptrs[i] = &tags[i]
	}
	Pack(ptrs...)
	for i, tag := range tags {
		if tag != "same" {
			t.Fatalf("tag %d is %q after packing", i, tag)
		}
	}
}
