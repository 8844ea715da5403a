package lint

import (
	"strings"
	"testing"
)

// sentencesOf returns a page's body sentences as they read, joined by " | ".
func sentencesOf(t *testing.T, src string) string {
	t.Helper()
	x := Extract(parse(t, src))
	var out []string
	for _, s := range x.Sentences {
		out = append(out, x.PhraseText(x.Tokens[s.Tok0:s.Tok1]))
	}
	return strings.Join(out, " | ")
}

func TestLineBreakEndsSentence(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		// A line break ends the sentence.
		{"sign-off under the last line",
			"Thanks for reading this far, and see you at the fair\nJane and the market team\n",
			"Thanks for reading this far, and see you at the fair | Jane and the market team"},
		{"a link on its own line",
			"Places are limited this year, so book early\n[Book a stall](https://example.com/stalls).\n",
			"Places are limited this year, so book early | Book a stall"},
		{"a colon, then a link in lower case",
			"Register here:\n[the spring fair](https://example.com/fair)\n",
			"Register here | the spring fair"},
		{"a line starting with an emoji",
			"Doors open at six and the band starts at eight\n🎉 Bring the whole family.\n",
			"Doors open at six and the band starts at eight | Bring the whole family"},
		{"a line ending with an emoji",
			"Doors open at six 🎉\nThe band starts at eight.\n",
			"Doors open at six | The band starts at eight"},
		{"lines of details without punctuation",
			"Saturday 14 June\nVillage Hall, Mill Lane\nFree entry\n",
			"Saturday 14 June | Village Hall, Mill Lane | Free entry"},
		{"a number starting a line of details",
			"Opening hours\n9 am to 5 pm\n",
			"Opening hours | 9 am to 5 pm"},
		{"a label starting the next line",
			"Doors open at six and the band starts at eight, with food from the scouts all night\nLocation: the village hall on Mill Lane, behind the church.\n",
			"Doors open at six and the band starts at eight, with food from the scouts all night | Location: the village hall on Mill Lane, behind the church"},
		{"a colon ending the line before a capital",
			"**How it works:**\nWhen you book, we send your tickets by email.\n",
			"How it works | When you book, we send your tickets by email"},
		{"a title-case line",
			"Friends of the Library\nThe autumn book sale opens on Saturday.\n",
			"Friends of the Library | The autumn book sale opens on Saturday"},
		{"a numbered title-case line",
			"**4. Returns or a Wrong Address**\nIf a parcel comes back to us, we keep it until you write.\n",
			"4 | Returns or a Wrong Address | If a parcel comes back to us, we keep it until you write"},
		{"a break short of the wrapping width",
			"We are moving the Saturday market indoors this week because the forecast\n" +
				"is for heavy rain all morning\n" +
				"Stalls will be set up in the sports hall from seven o'clock.\n",
			"We are moving the Saturday market indoors this week because the forecast is for heavy rain all morning | Stalls will be set up in the sports hall from seven o'clock"},
		{"a column of short lines",
			"The fair came round again\nSo we were there.\nWhen it comes to cakes and jam\nNo one can compare!\n",
			"The fair came round again | So we were there | When it comes to cakes and jam | No one can compare"},
		{"a hard line break",
			"See you at the fair on Saturday when the gates open at ten\\\nJane Price and the market team.\n",
			"See you at the fair on Saturday when the gates open at ten | Jane Price and the market team"},
		{"a bare URL on a line between",
			"Book your stall before Friday\nhttps://example.com/stalls\nSee you on the green.\n",
			"Book your stall before Friday | See you on the green"},

		// The sentence goes on over the line break.
		{"a proper noun on the next line",
			"we met\nJohn at the fair.\n",
			"we met John at the fair"},
		{"a proper noun in wrapped prose",
			"Last spring, at the county show on the far side of the river, we met\n" +
				"John Barker at the cake stall, and he told us about the new\n" +
				"market hall that opens next month.\n",
			"Last spring, at the county show on the far side of the river, we met John Barker at the cake stall, and he told us about the new market hall that opens next month"},
		{"a capitalised name after a wrapped line",
			"The fair runs all weekend and this year we are delighted to welcome\n" +
				"Mayor Alice Stone, who will also judge the baking contest on the\n" +
				"Sunday afternoon.\n",
			"The fair runs all weekend and this year we are delighted to welcome Mayor Alice Stone, who will also judge the baking contest on the Sunday afternoon"},
		{"a name after a line wrapped a little early",
			"Thanks to everyone who came to the fair on Saturday, and a special thank\n" +
				"you to the volunteers who ran the cake stall with our neighbour\n" +
				"Mary Hughes, who also judged the jam.\n",
			"Thanks to everyone who came to the fair on Saturday, and a special thank you to the volunteers who ran the cake stall with our neighbour Mary Hughes, who also judged the jam"},
		{"a line ending on an open word",
			"Tickets for the\nSpring Fair\n",
			"Tickets for the Spring Fair"},
		{"a lower-case next line",
			"Saturday 14 June\nfrom ten until four\n",
			"Saturday 14 June from ten until four"},
		{"I starting the next line",
			"The fair was busier than ever and after lunch\nI bought the last jar of honey\n",
			"The fair was busier than ever and after lunch I bought the last jar of honey"},
		{"a comma ending the line",
			"Thanks for coming,\nJane\n",
			"Thanks for coming, Jane"},
		{"a link inside a wrapped sentence",
			"You can read the full programme for the weekend and book a place on\n[the festival page](https://example.com) before the end of the month.\n",
			"You can read the full programme for the weekend and book a place on the festival page before the end of the month"},
		{"a code span starting the next line",
			"To publish the site run the command\n`gen build` Then check the output.\n",
			"To publish the site run the command Then check the output"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentencesOf(t, tc.src); got != tc.want {
				t.Errorf("sentences\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestLineBreakSentencePositions checks that a sentence a line break
// starts begins at its first token's exact place in the source, and
// that the sentence before it ends on the line before.
func TestLineBreakSentencePositions(t *testing.T) {
	src := "---\ntitle: Fair\n---\nSee you at the fair\n  **Register here**\n[Book a stall](https://example.com)\n"
	x := Extract(parse(t, src))
	var starts, ends []int
	for _, s := range x.Sentences[1:] { // after the title
		start, end, _ := x.Span(s.Tok0, s.Tok1)
		starts, ends = append(starts, start), append(ends, end)
	}
	wantStarts := []int{strings.Index(src, "See"), strings.Index(src, "Register"), strings.Index(src, "Book")}
	wantEnds := []int{strings.Index(src, "fair\n") + 4, strings.Index(src, "here") + 4, strings.Index(src, "stall") + 5}
	if len(starts) != 3 || starts[0] != wantStarts[0] || starts[1] != wantStarts[1] || starts[2] != wantStarts[2] ||
		ends[0] != wantEnds[0] || ends[1] != wantEnds[1] || ends[2] != wantEnds[2] {
		t.Errorf("sentence spans start %v end %v, want %v %v", starts, ends, wantStarts, wantEnds)
	}
}

func TestLowerCaseSentences(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"a writer who never capitalises",
			"it was a long day at the fair. we packed the van at six. download the photos, you won't be sorry!\n",
			"it was a long day at the fair | we packed the van at six | download the photos, you won't be sorry"},
		{"i is not a capital",
			"the show was great. i loved it. we will be back next year.\n",
			"the show was great | i loved it | we will be back next year"},
		{"abbreviations and initials still go on",
			"the stall sells jam, honey etc. from the farm. we open at ten. ask for j. smith at the gate.\n",
			"the stall sells jam, honey etc. from the farm | we open at ten | ask for j. smith at the gate"},

		{"one lower-case start is not a style",
			"download it. you won't be disappointed.\n",
			"download it. you won't be disappointed"},
		{"one exclamation before a lower-case word ends its sentence",
			"only 3 left!! grab yours now\n",
			"only 3 left | grab yours now"},
		{"one question before a lower-case word ends its sentence",
			"why wait? book a seat today\n",
			"why wait | book a seat today"},
		{"a capitalised sentence shows the writer capitalises",
			"the fair opens at ten. entry is free. Bring a friend. approx. two hundred stalls.\n",
			"the fair opens at ten. entry is free | Bring a friend. approx. two hundred stalls"},
		{"a capitalised start shows the writer capitalises",
			"The fair opens at ten. approx. two hundred stalls. etc. and more.\n",
			"The fair opens at ten. approx. two hundred stalls. etc. and more"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentencesOf(t, tc.src); got != tc.want {
				t.Errorf("sentences\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
