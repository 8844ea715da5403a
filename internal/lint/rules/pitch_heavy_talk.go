package rules

import "github.com/claritynotes/gen/internal/lint"

// Writing about pitch. An essay on fake countdowns, a guide to flash
// sales or a column on urgency marketing shows the pressure it discusses:
// "you must act now or you'll miss out…" mocks the sales page it quotes.
// Such a piece names the tactics as its subject, with words a sales page
// itself has no use for: urgency, scarcity, FOMO, tactic, manipulation,
// and the ads and commercials it is quoting.
// In a piece that does, pressure phrases are mentions, not pressure; its
// own praise, prices, guarantees and shouting still count, so a marketing
// guide that sells itself with "the secret weapon" is still caught.

// pitchTalkWords name pitch tactics as a subject.
var pitchTalkWords = wordSet(`urgency scarcity fomo countdown countdowns timer timers tactic tactics
psychology psychological manipulate manipulates manipulated manipulation manipulative deceptive
deception gimmick gimmicks ploy ploys persuasion ad ads advert adverts advertisement advertisements
advertising infomercial infomercials commercials enticement enticements`)

// factPitchTalk marks pitchTalkWords, so the count costs one bit test a
// token.
var factPitchTalk = lint.SharedFact(keys(pitchTalkWords)...)

// Writing about pitch takes at least talkUses uses of two or more
// different tactic words: a "countdown clock" on a sales page, however
// often it is named, is part of the pitch.
const talkUses = 3

// talksAboutPitch reports whether the writer's own copy names pitch
// tactics as its subject.
func talksAboutPitch(t *lint.Text) bool {
	uses := 0
	var first string
	other := false
	for i := range t.Tokens {
		tk := &t.Tokens[i]
		if !tk.Has(factPitchTalk) || tk.Quoted() {
			continue
		}
		uses++
		switch {
		case first == "":
			first = t.Norm(tk)
		case t.Norm(tk) != first:
			other = true
		}
	}
	return uses >= talkUses && other
}

// pushes reports whether a family presses the reader to act now, or
// dresses up an offer, as opposed to praising or promising: a piece on
// selling quotes the offers it discusses ("buy one get three free"), as
// it quotes their deadlines.
func (f family) pushes() bool {
	switch f {
	case famDeadline, famScarcity, famUrgency, famLoss, famPressure, famHardSell, famPrice:
		return true
	}
	return false
}

// withoutMentions drops the pressure signals of a piece that writes about
// pitch: there they are mentions of the tactics it discusses.
func withoutMentions(t *lint.Text, sigs []signal) []signal {
	pressing := false
	for _, s := range sigs {
		pressing = pressing || s.fam.pushes()
	}
	if !pressing || !talksAboutPitch(t) {
		return sigs
	}
	out := sigs[:0:0]
	for _, s := range sigs {
		if !s.fam.pushes() {
			out = append(out, s)
		}
	}
	return out
}
