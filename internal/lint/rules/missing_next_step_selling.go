package rules

import "github.com/claritynotes/gen/internal/lint"

// stockedAt reports goods said to be on sale at a place the reader can
// go to: "The jam is sold at the Saturday market", "the mitts can be
// found at most hardware stores", "Prices start at $9 and can be found
// everywhere from Acme to Bolt". A seller who names the shops that stock
// a product tells the reader where to buy it. Things found in the wild
// ("can be found everywhere from the hedges to the orchard"), goods that
// were sold, or goods no longer sold point nowhere.
func stockedAt(tx *lint.Text, toks []lint.Token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if !stockVerbs[tx.Norm(&toks[k])] {
			continue
		}
		be := k - 1
		if w := norm(tx, toks, be); w == "also" || w == "now" || w == "only" || w == "widely" {
			be--
		}
		switch norm(tx, toks, be) {
		case "is", "are":
		case "be":
			if w := norm(tx, toks, be-1); w != "can" && w != "may" {
				continue
			}
		default:
			continue
		}
		if hasWord(tx, toks, max(0, be-2), be, "not", "no", "isn't", "aren't", "can't", "cannot") >= 0 || norm(tx, toks, be+1) == "no" {
			continue // "is no longer sold at the market"
		}
		j := k + 1
		if norm(tx, toks, j) == "everywhere" || norm(tx, toks, j) == "anywhere" {
			j++
		}
		if !stockPrepositions[norm(tx, toks, j)] {
			continue
		}
		// a name in capitals names a shop after "at" or "from"; after
		// "in" it is as likely a colour or a size ("in Navy and Cream")
		byName := norm(tx, toks, j) == "at" || norm(tx, toks, j) == "from"
		if shopNamed(tx, toks, j+1, byName) {
			return true
		}
	}
	return false
}

// shopNamed reports a place to buy within a few words of toks[from]: a
// shop's noun ("the farm shop", "most bookstores"), a link, or a name
// in capitals when the sentence names a price ("$12 … from Acme to
// Bolt"): a name beside a price is a stockist, a name alone may be a
// town.
func shopNamed(tx *lint.Text, toks []lint.Token, from int, byName bool) bool {
	priced := false
	for i := 0; byName && i < len(toks); i++ {
		if toks[i].Currency != 0 || priceWords[tx.Norm(&toks[i])] {
			priced = true
			break
		}
	}
	for i := from; i < len(toks) && i < from+stockPlaceReach; i++ {
		tk := &toks[i]
		if tk.Kind == lint.Punct {
			return false
		}
		if tk.Link() || shopNouns[tx.Norm(tk)] || priced && tk.Kind == lint.Word && capitalised(tx, *tk) {
			return true
		}
	}
	return false
}

// stockVerbs say that goods can be had somewhere.
var stockVerbs = wordSet(`sold stocked available found carried`)

// stockPrepositions open the place goods are had: "at", "in", "from".
var stockPrepositions = wordSet(`at in from through on`)

// shopNouns name places that sell.
var shopNouns = wordSet(`shop shops store stores market markets stockist stockists retailer retailers
bookshop bookshops bookstore bookstores boutique boutiques stall stalls outlet outlets
supermarket supermarkets grocer grocers pharmacy pharmacies website webshop storefront`)

// priceWords name a price in words: "Prices start at …".
var priceWords = wordSet(`price prices priced cost costs`)

// stockPlaceReach is how many words after the preposition a shop is looked for.
const stockPlaceReach = 6
