package rules

import "testing"

// TestPitchVariants gives each family's accepted kinds in the variants
// real shop, event and appeal copy writes (contractions, numbers as words,
// a time span with "only"), each with a near miss that must stay clean of
// that family.
func TestPitchVariants(t *testing.T) {
	cases := []familyCase{
		// a listed "X is" also reads "X's", but not where "'s" is "has"
		{famPressure, "Time's nearly up!", "It's gone quiet in the shop.", "Time's nearly up"},
		{famPressure, "Time’s running out for the early price.", "The time's right for a walk.", "Time’s running out"},
		{famPressure, "The clock's ticking on this one.", "The clock's hands are gold.", "clock's ticking"},
		// stock nearly gone, in any grammar
		{famScarcity, "We're almost sold out!", "We almost sold our van.", "almost sold out"},
		{famScarcity, "The course is nearly fully booked.", "I nearly booked a table there.", "nearly fully booked"},
		{famScarcity, "Low stock on the blue mugs!", "Low stock prices hurt the fund.", "Low stock"},
		{famScarcity, "Stocks are low, so order soon.", "The river is low this week.", "Stocks are low"},
		{famScarcity, "We're low on tickets.", "We're low on sleep this week.", "low on tickets"},
		{famScarcity, "Limited numbers available.", "Numbers on the door are limited to two digits.", "Limited numbers"},
		// an offer's end on a date, or a banner whose subject goes unsaid
		{famDeadline, "Offer ends June 30.", "The season ends in June.", "Offer ends June 30"},
		{famDeadline, "Early-bird pricing ends on the 5th.", "The path ends on the 5th floor landing.", "Early-bird pricing ends on the 5th"},
		{famDeadline, "Sale ends 30th June.", "The talk ends at nine.", "Sale ends 30th June"},
		{famDeadline, "Ends in 3 days!", "Ends of the earth are far.", "Ends in 3 days"},
		{famDeadline, "Valid until 30th June.", "Passports are valid for ten years.", "Valid until 30th June"},
		{famDeadline, "Entries close this Sunday.", "Doors to the garden close at dusk.", "Entries close this Sunday"},
		{famDeadline, "The sale finishes on Sunday.", "Term finishes on Friday.", "The sale finishes on Sunday"},
		// an order to buy bound to this moment is urgency, listed or not
		{famUrgency, "Get your tickets now!", "Get tickets at the box office from 10 a.m.", "Get your tickets now"},
		{famUrgency, "Secure your seat today!", "We secure your seat with a deposit.", "Secure your seat today"},
		{famUrgency, "Reserve your spot today!", "Reserve your spot at the front desk.", "Reserve your spot today"},
		// the field a superlative ranks, owned by a common noun
		{famSuperlative, "The world's best coffee, roasted here.", "The world's map hangs in the hall.", "world's best coffee"},
		{famSuperlative, "The town's biggest sale is on.", "The town's hall is on the square.", "town's biggest sale"},
		// a promise of the reader's feelings, in other words for sure
		{famGuarantee, "We're so sure you'll love it.", "I'm so sure you'll find the hall.", "so sure you'll love"},
		// every small gift said to count, "little" standing for the gift
		{famMinimiser, "Every little helps!", "Every little detail matters to us.", "Every little helps"},
		{famMinimiser, "Every euro counts.", "Every euro is listed on the receipt.", "Every euro counts"},
		// a multi-buy put as a ratio
		{famPrice, "Two for one on pies!", "A table for two, please.", "Two for one"},
		{famPrice, "3 for 2 on all books.", "The score was 3 for 2 after ten overs.", "3 for 2"},
		// a crowd that bought, booked or reserved
		{famCrowd, "Over 500 people have already booked!", "500 people came to the fair.", "500 people"},
		// others said to depend on the reader, in other verbs
		{famPressure, "The children are relying on you.", "We're relying on good weather.", "relying on you"},
		// an order to snatch with its object inside
		{famPressure, "Snap one up!", "Snap peas came up early.", "Snap one up"},
		// stock or a deal not here for long, named by any pronoun
		{famLoss, "It won't be around for long!", "The rain won't be around for long.", "It won't be around"},
		{famLoss, "This deal won't be here for long.", "It won't be here until Monday.", "deal won't be here"},
		// the last few hours of an offer
		{famDeadline, "Last few hours to save!", "The last few hours of the trip were quiet.", "Last few hours"},
		{famDeadline, "The final few days of the sale!", "The last few days were busy.", "final few days"},
		// the other verbs of lingering, forbidden
		{famUrgency, "Don't hang about!", "Don't hang around the car park after dark.", "Don't hang about"},
		{famUrgency, "Don't dawdle, book today.", "Don't linger by the fire exit.", "Don't dawdle"},
		// an offer said to be nearly over, time nearly up in other words
		{famPressure, "The sale is almost over!", "The storm is nearly over.", "sale is almost over"},
		{famPressure, "Our pledge drive started yesterday, and it's nearly over.", "The summer is almost over, sadly.", "it's nearly over"},
		// now as the time, with an article and a word of praise
		{famUrgency, "Now is a great time to stock up.", "Now is a good time for a cup of tea.", "Now is a great time"},
		{famUrgency, "Now is a great time for members to renew.", "Now's the time of year for apples.", "Now is a great time"},
		// a not-yet condition with no comma makes now the time
		{famUrgency, "If you haven't pledged yet now is the time to do so!", "If the weather holds, now is the time to plant garlic.", "now is the time"},
		// a countdown to a named end, with "from" or "until"
		{famDeadline, "We're 8 days from the finale.", "The hotel is ten minutes from the station.", "8 days from the finale"},
		{famDeadline, "We are two days from the end of the appeal.", "It is two days from the end of the road by foot.", "two days from the end"},
		// "no risk" with a word of kind between
		{famGuarantee, "There is no financial risk to register early.", "There is a financial risk in every start-up.", "no financial risk"},
		// the reader named as a group
		{famPressure, "We're counting on all of you!", "We're counting on all of the volunteers to set up.", "counting on all of you"},
		{famPressure, "We're counting on our supporters.", "We're counting on our fingers.", "counting on our supporters"},
		{famPressure, "Everybody needs to see this!", "Everyone has to sign in at the desk.", "Everybody needs to see this"},
		// a deadline's time ends where a new clause starts, comma or not
		{famUrgency, "Early bird ends Friday so book today.", "Early bird ends Friday, so plan ahead.", "book today"},
		// copy in lower case: one "!!" before a lower-case word ends a sentence
		{famUrgency, "only 3 left!! grab yours now", "only 3 left of the old stock, sadly", "grab yours now"},
		// "#1" written out
		{famHardSell, "Our number one seller.", "The number one question is about parking.", "number one seller"},
		{famHardSell, "Voted number one in the county!", "We were number one in the queue.", "Voted number one"},
		// an old price set beside the new
		{famPrice, "Coats are down from £32.", "The price went down from £3 when sugar fell.", "down from £32"},
		{famPrice, "Reduced from £40 to £20!", "Our profits were down to £20 this week.", "Reduced from £40"},
		{famPrice, "Knocked down to £10!", "I walked down to the quay.", "Knocked down to £10"},
		// a limited run told in other orders
		{famScarcity, "Only 50 made.", "Only 50 made it to the end of the race.", "Only 50 made"},
		{famScarcity, "We only made 50 of these.", "We only made 50 of the 80 we planned, sadly.", "only made 50 of these"},
		{famScarcity, "Limited to 50 copies.", "Limited to 2 per customer.", "Limited to 50 copies"},
		// a time span with "only": a count or "this", or today and tonight
		{famDeadline, "For one week only.", "It rained one week in May only a little.", "one week only"},
		{famDeadline, "Today only!", "We are open today only until noon.", "Today only"},
		{famDeadline, "One night only!", "One night, only the owls came.", "One night only"},
		// a push typed in capitals is read as in lower case, and shouts
		{famUrgency, "BOOK NOW!", "THE BOOK CLUB MEETS NOW AND THEN.", "BOOK NOW"},
		{famDeadline, "SALE ENDS TONIGHT!", "THE SALE WAS A SUCCESS.", "SALE ENDS TONIGHT"},
		{famDeadline, "TODAY ONLY!", "TODAY, ONLY TWO OF US CAME.", "TODAY ONLY"},
		{famDeadline, "For 3 DAYS ONLY!", "We stayed 3 DAYS, ONLY TWO IN THE SUN.", "3 DAYS ONLY"},
		{famShouting, "BOOK NOW!", "Book now.", "BOOK NOW"},
		// amounts and counts written out in words
		{famPrice, "Fifty percent off every coat!", "About fifty percent of members are off sick.", "Fifty percent off"},
		{famPrice, "Save 50 per cent this week.", "Save the date for our £10 supper.", "Save 50 per cent"},
		{famPrice, "Take thirty percent off any jar.", "Thirty percent of the jars are blue.", "thirty percent off"},
		{famPrice, "Five dollars off every order.", "Five dollars buys a loaf.", "Five dollars off"},
		{famCrowd, "Join ten thousand happy bakers.", "The town is a thousand years old.", "Join ten thousand"},
		{famCrowd, "Trusted by over two million customers.", "Written by two people in a month.", "Trusted by over two million"},
		{famCrowd, "Over two thousand customers have switched.", "Two thousand people came to the fair.", "two thousand customers have"},
		// a count in shorthand, "10k" or the plural "1000s", is a count
		{famCrowd, "Join 10k bakers this spring.", "I ran a 10k race on Sunday.", "Join 10k"},
		{famCrowd, "Loved by 10K+ gardeners.", "We raised 10k for the roof.", "Loved by 10K"},
		{famCrowd, "1000s of happy shoppers agree.", "In the 1980s shoppers loved it.", "1000s of happy shoppers"},
		{famSuffering, "1000s of children are starving tonight.", "1000s of people visit the fair.", "1000s of children"},
		{famCrowd, "Over 2k customers have already booked!", "Over 2k steps lead to the top.", "2k customers have"},
		// "number" abbreviated, "No. 1" or "No.1", still ranks
		{famHardSell, "The No. 1 choice for cyclists.", "The shop is at No. 1 Main Street.", "No. 1 choice"},
		{famHardSell, "Voted No.1 in the county!", "Gate No.1 is shut today.", "Voted No"},
		{famHardSell, "Our No 1 seller this winter.", "Bus No 1 leaves at ten.", "No 1 seller"},
		// a hype word listed closed up, split by a hyphen
		{famHype, "A breath-taking new range!", "We walked the Breath-Taking Trail.", "breath-taking"},
		{famHype, "Our ground-breaking formula.", "Their ground-floor flat is small.", "ground-breaking"},
		// a markdown told by its purpose, with no figure
		{famPrice, "All winter coats reduced to clear!", "The snow was reduced to slush.", "reduced to clear"},
		{famPrice, "Marked down to clear this week.", "Trees were cut to clear the path.", "Marked down to clear"},
		// "as little as" an amount spread over its period, on its own
		{famMinimiser, "For as little as £5 a month.", "Prices start from as little as £5.", "little as £5"},
		{famMinimiser, "Join for as little as $3 per week!", "Tickets cost $3 per week.", "little as $3"},
		{famMinimiser, "Sponsor a hedgehog for just £4 a month.", "The locker costs just £4 a month.", "just £4"},
		{famMinimiser, "For only 5 pounds per month, the box is yours.", "We met for only 5 pounds each.", "only 5 pounds"},
		// a clearance cry, but not a thing sent to its place
		{famPressure, "Everything must go by Sunday!", "Everything must go back on the shelf.", "Everything must go"},
		{famPressure, "All stock must go!", "All stock must go through customs.", "All stock must go"},
		{famPressure, "It all must go this week.", "Everything must go smoothly on the day.", "It all must go"},
	}
	runFamilyCases(t, cases)
}
