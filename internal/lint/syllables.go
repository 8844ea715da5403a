package lint

// syllables estimates the syllables in an English word: vowel groups, less
// a silent final e, at least one.
func syllables(w string) int {
	n, prevVowel := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel[w[i]]
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	return fromVowelGroups(w, n)
}

// isVowel marks the bytes a, e, i, o, u and y.
var isVowel = [256]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}

// fromVowelGroups turns the n vowel groups of lower-case word w into
// syllables. The tokenizer counts the groups as it scans a word and calls
// this directly.
func fromVowelGroups[S ~string | ~[]byte](w S, n int) int {
	if l := len(w); l > 2 && w[l-1] == 'e' && w[l-2] != 'l' && n > 1 {
		n--
	} else if l > 3 && w[l-1] == 's' && w[l-2] == 'e' && w[l-3] != 'l' && n > 1 {
		// "makes", "notes": the e is silent; "boxes", "pages" keep it
		switch w[l-3] {
		case 's', 'x', 'z', 'c', 'g', 'h':
		default:
			n--
		}
	}
	return max(n, 1)
}

// fkGrade is the Flesch–Kincaid grade level.
func FKGrade(words, sentences, syl int) float64 {
	if words == 0 || sentences == 0 {
		return 0
	}
	return 0.39*float64(words)/float64(sentences) + 11.8*float64(syl)/float64(words) - 15.59
}

// sentenceStats returns a sentence's words and syllables.
