package rules

import (
	"strings"

	"github.com/claritynotes/gen/internal/lint"
)

// taskHeading reports a closing heading that sets the reader a task,
// "Writing prompt", "Prompt for the week", "Your homework", "This week's
// challenge", over a section that opens on the task itself, a bare verb:
// "Write to someone you have lost touch with." The heading is the task's
// name and nothing more: "Prompts that failed" or "Homework policy" name
// a topic, and a section that opens on a subject ("Our challenge was
// staffing") tells instead of asking.
func taskHeading(t *lint.Text, u lint.Unit) bool {
	toks := t.Tokens[u.Tok0:u.Tok1]
	for len(toks) > 0 && toks[len(toks)-1].Kind == lint.Punct {
		toks = toks[:len(toks)-1] // "Prompt for writing:"
	}
	// "… for writing", "… for the week": a short purpose after the noun
	purpose := false
	for i := len(toks) - 1; i > 0 && i >= len(toks)-3; i-- {
		if t.Norm(&toks[i]) == "for" {
			toks = toks[:i]
			purpose = true
			break
		}
	}
	n := len(toks)
	if n == 0 || n > 4 {
		return false
	}
	noun := t.Norm(&toks[n-1])
	leads := toks[:n-1]
	switch {
	case namedTasks[noun]:
		// "Prompt", "Writing prompt", "Your homework"
		for i := range leads {
			if w := t.Norm(&leads[i]); !taskModifiers[w] && !readerMoments(w) {
				return false
			}
		}
	case setTasks[noun]:
		// "Your challenge", "This week's exercise"; a bare "Challenge"
		// or "The exercise" names a topic
		if len(leads) == 0 {
			return false
		}
		for i := range leads {
			if w := t.Norm(&leads[i]); !readerMoments(w) && !taskModifiers[w] {
				return false
			}
		}
		if !readerMoments(t.Norm(&leads[0])) {
			return false
		}
	case choreLists[noun]:
		// "Jobs for the garden", "Some tasks for the weekend": a list of
		// chores set for the reader's garden or week, whose section opens
		// on the first chore's verb; "Jobs" alone, or "Our jobs", is a
		// topic or the writer's own list
		if !purpose && (len(leads) == 0 || !readerMoments(t.Norm(&leads[0]))) {
			return false
		}
		for i := range leads {
			if w := t.Norm(&leads[i]); w != "some" && w != "a" && w != "few" && !readerMoments(w) && !taskModifiers[w] {
				return false
			}
		}
	default:
		return false
	}
	next := unitAfter(t, u)
	if next == nil || next.Kind != lint.KindParagraph {
		return false
	}
	s := t.Sentences[t.Tokens[next.Tok0].Sentence]
	first := t.Tokens[next.Tok0:min(s.Tok1, next.Tok1)]
	i := skipLeads(t, first, 0)
	if i+1 >= len(first) || !bareVerbStart(t, first) || auxiliaries[norm(t, first, i+1)] {
		return false
	}
	// a verb's third person ("Exercise helps you sleep") makes the first
	// word a subject, not an imperative
	nx := norm(t, first, i+1)
	return !(strings.HasSuffix(nx, "s") && !strings.HasSuffix(nx, "ss") && first[i+1].Kind == lint.Word && !pronouns[nx] && nx != "us" && nx != "yours" && nx != "this" && nx != "his" && nx != "its")
}

// namedTasks name a task set for the reader by themselves.
var namedTasks = wordSet(`prompt homework assignment`)

// setTasks name a task only with the reader's or the moment's word before
// them: "your challenge", "today's exercise".
var setTasks = wordSet(`challenge exercise task mission`)

// choreLists name a list of chores set for the reader when a purpose
// or a time follows them: "Jobs for the garden", "Tasks for the week".
var choreLists = wordSet(`jobs tasks chores`)

// taskModifiers may stand before a task's noun: "writing prompt", "weekly
// challenge".
var taskModifiers = wordSet(`writing journal journaling reflection weekly daily monthly little small quick creative personal`)

// readerMoments reports a word that gives a task to the reader or to the
// moment of reading: "your", "this week's", "today's".
func readerMoments(w string) bool {
	switch w {
	case "your", "this", "today's", "tonight's", "week's", "month's", "weekend's":
		return true
	}
	return false
}

// unitAfter is the unit that follows u, or nil at the end of the text.
func unitAfter(t *lint.Text, u lint.Unit) *lint.Unit {
	for k := range t.Units {
		if t.Units[k].Tok0 >= u.Tok1 && t.Units[k].Tok0 < t.Units[k].Tok1 {
			return &t.Units[k]
		}
	}
	return nil
}

// taskLabel reports a short paragraph ending in a colon that may name a
// task set for the reader, "Some jobs for the garden:": a label line a
// little longer than the ones that head a section, since a task's
// purpose follows its noun.
func taskLabel(t *lint.Text, u lint.Unit) bool {
	return u.Kind == lint.KindParagraph && u.Words > 0 && u.Words <= maxTaskLabelWords && u.Tok1 > u.Tok0 && t.Word(&t.Tokens[u.Tok1-1]) == ":"
}

// maxTaskLabelWords is how long a label line naming a task may be.
const maxTaskLabelWords = 7
